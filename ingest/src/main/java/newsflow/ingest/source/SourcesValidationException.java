package newsflow.ingest.source;

import java.io.IOException;
import java.util.List;

/** A sources file with invalid fields; every message names the source and the field. */
public class SourcesValidationException extends IOException {
    private static final long serialVersionUID = 1L;
    private final List<String> errors;

    /**
     * @param message all errors joined, prefixed with the file
     * @param errors  one message per error, e.g. {@code source "qna": field "time_zone" is not an IANA zone id}
     */
    public SourcesValidationException(String message, List<String> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    /** @return one message per invalid field */
    public List<String> errors() {
        return errors;
    }
}
