package newsflow.ingest.charset;

import java.nio.charset.Charset;

/**
 * News paragraphs in five scripts and the legacy charsets their sites still use, and page shells around them:
 * the variants the charset tests run through the header, the meta prescan and the detector.
 */
public final class Samples {
    public static final Charset CP1256 = Charset.forName("windows-1256");
    public static final Charset CP1252 = Charset.forName("windows-1252");
    public static final Charset CP1251 = Charset.forName("windows-1251");
    public static final Charset SJIS = Charset.forName("Shift_JIS");
    public static final Charset GBK = Charset.forName("GBK");

    public static final String ARABIC = "أعلنت وزارة المالية يوم الاثنين عن الميزانية الجديدة "
            + "للعام المقبل، وقالت إن الإنفاق على التعليم والصحة سيرتفع بنسبة عشرة في المئة. وأضاف "
            + "الوزير في مؤتمر صحفي أن الحكومة ستواصل دعم المشاريع الصغيرة والمتوسطة، وأن العجز "
            + "سينخفض تدريجياً خلال السنوات الثلاث القادمة بفضل ارتفاع عائدات الضرائب وتراجع أسعار "
            + "الفائدة في الأسواق العالمية.";
    public static final String FRENCH = "Le conseil municipal a approuvé lundi le projet de "
            + "rénovation du pont, après des années de débats. « C’est une étape décisive pour la "
            + "ville », a déclaré la maire, qui espère que les travaux commenceront à la fin de "
            + "l’été. Les riverains, inquiets des nuisances, ont obtenu que le chantier soit "
            + "interrompu pendant les fêtes de fin d’année et que la circulation des vélos soit "
            + "maintenue sur une voie protégée. Le coût total est estimé à douze millions d’euros.";
    public static final String RUSSIAN = "Министерство финансов в понедельник представило проект "
            + "бюджета на следующий год. По словам министра, расходы на образование и "
            + "здравоохранение вырастут на десять процентов, а дефицит будет постепенно сокращаться "
            + "в течение трёх лет благодаря росту налоговых поступлений и снижению процентных "
            + "ставок на мировых рынках. Депутаты обсудят документ на следующей неделе.";
    public static final String JAPANESE = "財務省は月曜日、来年度の予算案を発表した。大臣によると、教育"
            + "と医療への支出は一割増える見通しで、財政赤字は税収の増加と世界的な金利の低下により、今後三"
            + "年間で徐々に縮小するという。国会では来週から審議が始まる予定で、野党は歳出の内訳について説"
            + "明を求めている。";
    public static final String CHINESE = "财政部星期一公布了明年的预算草案。部长表示，教育和医疗方面的"
            + "支出将增加百分之十，由于税收增长和全球利率下降，财政赤字将在未来三年内逐步减少。议会将于下"
            + "周开始审议该草案，反对党要求政府详细说明各项开支的用途。";

    private Samples() {
    }

    /** A page: head (with {@code headExtra}) and a body of the text in three paragraphs. */
    public static String page(String headExtra, String title, String text) {
        return "<!DOCTYPE html><html><head>" + headExtra + "<title>" + title + "</title></head><body><article>"
                + "<h1>" + title + "</h1><p>" + text + "</p><p>" + text + "</p></article></body></html>";
    }

    /** @return an inline script of about {@code bytes} bytes holding markup-like strings and comparisons */
    public static String script(int bytes) {
        StringBuilder s = new StringBuilder("<script>var cfg = {};\n");
        int i = 0;
        while (s.length() < bytes) {
            s.append("if (a < b && c > d) { el.innerHTML = '<div class=\"x").append(i)
                    .append("\">\\'</div><meta name=x>'; }\n");
            i++;
        }
        return s.append("</script>").toString();
    }

    /** @return a style sheet of about {@code bytes} bytes */
    public static String style(int bytes) {
        StringBuilder s = new StringBuilder("<style>\n");
        int i = 0;
        while (s.length() < bytes) {
            s.append(".c").append(i++).append(" > a:hover { color: #333; content: \"<meta>\"; }\n");
        }
        return s.append("</style>").toString();
    }
}
