package newsflow.ingest.fetch;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.ingest.charset.CharsetSniffer;
import org.jsoup.parser.Parser;

/**
 * An immediate refresh of a 2xx response, read as a redirect hop (issue 12 item 5): a consent wall often answers
 * 200 with {@code <meta http-equiv="refresh" content="0; url=https://consent.example/?continue=…">} (and a cookie)
 * instead of a 302, and a browser follows it. Two sources, the first found wins: the HTTP {@code Refresh} header,
 * then the first {@code <meta http-equiv="refresh">} of the page's {@code <head>} prefix (up to {@code </head>} or
 * {@code <body>}, at most {@link #PREFIX_BYTES} bytes of the content-decoded body, charset as
 * {@link CharsetSniffer#decode} decides) or of a {@code <noscript>} element in that prefix — consent walls put it
 * there for clients without JavaScript. Comments, scripts and styles are skipped, so an article that mentions a
 * refresh, or quotes the tag, is no redirect.
 * <p>The {@code content} value is parsed as the HTML Living Standard's "shared declarative refresh steps" do
 * (§4.2.5.3): a delay in seconds (digits, an ignored fraction), then {@code ;} or {@code ,} or spaces, an optional
 * {@code url=} in any case with spaces around {@code =}, an optional single or double quote closing the URL.
 * It is a redirect only when the delay is at most {@link #MAX_DELAY_SECONDS} and the target differs from the
 * page itself: a page reloading itself every 300 s, or sending the reader on after a minute, is a page.
 * Pure functions, no state.
 */
public final class MetaRefresh {
    /** The longest delay, in seconds, still read as a redirect (a wall moves the visitor on at once). */
    public static final int MAX_DELAY_SECONDS = 5;
    /** How many leading bytes of the decoded body are searched for the tag. */
    public static final int PREFIX_BYTES = 32 * 1024;

    private static final Pattern SKIPPED = Pattern.compile(
            "<!--.*?(?:-->|$)|<(script|style|template|textarea|title)\\b[^>]*>.*?(?:</\\1\\s*>|$)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HEAD_END = Pattern.compile("</head\\s*>|<body[\\s>/]", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOSCRIPT = Pattern.compile("<noscript\\b[^>]*>(.*?)(?:</noscript\\s*>|$)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern META = Pattern.compile("<meta\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([^\\s=/>\"']+)\\s*(?:=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?");

    /**
     * A parsed refresh instruction.
     *
     * @param delaySeconds the delay, in whole seconds
     * @param url          the target as written (relative or absolute), or null for a reload of the page itself
     */
    public record Refresh(long delaySeconds, String url) {
    }

    private MetaRefresh() {
    }

    /**
     * @param pageUrl     the absolute URL the response answered for
     * @param headers     the response headers, names in lower case
     * @param body        the content-decoded body (possibly cut at the cap)
     * @param contentType the Content-Type header value, or null
     * @return the absolute target (fragment dropped) when the response is an immediate refresh to another URL,
     *         else null
     */
    public static String target(String pageUrl, Map<String, List<String>> headers, byte[] body,
                                String contentType) {
        Refresh refresh = null;
        List<String> header = headers.get("refresh");
        if (header != null && !header.isEmpty()) {
            refresh = parse(header.get(0));
        }
        if (refresh == null && body != null && body.length > 0 && html(contentType)) {
            byte[] prefix = body.length <= PREFIX_BYTES ? body : Arrays.copyOf(body, PREFIX_BYTES);
            refresh = inMarkup(CharsetSniffer.decode(prefix, contentType).text());
        }
        if (refresh == null || refresh.url() == null || refresh.delaySeconds() > MAX_DELAY_SECONDS) {
            return null;
        }
        String next;
        try {
            next = URI.create(pageUrl).resolve(refresh.url().replace(" ", "%20")).toString();
        } catch (IllegalArgumentException e) {
            return null; // a malformed target: a browser stays on the page, so does ingest
        }
        int hash = next.indexOf('#');
        next = hash < 0 ? next : next.substring(0, hash);
        String scheme = URI.create(next).getScheme();
        boolean web = scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
        boolean self = RedirectClassifier.revisits(List.of(new RedirectHop(pageUrl, 200, null, false)), next);
        return web && !self ? next : null;
    }

    /**
     * @param markup the decoded start of an HTML page
     * @return the first refresh declared in its head prefix or in a noscript element of it, or null
     */
    static Refresh inMarkup(String markup) {
        String text = SKIPPED.matcher(markup).replaceAll(" ");
        Matcher end = HEAD_END.matcher(text);
        String head = end.find() ? text.substring(0, end.start()) : text;
        Refresh found = inMetas(head);
        if (found != null) {
            return found;
        }
        Matcher noscript = NOSCRIPT.matcher(text);
        while (noscript.find()) {
            found = inMetas(noscript.group(1));
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static Refresh inMetas(String region) {
        Matcher meta = META.matcher(region);
        while (meta.find()) {
            String equiv = null;
            String content = null;
            Matcher a = ATTRIBUTE.matcher(meta.group(1));
            while (a.find()) {
                String name = a.group(1).toLowerCase(Locale.ROOT);
                String value = a.group(2) == null ? "" : unquote(a.group(2));
                if (name.equals("http-equiv") && equiv == null) {
                    equiv = value.trim();
                } else if (name.equals("content") && content == null) {
                    content = Parser.unescapeEntities(value, true);
                }
            }
            if (equiv != null && equiv.equalsIgnoreCase("refresh") && content != null) {
                Refresh r = parse(content);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    /**
     * The HTML Living Standard's shared declarative refresh steps (§4.2.5.3), for a {@code Refresh} header or a
     * meta {@code content} value.
     *
     * @param content e.g. {@code 0; url=https://a.example/}, {@code 5,URL='/b'}, {@code 300}
     * @return the delay and the target (null target: reload the page), or null when the value is not a refresh
     */
    public static Refresh parse(String content) {
        String s = content;
        int i = skipSpace(s, 0);
        int digits = i;
        while (i < s.length() && digit(s.charAt(i))) {
            i++;
        }
        if (i == digits && (i >= s.length() || s.charAt(i) != '.')) {
            return null;
        }
        long delay;
        try {
            delay = i == digits ? 0 : Long.parseLong(s.substring(digits, Math.min(i, digits + 12)));
        } catch (NumberFormatException e) {
            return null;
        }
        while (i < s.length() && (digit(s.charAt(i)) || s.charAt(i) == '.')) {
            i++;
        }
        if (i >= s.length()) {
            return new Refresh(delay, null);
        }
        char c = s.charAt(i);
        if (c != ';' && c != ',' && !space(c)) {
            return null;
        }
        i = skipSpace(s, i);
        if (i < s.length() && (s.charAt(i) == ';' || s.charAt(i) == ',')) {
            i = skipSpace(s, i + 1);
        }
        String rest = s.substring(i);
        if (rest.length() >= 3 && rest.substring(0, 3).equalsIgnoreCase("url")) {
            int j = skipSpace(rest, 3);
            if (j < rest.length() && rest.charAt(j) == '=') {
                rest = rest.substring(skipSpace(rest, j + 1));
            }
        }
        if (!rest.isEmpty() && (rest.charAt(0) == '"' || rest.charAt(0) == '\'')) {
            int close = rest.indexOf(rest.charAt(0), 1);
            rest = close < 0 ? rest.substring(1) : rest.substring(1, close);
        }
        rest = rest.trim();
        return new Refresh(delay, rest.isEmpty() ? null : rest);
    }

    private static boolean html(String contentType) {
        if (contentType == null) {
            return true;
        }
        String t = contentType.toLowerCase(Locale.ROOT);
        return t.contains("html");
    }

    private static String unquote(String value) {
        char first = value.charAt(0);
        return (first == '"' || first == '\'') && value.length() >= 2 ? value.substring(1, value.length() - 1)
                : value;
    }

    private static int skipSpace(String s, int from) {
        int i = from;
        while (i < s.length() && space(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }
}
