package newsflow.enrich.time.published;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the publication and modification dates among the candidates, in this order:
 * <ol>
 *   <li>drop the implausible: before {@link DateParts#MIN_YEAR}, or after the fetch time plus one day (C01);</li>
 *   <li>published = the strongest candidate that is not a modification date (C02); ties go to page order;</li>
 *   <li>corroboration (C08): when a candidate with an explicit offset gives the same day (and the same local
 *       time, when the chosen one has a time), its value is taken, so an offset-less JSON-LD time that agrees
 *       with an offset-carrying meta tag only corroborates it, and a bare date gains the page's time;</li>
 *   <li>conflicting metadata is settled by the headline date ({@link BylineConsensus}), a year or month is
 *       refined by a day inside it, a visible time yields to a machine-readable time of the same day
 *       ({@link MachineTimePreference}), and a metadata time one day from the shown date yields to it
 *       ({@link VisibleDayPreference});</li>
 *   <li>modified = the strongest modification candidate not before the publication date.</li>
 * </ol>
 */
final class CandidateRanker {

    /** Minimum score of a candidate whose explicit offset and time may complete the chosen value. */
    private static final int MIN_CORROBORATING_SCORE = EvidenceScores.TIME_ARTICLE;

    private CandidateRanker() {
    }

    /** @return the plausible candidates */
    static List<DateCandidate> plausible(List<DateCandidate> all, Instant latest) {
        List<DateCandidate> out = new ArrayList<>(all.size());
        for (DateCandidate c : all) {
            if (c.date().year() < DateParts.MIN_YEAR) {
                continue;
            }
            if (latest != null && c.date().earliestInstant().isAfter(latest)) {
                continue;
            }
            out.add(c);
        }
        return out;
    }

    /** @return the publication candidate, or null */
    static DateCandidate published(List<DateCandidate> cands) {
        DateCandidate best = null;
        for (DateCandidate c : cands) {
            if (c.kind() != DateKind.MODIFIED && (best == null || rank(c) > rank(best))) {
                best = c;
            }
        }
        if (best == null) {
            return null;
        }
        DateCandidate agreed = BylineConsensus.apply(refined(best, cands), cands);
        DateCandidate machine = MachineTimePreference.apply(agreed, cands);
        return VisibleDayPreference.apply(corroborated(machine, cands), cands);
    }

    /** @return the score, less {@link EvidenceScores#NO_DAY_PENALTY} for a value without a day */
    static int rank(DateCandidate c) {
        return c.date().hasDay() ? c.score() : c.score() - EvidenceScores.NO_DAY_PENALTY;
    }

    /**
     * A year or month is refined by the strongest non-modification candidate inside it that gives a day
     * (URL {@code /2017/09/} and a byline "9 September 2017").
     */
    private static DateCandidate refined(DateCandidate chosen, List<DateCandidate> cands) {
        DateParts d = chosen.date();
        if (d.hasDay()) {
            return chosen;
        }
        DateCandidate best = null;
        for (DateCandidate c : cands) {
            DateParts o = c.date();
            boolean inside = o.hasDay() && o.year() == d.year()
                    && (d.precision() == DatePrecision.YEAR || o.month() == d.month());
            if (inside && c.kind() != DateKind.MODIFIED && (best == null || c.score() > best.score())) {
                best = c;
            }
        }
        return best == null ? chosen : best;
    }

    /** @return the modification candidate not before {@code published}, or null */
    static DateCandidate modified(List<DateCandidate> cands, DateCandidate published) {
        DateCandidate best = null;
        for (DateCandidate c : cands) {
            if (c.kind() == DateKind.MODIFIED && (best == null || c.score() > best.score())) {
                if (published != null && c.date().localDate().isBefore(published.date().localDate())) {
                    continue;
                }
                best = c;
            }
        }
        return best == null ? null : corroborated(best, cands);
    }

    private static DateCandidate corroborated(DateCandidate chosen, List<DateCandidate> cands) {
        DateParts d = chosen.date();
        if (d.offset() != null && d.offset().getTotalSeconds() == 0 && d.hasTime()) {
            return LocalOffsetInference.localised(chosen, cands);
        }
        if (d.offset() != null || !d.hasDay()) {
            return chosen;
        }
        for (DateCandidate c : cands) {
            DateParts o = c.date();
            if (c == chosen || o.offset() == null || !o.hasTime() || c.score() < MIN_CORROBORATING_SCORE
                    || (c.kind() != chosen.kind() && c.kind() != DateKind.UNLABELLED
                    && chosen.kind() != DateKind.UNLABELLED) || !o.sameDay(d)) {
                continue;
            }
            if (!d.hasTime() || (o.hour() == d.hour() && o.minute() == d.minute())) {
                return new DateCandidate(o, chosen.kind(), c.source(), chosen.score());
            }
        }
        return chosen;
    }
}
