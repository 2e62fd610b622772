package newsflow.launcher.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSONL output of the batch commands: one JSON value per line, UTF-8. Robust where a plain
 * {@code Writer} is not: each row is serialised whole, its unpaired UTF-16 surrogates (which a strict UTF-8
 * encoder refuses with {@code MalformedInputException}, leaving a cut-off line) are replaced by U+FFFD, and the
 * line's bytes go out in one synchronised write — rows never interleave, even from several threads, and a row
 * that cannot be serialised leaves nothing behind. Closing flushes, and closes the stream unless it is
 * standard output.
 */
public final class JsonLinesOutput implements AutoCloseable {
    private static final char REPLACEMENT = '\uFFFD';

    private final ObjectMapper mapper;
    private final OutputStream out;
    private final boolean closeStream;

    /**
     * @param mapper      the serialiser (usually {@code Json.mapper()})
     * @param out         the destination
     * @param closeStream whether {@link #close()} closes {@code out} (false for standard output)
     */
    public JsonLinesOutput(ObjectMapper mapper, OutputStream out, boolean closeStream) {
        this.mapper = mapper;
        this.out = new BufferedOutputStream(out, 1 << 16);
        this.closeStream = closeStream;
    }

    /** @return a writer to standard output (flushed, never closed) */
    public static JsonLinesOutput stdout(ObjectMapper mapper) {
        return new JsonLinesOutput(mapper, System.out, false);
    }

    /**
     * Writes one row as one line.
     *
     * @param row a value the mapper can serialise
     * @throws JsonProcessingException when it cannot be serialised (nothing is written)
     * @throws UncheckedIOException    when the destination fails
     */
    public void write(Object row) throws JsonProcessingException {
        byte[] line = (replaceUnpairedSurrogates(mapper.writeValueAsString(row)) + "\n").getBytes(StandardCharsets.UTF_8);
        synchronized (this) {
            try {
                out.write(line);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * @param s any string
     * @return {@code s} with each unpaired surrogate (a high one not followed by a low one, a low one not
     *         preceded by a high one) replaced by U+FFFD; {@code s} itself when it has none
     */
    static String replaceUnpairedSurrogates(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (paired) {
                if (b != null) {
                    b.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                if (b == null) {
                    b = new StringBuilder(s.length()).append(s, 0, i);
                }
                b.append(REPLACEMENT);
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    @Override
    public synchronized void close() throws IOException {
        out.flush();
        if (closeStream) {
            out.close();
        }
    }
}
