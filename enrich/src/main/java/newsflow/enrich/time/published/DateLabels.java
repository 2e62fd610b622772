package newsflow.enrich.time.published;

import java.util.regex.Pattern;

/**
 * Reads the words just before a visible date (and a German participle just after it, {@link #kindAround}): "Published", "Veröffentlicht am", "نشر في" make it a publication
 * date; "Updated", "Aktualisiert", "Mis à jour", "آخر تحديث" a modification date (case C02: never a publication
 * date); "©", "Copyright", "All rights reserved" disqualify it.
 */
final class DateLabels {

    /** Characters before a date in which a label is looked for. */
    static final int WINDOW = 48;

    private static final Pattern MODIFIED = Pattern.compile(
            "updated|update|modified|last edit|revised|aktualisiert|geändert|änderung|mis à jour|mise à jour"
            + "|actualizado|actualización|atualizado|atualização|aggiornat|bijgewerkt|gewijzigd|uppdaterad"
            + "|opdateret|oppdatert|zaktualizowano|güncellen|обновлено|اخر تحديث|تم التحديث|تحديث في|تم التعديل");
    private static final Pattern PUBLISHED = Pattern.compile(
            "published|posted|publ\\.|released|first appeared|veröffentlicht|erschienen|publiziert|erstellt"
            + "|publié|publie le|mise? en ligne|publicado|publicada|pubblicato|gepubliceerd|publicerad|udgivet|publisert"
            + "|opublikowano|yayınlanma|yayınlandı|опубликовано|نشر في|نشر يوم|نشر بتاريخ|تاريخ النشر|تم النشر");
    /**
     * German puts the participle after the date ("wurde am 19. Mai 2010 um 23:03 Uhr gepostet", "ist am 5. März
     * erschienen"): a publication or modification participle right after it labels it.
     */
    private static final Pattern PUBLISHED_AFTER = Pattern.compile(
            "^[\\s,]*(?:veröffentlicht|gepostet|publiziert|erschienen|online gestellt)(?!\\p{L})");
    private static final Pattern MODIFIED_AFTER = Pattern.compile(
            "^[\\s,]*(?:zuletzt )?(?:aktualisiert|geändert|überarbeitet)(?!\\p{L})");
    /** Any participle of {@link #PUBLISHED_AFTER} or {@link #MODIFIED_AFTER} (a cheap test before parsing). */
    private static final Pattern PARTICIPLE = Pattern.compile("gepostet|publiziert|online gestellt|überarbeitet");
    /** Characters after a date in which a trailing participle is looked for. */
    static final int AFTER_WINDOW = 32;
    private static final Pattern COPYRIGHT = Pattern.compile("©|\\(c\\)|copyright|all rights reserved"
            + "|alle rechte|tous droits|todos los derechos|جميع الحقوق|حقوق");

    private DateLabels() {
    }

    /**
     * @param folded folded text
     * @param start  where the date starts
     * @return the kind the preceding words give; UNLABELLED when none
     */
    static DateKind kindBefore(String folded, int start) {
        String before = folded.substring(Math.max(0, start - WINDOW), start);
        int mod = lastMatch(MODIFIED, before);
        int pub = lastMatch(PUBLISHED, before);
        if (mod < 0 && pub < 0) {
            return DateKind.UNLABELLED;
        }
        return mod > pub ? DateKind.MODIFIED : DateKind.PUBLISHED;
    }

    /**
     * @param folded folded text
     * @param start  where the date starts
     * @param end    where the date (and its time) ends
     * @return the kind given by the words before the date, else by a participle right after it
     */
    static DateKind kindAround(String folded, int start, int end) {
        DateKind before = kindBefore(folded, start);
        if (before != DateKind.UNLABELLED) {
            return before;
        }
        String after = folded.substring(end, Math.min(folded.length(), end + AFTER_WINDOW));
        if (PUBLISHED_AFTER.matcher(after).find()) {
            return DateKind.PUBLISHED;
        }
        return MODIFIED_AFTER.matcher(after).find() ? DateKind.MODIFIED : DateKind.UNLABELLED;
    }

    /**
     * @param raw unfolded text
     * @return true when it holds a publication label (a cheap test before date parsing)
     */
    static boolean hasPublishedLabel(String raw) {
        String lower = raw.toLowerCase(java.util.Locale.ROOT);
        return PUBLISHED.matcher(lower).find() || PARTICIPLE.matcher(lower).find();
    }

    /**
     * @param folded folded text
     * @return true when it holds a publication or modification label
     */
    static boolean hasAnyLabel(String folded) {
        return PUBLISHED.matcher(folded).find() || MODIFIED.matcher(folded).find()
                || PARTICIPLE.matcher(folded).find();
    }

    /** @return true when a copyright mark stands just before the date */
    static boolean isCopyright(String folded, int start) {
        String before = folded.substring(Math.max(0, start - WINDOW), start);
        return COPYRIGHT.matcher(before).find();
    }

    private static int lastMatch(Pattern p, String s) {
        var m = p.matcher(s);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }
}
