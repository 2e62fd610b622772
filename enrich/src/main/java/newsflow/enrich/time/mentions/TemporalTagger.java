package newsflow.enrich.time.mentions;

import newsflow.enrich.time.calendar.CalendarSystem;

import newsflow.enrich.time.vocab.TimeTextNormalizer;
import newsflow.enrich.time.vocab.NormalizedText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newsflow.common.model.DateMention;

/**
 * Finds temporal expressions in a text and normalises them to TIMEX3 values (TimeML 1.2.1 / ISO-TimeML:
 * type DATE, TIME, DURATION or SET; values such as {@code 2017-07-11}, {@code 2017-11}, {@code 2018},
 * {@code 2018-W36}, {@code P1Y}, {@code XXXX-WXX-3}, {@code PRESENT_REF}). Thread-safe and stateless.
 *
 * <p>Pipeline, in order: {@link TimeTextNormalizer} (digits of every script to ASCII, bidi controls and Arabic
 * diacritics removed, with an offset map) → the grammars of the language ({@link EnglishDateGrammar},
 * {@link EnglishRelativeGrammar}, {@link ArabicDateGrammar}, {@link ArabicRelativeGrammar},
 * {@link EuropeanDateGrammar}, {@link EuropeanRelativeGrammar}, {@link PersianDateGrammar}, all with {@link NumericDateReader}) →
 * {@link MentionMerger} (longest match, deictic + explicit date joined) → offsets mapped back to Unicode
 * code points of the original text.
 */
public final class TemporalTagger {

    private static final List<DateGrammar> ENGLISH = List.of(new EnglishDateGrammar(),
            new EnglishRelativeGrammar(), new NumericDateReader("MDY", false));
    private static final List<DateGrammar> ARABIC = List.of(new ArabicDateGrammar(), new ArabicRelativeGrammar(),
            new NumericDateReader("DMY", true));
    private static final DateGrammar EUROPEAN_RELATIVE = new EuropeanRelativeGrammar();
    private static final List<DateGrammar> PERSIAN = List.of(new PersianDateGrammar(), new ArabicDateGrammar(),
            new NumericDateReader("YMD", true, CalendarSystem.PERSIAN));

    /**
     * @param text the text (an edition's paragraphs joined by "\n\n"); null or empty gives an empty list
     * @param lang ISO 639-1 code of the text (en, ar, fr, es, de, fa), or null to decide by script
     * @param ref  the reference date for relative expressions, not null
     * @return mentions in text order, offsets in Unicode code points of {@code text}, {@code text} field as
     *         written in the original (bidi marks and original digits kept)
     */
    public List<DateMention> tag(String text, String lang, DateReference ref) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        NormalizedText norm = TimeTextNormalizer.normalize(text);
        List<Candidate> found = new ArrayList<>();
        for (DateGrammar g : grammars(lang, norm.text())) {
            g.find(norm.text(), ref, found);
        }
        List<Candidate> merged = MentionMerger.merge(norm.text(), found);
        List<DateMention> out = new ArrayList<>(merged.size());
        String resolvedByRelative = ref.fromFetchTime() ? "fetched" : null;
        for (Candidate c : merged) {
            String resolvedBy = c.resolvedBy() != null ? c.resolvedBy() : c.explicit() ? null : resolvedByRelative;
            CalendarSystem cal = c.calendar();
            out.add(new DateMention(norm.originalSlice(c.start(), c.end()), c.value(), c.type(),
                    norm.codePointOffset(c.start()), norm.codePointEnd(c.end()), c.ambiguous(), resolvedBy,
                    cal == null ? null : cal.id(), c.original(),
                    cal == null || cal.toleranceDays() == 0 ? null : "±" + cal.toleranceDays() + " day"));
        }
        return out;
    }

    private static List<DateGrammar> grammars(String lang, String text) {
        String l = lang == null ? guess(text) : lang.toLowerCase(Locale.ROOT);
        return switch (l) {
            case "ar", "ur" -> ARABIC;
            case "fa" -> PERSIAN;
            case "fr", "es", "de" -> java.util.stream.Stream.concat(EuropeanDateGrammar.forLanguage(l).stream(),
                    java.util.stream.Stream.of(EUROPEAN_RELATIVE)).toList();
            default -> ENGLISH;
        };
    }

    private static String guess(String text) {
        int arabic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(text.charAt(i));
            if (s == Character.UnicodeScript.ARABIC) {
                arabic++;
            } else if (s == Character.UnicodeScript.LATIN) {
                latin++;
            }
        }
        return arabic > latin ? "ar" : "en";
    }
}
