package newsflow.enrich.time.mentions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Settles overlapping candidates and joins a deictic word to the explicit date beside it.
 * <ol>
 *   <li>Longest match wins (the TIMEX3 extent is the largest phrase; TimeML Annotation Guidelines 1.2.1,
 *       section 2.2.1); ties go to the explicitly anchored candidate, then to the earlier one.</li>
 *   <li>A deictic day or weekday directly before an explicit full date, separated only by spaces, commas
 *       or dashes ("today, 5 September 2018", "اليوم 5 سبتمبر 2018", "الخميس 7 آذار 2024"), becomes one
 *       expression carrying the explicit value (project contract, ../shared/eval/README.md).</li>
 * </ol>
 */
final class MentionMerger {

    private static final Pattern GAP = Pattern.compile("[\\s,\u060C\\-]{0,3}(?:the )?");
    /** What stands between a date and the same date in another calendar: dashes, slashes, brackets, "الموافق". */
    private static final Pattern CALENDAR_GAP = Pattern.compile("[\\s,\u060C\\-\u2013/|(\\[]{0,4}"
            + "(?:(?:\u0627\u0644\u0645\u0648\u0627\u0641\u0642|\u0645\u0648\u0627\u0641\u0642"
            + "|\u0628\u0631\u0627\u0628\u0631 \u0628\u0627|\u0645\u0637\u0627\u0628\u0642(?: \u0628\u0627)?)"
            + "(?: ?\u0644)?[\\s:(]{0,3})?");
    private static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern CLOCK_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(?:Z|[+-]\\d{2}:\\d{2})?)");
    private static final Pattern TIME_GAP = Pattern.compile("(?i)[\\s,]{0,2}(?:(?:[A-Z]{2,4}|GMT|local time|on|"
            + "\u0645\u0646|\u064A\u0648\u0645)[\\s,]{1,2}){0,2}");

    private MentionMerger() {
    }

    static List<Candidate> merge(String text, List<Candidate> all) {
        List<Candidate> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(Candidate::length).reversed()
                .thenComparing(c -> !c.explicit())
                .thenComparingInt(Candidate::start));
        List<Candidate> kept = new ArrayList<>();
        boolean[] used = new boolean[text.length() + 1];
        for (Candidate c : sorted) {
            boolean free = true;
            for (int i = c.start(); i < c.end(); i++) {
                if (used[i]) {
                    free = false;
                    break;
                }
            }
            if (free && c.end() > c.start()) {
                kept.add(c);
                for (int i = c.start(); i < c.end(); i++) {
                    used[i] = true;
                }
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::start));
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Candidate a = kept.get(i);
            if (i + 1 < kept.size()) {
                Candidate b = kept.get(i + 1);
                if (!a.explicit() && "DATE".equals(a.type()) && b.explicit()
                        && (DAY_VALUE.matcher(a.value()).matches() || Timex.PRESENT_REF.equals(a.value()))
                        && DAY_VALUE.matcher(b.value()).matches()
                        && GAP.matcher(text.substring(a.end(), b.start())).matches()) {
                    out.add(b.spanning(a.start(), b.end(), b.value()));
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return attachClockTimes(text, joinCalendarPairs(text, out));
    }

    /**
     * A date given in two calendars side by side ("12 ربيع الأول 1445هـ الموافق 27 سبتمبر 2023م", "۱۵ آبان ۱۴۰۲
     * برابر با ۶ نوامبر ۲۰۲۳") is one expression. When the two agree within the other calendar's tolerance (a Hijri
     * day may be one off: its month begins a day apart where the crescent is sighted), the page's Gregorian date is
     * the value and the other calendar's date is kept beside it ({@code calendar}, {@code original}); when they
     * disagree by more, they are two dates.
     */
    private static List<Candidate> joinCalendarPairs(String text, List<Candidate> in) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Candidate a = in.get(i);
            Candidate b = i + 1 < in.size() ? in.get(i + 1) : null;
            if (b != null && (a.calendar() == null) != (b.calendar() == null) && a.explicit() && b.explicit()
                    && "DATE".equals(a.type()) && "DATE".equals(b.type())
                    && DAY_VALUE.matcher(a.value()).matches() && DAY_VALUE.matcher(b.value()).matches()
                    && CALENDAR_GAP.matcher(text.substring(a.end(), b.start())).matches()) {
                Candidate other = a.calendar() != null ? a : b;
                Candidate gregorian = other == a ? b : a;
                long apart = Math.abs(java.time.LocalDate.parse(a.value()).toEpochDay()
                        - java.time.LocalDate.parse(b.value()).toEpochDay());
                if (apart <= other.calendar().toleranceDays()) {
                    out.add(new Candidate(a.start(), b.end(), gregorian.value(), "DATE", true, null, null,
                            other.calendar(), other.original()));
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    /**
     * A clock time written next to a day ("10 p.m. Wednesday", "Tuesday at 9 a.m.") takes that day instead
     * of the reference day: one TIME expression.
     */
    private static List<Candidate> attachClockTimes(String text, List<Candidate> in) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Candidate a = in.get(i);
            Candidate b = i + 1 < in.size() ? in.get(i + 1) : null;
            if (b != null) {
                var ta = CLOCK_VALUE.matcher(a.value());
                var tb = CLOCK_VALUE.matcher(b.value());
                String gap = text.substring(a.end(), b.start());
                if ("TIME".equals(a.type()) && ta.matches() && DAY_VALUE.matcher(b.value()).matches()
                        && TIME_GAP.matcher(gap).matches()) {
                    out.add(new Candidate(a.start(), b.end(), b.value() + ta.group(1), "TIME", b.explicit(), null, null,
                            b.calendar(), b.original()));
                    i++;
                    continue;
                }
                if ("TIME".equals(b.type()) && tb.matches() && DAY_VALUE.matcher(a.value()).matches()
                        && gap.matches("(?i)[\\s,]{0,2}(?:at |\u0641\u064A |\u0627\u0644\u0633\u0627\u0639\u0629 )?")) {
                    out.add(new Candidate(a.start(), b.end(), a.value() + tb.group(1), "TIME", a.explicit(), null, null,
                            a.calendar(), a.original()));
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }
}
