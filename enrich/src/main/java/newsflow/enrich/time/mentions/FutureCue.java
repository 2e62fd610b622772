package newsflow.enrich.time.mentions;

import newsflow.enrich.time.vocab.TimeTextNormalizer;

import java.util.regex.Pattern;

/**
 * Decides whether the sentence around an expression speaks of the future, which flips a bare weekday from
 * "latest on or before" to "next" (project contract, ../shared/eval/README.md). Cues: English modal
 * {@code will}/{@code 'll}/{@code shall}, {@code would} and {@code planned to} in the expression's own clause, {@code next} before a time word or a name ("next week",
 * not "next to"), {@code coming}, {@code upcoming}, {@code scheduled}, {@code plans/planned to},
 * {@code expected to}, {@code is due to}, and the simple present of a scheduled event ("Polls close … on
 * Sunday"), unless a past-tense verb governs the expression ("said Friday", "issued a statement Friday");
 * Arabic {@code سوف}, the future prefix {@code سـ} on an imperfect verb (سيعقد، ستنطلق، سنعمل), and the
 * adjectives {@code القادم/المقبل} (and feminine forms); a future verb after the expression does not count when a
 * past-tense verb opens its sentence before it ("قال الوزير يوم الخميس إنه سيزور…" is last Thursday, the same
 * day as the English "said on Thursday").
 */
final class FutureCue {

    private static final Pattern EN = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:will|shall|next(?= (?:week|month|year|weekend|quarter|season|day|time|"
                    + "(?-i:[\\p{Lu}\\d])))|coming|upcoming|scheduled|tomorrow|plans? to|planning to|expected to|is to|are to|set to|(?<!(?:had been|was|were) )due to(?! (?:the|a|its|their)(?![\\p{L}])))(?![\\p{L}])|'ll(?![\\p{L}])");
    /**
     * a past-tense verb right before the expression ("said Friday", "was announced on Wednesday"); a regular past
     * starts lower-case, so names ending in -ed ("the United States Thursday", "Ahmed") are not verbs
     */
    private static final Pattern PAST_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(?:(?-i:\\p{Ll})\\p{L}*ed|said|told|was|were|had|"
            + "did|met|began|came|went|made|took|gave|held|won|lost|left|saw|fell|rose|sold|bought|paid|got|put|"
            + "hit|cut|spoke|wrote|broke|ran|sent|found|brought|thought|led|quit|became|struck|shot|flew|fled|"
            + "began|drew|grew|knew|threw|chose|stood|sat|fought|taught|caught|felt|kept|slept|meant|spent|built)"
            + "(?: (?:on|late|early|last|here|there|in [\\p{L}.]+|at [\\p{L}.]+))* $");
    /**
     * a past-tense verb and its short object right before the expression ("issued a joint statement Friday");
     * verbs of planning ("scheduled a meeting Thursday") and any modal in between keep the future reading
     */
    private static final Pattern PAST_OBJECT_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(?!(?:scheduled|planned|"
            + "expected|slated|called|proposed|needed|wanted|asked|urged|invited|ordered)(?![\\p{L}]))(?:(?-i:\\p{Ll})\\p{L}+ed|"
            + "said|told|gave|held|made|took|sent|won|lost|sold|bought|paid|hit|cut)"
            + "(?: (?!(?:will|would|to|shall|may|might|can|could|be|and|but|that|which|who|if|when)(?![\\p{L}]))"
            + "[\\p{L}'\u2019-]+){1,4} (?:on )?$");
    /** a deadline right before the expression: "until 9 a.m. Tuesday", "as early as Tuesday" */
    private static final Pattern DEADLINE_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(?:until|till|as early as|"
            + "as soon as|no later than)(?: [\\d:.]+ (?:a\\.m\\.|p\\.m\\.|am|pm)(?: [A-Z]{2,4})?)? $");
    /**
     * a present-tense verb of a scheduled event governing the expression ("Polls close at 8 p.m. on Sunday", "meet
     * separately Monday", "the talks resume Thursday"): news uses the simple present for the timetable
     */
    private static final Pattern SCHEDULED_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(?<!(?:the|a|an|its|their|his|"
            + "her|to|will|would|did|had|has|have) )(?:close|closes|open|opens|begin|begins|start|starts|resume|resumes|"
            + "meet|meets|visit|visits|leave|leaves|arrive|arrives|return|returns|vote|votes|face|faces|take place|"
            + "takes place|kick off|kicks off|go on sale|goes on sale)(?![\\p{L}])(?: (?!(?:and|but|after|when|"
            + "said|says)(?![\\p{L}]))[\\p{L}\\d.:'-]+){0,6} (?:on )?$");
    /**
     * a conditional or a past plan governing the expression within its clause ("talks would resume on Thursday",
     * "planned to leave Nairobi on Thursday"): at most six words in between, none a preposition that opens another
     * event's phrase ("would look for ways to get around Wednesday's ruling" is not about Wednesday)
     */
    private static final Pattern MODAL_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(?:would(?! have)|planned to)"
            + "(?: (?!(?:around|against|after|before|since|by|about|over|following)(?![\\p{L}]))[\\p{L}'-]+){0,6}"
            + " (?:on )?$");
    /** an Arabic verb in the past tense (reporting and meeting verbs of news) before the expression */
    private static final Pattern AR_PAST = Pattern.compile(TimeTextNormalizer.plain("(?<![\\p{L}])[وف]?(?:قال|قالت|"
            + "اعلن|اعلنت|اكد|اكدت|اوضح|اوضحت|ذكر|ذكرت|افاد|افادت|صرح|صرحت|التقى|التقت|وصل|وصلت|زار|زارت|عقد|عقدت|"
            + "افتتح|افتتحت|شارك|شاركت|اجتمع|اجتمعت|بحث|بحثت|استقبل|استقبلت|ناقش|ناقشت|كان|كانت|اشار|اشارت|اضاف|"
            + "اضافت|جرى|جرت|شهد|شهدت|وقع|وقعت|قتل|قتلت|اصدر|اصدرت|نشر|نشرت)(?![\\p{L}])"));
    /** a reporting verb in the past right after the expression ("On Friday, Netanyahu said") */
    private static final Pattern PAST_AFTER = Pattern.compile("^,? (?:[\\p{Lu}][\\p{L}.'-]* ){0,3}(?:said|told|"
            + "announced|reported|added|stated|declared|confirmed|wrote|was|were|had)(?![\\p{L}])");
    /** quotation marks that may open the next sentence (". \"We will…") */
    private static final String OPENING_QUOTES = "\"'`\u201C\u2018\u00AB";
    private static final Pattern ABBREVIATION = Pattern.compile("(?:^|[^\\p{L}])(?:\\p{L}{1,3}|\\p{L}\\.\\p{L})$");
    private static final Pattern AR = Pattern.compile(TimeTextNormalizer.plain(
            "(?<![\\p{L}])(?:[وف]?سوف|[وف]?س[يتن][\\p{L}]{3,}|[\\p{L}]*(?:القادم|المقبل|القادمة|المقبلة)|غدا|غداً)(?![\\p{L}])"));

    /** frequent nouns and numbers that look like سـ + imperfect: sixty, annual, two years, cinema, politics… */
    private static final Pattern AR_NOT_VERB = Pattern.compile("(?:ستين|ستون|ستاد|ستار|ستوديو|سنوي|سنتين|سنين|"
            + "سنغافور|سينما|سيناريو|سيناء|سياس|سياح|سيطر|سيول|سيف|سيار|سيبير|ستراتيج)");

    /** Most words between an expression and a following القادم/المقبل that still qualifies it. */
    private static final int MAX_ADJECTIVE_GAP_WORDS = 3;

    /** Longest stretch (UTF-16 chars) looked at on each side of the expression: bounds the cost on unpunctuated text. */
    private static final int MAX_SENTENCE = 400;

    private FutureCue() {
    }

    /**
     * @param text  the normalised text
     * @param start start of the expression
     * @param end   end of the expression
     * @return true if the expression's sentence carries a future cue
     */
    static boolean isFuture(String text, int start, int end) {
        int s = start;
        int floor = Math.max(0, start - MAX_SENTENCE);
        while (s > floor && !isSentenceEnd(text, s - 1)) {
            s--;
        }
        int e = end;
        int ceiling = Math.min(text.length(), end + MAX_SENTENCE);
        while (e < ceiling && !isSentenceEnd(text, e)) {
            e++;
        }
        String sentence = text.substring(s, e);
        if (DEADLINE_BEFORE.matcher(text.substring(Math.max(s, start - 40), start)).find()) {
            return true;
        }
        if (PAST_BEFORE.matcher(text.substring(Math.max(s, start - 40), start)).find()
                || PAST_OBJECT_BEFORE.matcher(text.substring(Math.max(s, start - 50), start)).find()
                || PAST_AFTER.matcher(text.substring(end, Math.min(e, end + 50))).find()) {
            return false;
        }
        if (EN.matcher(sentence).find()
                || SCHEDULED_BEFORE.matcher(text.substring(Math.max(s, start - 60), start)).find()
                || MODAL_BEFORE.matcher(text.substring(Math.max(s, start - 80), start)).find()) {
            return true;
        }
        boolean pastBefore = AR_PAST.matcher(text.substring(s, start)).find();
        var m = AR.matcher(sentence);
        while (m.find()) {
            String w = m.group();
            if (s + m.start() >= end && (!governsBackwards(w, text.substring(end, s + m.start()))
                    || pastBefore && !w.contains("قادم") && !w.contains("مقبل"))) {
                continue; // a future verb after a past-tense clause speaks of something else ("قال يوم الخميس إنه سيزور")
            }
            if (w.contains("سوف") || w.contains("قادم") || w.contains("مقبل") || w.startsWith("غد")) {
                return true;
            }
            if (isFutureVerb(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an Arabic cue found after the expression still speaks of it. A cue opening a coordinated clause
     * with و or ف ("افتتح يوم الثلاثاء وسيغلق يوم الجمعة": the closing is future, the opening is not) belongs to
     * that clause; an adjective القادم/المقبل qualifies a noun next to it, so it counts only within
     * {@link #MAX_ADJECTIVE_GAP_WORDS} words of the expression ("يوم الثلاثاء من الأسبوع المقبل") and with no
     * coordinated clause (a word opening with و or ف) in between.
     */
    private static boolean governsBackwards(String cue, String between) {
        boolean conjunction = cue.charAt(0) == 'و' || cue.charAt(0) == 'ف';
        if (conjunction && (cue.contains("سوف") || isFutureVerb(cue))) {
            return false;
        }
        if (cue.contains("قادم") || cue.contains("مقبل")) {
            String gap = between.strip();
            if (gap.isEmpty()) {
                return true;
            }
            String[] words = gap.split("\\s+");
            for (String w : words) {
                if (w.charAt(0) == 'و' || w.charAt(0) == 'ف') {
                    return false; // a coordinated clause in between: the adjective is that clause's
                }
            }
            return words.length <= MAX_ADJECTIVE_GAP_WORDS;
        }
        return true;
    }

    /** سـ + imperfect prefix, excluding nouns ending in taa marbuta or the plural -at (سيارة، سنوات، سياسية). */
    private static boolean isFutureVerb(String w) {
        String stem = w.charAt(0) == 'و' || w.charAt(0) == 'ف' ? w.substring(1) : w;
        return stem.length() >= 4 && !stem.endsWith("ة") && !stem.endsWith("ات") && !stem.endsWith("ية")
                && !stem.startsWith("سنة") && !stem.startsWith("ساع") && !stem.startsWith("سيد")
                && !AR_NOT_VERB.matcher(stem).lookingAt();
    }

    private static boolean isSentenceEnd(String t, int i) {
        char c = t.charAt(i);
        if (c == '\n' || c == '!' || c == '?' || c == '\u061F' || c == ';' || c == '\u061B') {
            return true;
        }
        if (c == '.' && i + 2 < t.length() && Character.isWhitespace(t.charAt(i + 1))
                && Character.UnicodeScript.of(t.charAt(i + 2)) == Character.UnicodeScript.ARABIC) {
            return true; // Arabic has no capitals: a period, a space and an Arabic letter end the sentence
        }

        // a period ends a sentence when a space and an upper-case letter (or end) follow
        return c == '.' && (i + 1 >= t.length() || Character.isWhitespace(t.charAt(i + 1))
                && (i + 2 >= t.length() || Character.isUpperCase(t.charAt(i + 2))
                || OPENING_QUOTES.indexOf(t.charAt(i + 2)) >= 0 && i + 3 < t.length()
                && Character.isUpperCase(t.charAt(i + 3)))
                && !ABBREVIATION.matcher(t.substring(Math.max(0, i - 4), i)).find());
    }
}
