package newsflow.sink.jdbc;

/**
 * The primary key of an edition row, and of its record on the editions topic ({@code document_id:lang},
 * {@link newsflow.common.model.Edition#key()}).
 *
 * @param documentId the document id (may itself contain {@code ':'})
 * @param lang       the edition's language code (never contains {@code ':'})
 */
public record EditionKey(String documentId, String lang) {
    /** @return the record key, {@code document_id:lang} */
    @Override
    public String toString() {
        return documentId + ":" + lang;
    }
}
