package newsflow.sink.jdbc;

import java.time.Instant;

/**
 * Which of two editions of the same (document, language) the sink keeps (case C36: redeliveries and late
 * replays must not overwrite a newer row). The incoming edition replaces the stored one only when it was
 * produced by a higher enrichment version, or by the same version from a later fetch. Equal version and fetch
 * time is a redelivery: the stored row stays untouched. The database applies the same rule in
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
        if (incomingVersion != storedVersion) {
            return incomingVersion > storedVersion;
        }
        return incomingFetchedAt.isAfter(storedFetchedAt);
    }
}
