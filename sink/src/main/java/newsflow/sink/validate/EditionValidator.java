package newsflow.sink.validate;

import newsflow.common.model.Edition;
import newsflow.sink.jdbc.EditionKey;
import newsflow.sink.jdbc.InvalidEditionException;

/**
 * What the sink checks before it stores a record of the editions topic (issue 11: it stored a lang of
 * {@code english-long-not-a-code} and would have let a stray {@code enrichment_version} 99 pin its row against
 * every later edition, {@link newsflow.sink.jdbc.VersionRule}). A record that fails is dead-lettered with
 * stage {@code validate}, never retried. Pure and thread-safe.
 * <ul>
 *   <li>an edition: a non-blank {@code document_id}; a {@code lang} accepted by {@link LanguageCodes}; an
 *       {@code enrichment_version} within [{@code sink.enrichment.version.min},
 *       {@code sink.enrichment.version.max}]; a {@code fetched_at}; a record key equal to
 *       {@code document_id:lang} (the key a tombstone names, and the topic's compaction key);</li>
 *   <li>a tombstone (null value): a key {@code document_id:lang} with a non-blank document id and a valid lang
 *       (split at the last {@code ':'}, since a document id may contain one).</li>
 * </ul>
 */
public final class EditionValidator {
    private final int minVersion;
    private final int maxVersion;

    /**
     * @param minVersion lowest enrichment version stored
     * @param maxVersion highest enrichment version stored (the version the enrich service produces)
     */
    public EditionValidator(int minVersion, int maxVersion) {
        if (minVersion > maxVersion) {
            throw new IllegalArgumentException("minVersion " + minVersion + " > maxVersion " + maxVersion);
        }
        this.minVersion = minVersion;
        this.maxVersion = maxVersion;
    }

    /**
     * @param recordKey the record's key as UTF-8 text, or null
     * @param edition   the record's deserialized value
     * @throws InvalidEditionException naming the first rule the edition breaks
     */
    public void check(String recordKey, Edition edition) {
        if (edition.documentId() == null || edition.documentId().isBlank()) {
            throw new InvalidEditionException("edition without document_id");
        }
        if (!LanguageCodes.isValid(edition.lang())) {
            throw new InvalidEditionException("lang '" + edition.lang() + "' of edition " + edition.documentId()
                    + " is neither an ISO 639-1 code in lower case nor '" + LanguageCodes.UNDETERMINED + "'");
        }
        int version = edition.enrichmentVersion();
        if (version < minVersion || version > maxVersion) {
            throw new InvalidEditionException("enrichment_version " + version + " of edition " + edition.key()
                    + " is outside [" + minVersion + ", " + maxVersion + "] (sink.enrichment.version.min/max)");
        }
        if (edition.fetchedAt() == null) {
            throw new InvalidEditionException("edition " + edition.key() + " without fetched_at");
        }
        if (!edition.key().equals(recordKey)) {
            throw new InvalidEditionException("record key '" + recordKey + "' is not the edition's key '"
                    + edition.key() + "' (document_id:lang)");
        }
    }

    /**
     * @param recordKey the key of a tombstone as UTF-8 text, or null
     * @return the edition it deletes
     * @throws InvalidEditionException when the key names no edition
     */
    public EditionKey tombstoneKey(String recordKey) {
        int colon = recordKey == null ? -1 : recordKey.lastIndexOf(':');
        if (colon <= 0 || recordKey.substring(0, colon).isBlank()) {
            throw new InvalidEditionException("tombstone key '" + recordKey + "' is not document_id:lang");
        }
        String lang = recordKey.substring(colon + 1);
        if (!LanguageCodes.isValid(lang)) {
            throw new InvalidEditionException("tombstone key '" + recordKey + "' names lang '" + lang
                    + "', neither an ISO 639-1 code in lower case nor '" + LanguageCodes.UNDETERMINED + "'");
        }
        return new EditionKey(recordKey.substring(0, colon), lang);
    }
}
