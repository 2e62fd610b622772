package newsflow.sink.jdbc;

import java.time.Instant;

/**
 * Which of two editions of the same (document, language) the sink keeps (case C36: redeliveries and late
 * replays must not overwrite a newer row). The incoming edition replaces the stored one only when it was
 * produced by a higher enrichment version, or by the same version from a later fetch. Equal version and fetch
 * time is a redelivery: the stored row stays untouched. Within one version, an edition fetched at its canonical URL
 * outranks one fetched at a copy of the page (an AMP, mobile or tracking URL naming the canonical one, issue 3):
 * the copy is the same document, often with less text, and never replaces the original's row. The database applies the same rule in
 * {@link UpsertSql#NEWER_WINS}; this class states it in Java for callers and tests.
 */
public final class VersionRule {
    private VersionRule() {
    }

    /**
     * @param incomingVersion   enrichment version of the incoming edition
     * @param incomingFetchedAt fetch time of the incoming edition
     * @param storedVersion     enrichment version of the stored edition
     * @param storedFetchedAt   fetch time of the stored edition
     * @return true when the incoming edition replaces the stored one
     */
    public static boolean replaces(int incomingVersion, Instant incomingFetchedAt,
                                   int storedVersion, Instant storedFetchedAt) {
        return replaces(incomingVersion, incomingFetchedAt, true, storedVersion, storedFetchedAt, true);
    }

    /**
     * @param incomingVersion   enrichment version of the incoming edition
     * @param incomingFetchedAt fetch time of the incoming edition
     * @param incomingCanonical whether the incoming edition was fetched at its canonical URL
     * @param storedVersion     enrichment version of the stored edition
     * @param storedFetchedAt   fetch time of the stored edition
     * @param storedCanonical   whether the stored edition was fetched at its canonical URL
     * @return true when the incoming edition replaces the stored one
     */
    public static boolean replaces(int incomingVersion, Instant incomingFetchedAt, boolean incomingCanonical,
                                   int storedVersion, Instant storedFetchedAt, boolean storedCanonical) {
        if (incomingVersion != storedVersion) {
            return incomingVersion > storedVersion;
        }
        if (incomingCanonical != storedCanonical) {
            return incomingCanonical;
        }
        return incomingFetchedAt.isAfter(storedFetchedAt);
    }
}
