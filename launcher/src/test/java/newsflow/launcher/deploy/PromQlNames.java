package newsflow.launcher.deploy;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the metric names a PromQL expression selects (Prometheus query language, prometheus.io/docs/prometheus/
 * latest/querying/basics): every identifier that is not a function call, an aggregation operator, a keyword, a
 * label inside {@code {…}}, {@code by (…)}, {@code without (…)}, {@code on (…)}, {@code ignoring (…)},
 * {@code group_left (…)} or {@code group_right (…)}, a string, a number or duration, a range in {@code […]}, or a
 * Grafana variable ({@code $__rate_interval}, {@code ${var}}). A selector written {@code {__name__="x"}} names
 * {@code x}; a {@code __name__} regular expression names nothing that can be checked and is skipped.
 * Not a full parser: it accepts what a valid query contains and does not reject invalid ones.
 */
final class PromQlNames {
    /** Aggregation operators: keywords even when not followed by a parenthesis ({@code sum by (x) (…)}). */
    static final Set<String> AGGREGATIONS = Set.of("sum", "min", "max", "avg", "group", "stddev", "stdvar",
            "count", "count_values", "bottomk", "topk", "quantile", "limitk", "limit_ratio");
    /** Keywords followed by a parenthesised label list. */
    static final Set<String> LABEL_LIST_KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left",
            "group_right");
    /** Other keywords: set operators, modifiers, special numbers. */
    static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "offset", "bool", "atan2", "inf", "nan");

    private PromQlNames() {
    }

    /**
     * @param expr a PromQL expression, possibly with Grafana variables
     * @return the metric names it selects, sorted
     */
    static Set<String> metricNames(String expr) {
        Set<String> names = new TreeSet<>();
        int i = 0;
        int n = expr.length();
        while (i < n) {
            char c = expr.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = skipString(expr, i);
            } else if (c == '#') {
                while (i < n && expr.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '{') {
                i = readMatchers(expr, i, names);
            } else if (c == '[') {
                i = skipTo(expr, i, ']');
            } else if (c == '$') {
                i++;
                if (i < n && expr.charAt(i) == '{') {
                    i = skipTo(expr, i, '}');
                } else {
                    while (i < n && isIdentPart(expr.charAt(i))) {
                        i++;
                    }
                }
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(expr.charAt(i + 1)))) {
                while (i < n && (Character.isLetterOrDigit(expr.charAt(i)) || expr.charAt(i) == '.'
                        || expr.charAt(i) == '_')) {
                    i++;
                }
            } else if (isIdentStart(c)) {
                int start = i;
                while (i < n && isIdentPart(expr.charAt(i))) {
                    i++;
                }
                String ident = expr.substring(start, i);
                String word = ident.toLowerCase(Locale.ROOT);
                int next = skipSpace(expr, i);
                boolean call = next < n && expr.charAt(next) == '(';
                if (LABEL_LIST_KEYWORDS.contains(word)) {
                    if (call) {
                        i = skipTo(expr, next, ')');
                    }
                } else if (!call && !AGGREGATIONS.contains(word) && !KEYWORDS.contains(word)) {
                    names.add(ident);
                }
            } else {
                i++;
            }
        }
        return names;
    }

    /** Reads a {@code {…}} label matcher list from {@code open}, adding a {@code __name__="x"} name; returns the index after it. */
    private static int readMatchers(String expr, int open, Set<String> names) {
        int i = open + 1;
        int n = expr.length();
        while (i < n && expr.charAt(i) != '}') {
            char c = expr.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = skipString(expr, i);
            } else if (expr.startsWith("__name__", i) && (i == 0 || !isIdentPart(expr.charAt(i - 1)))) {
                int j = skipSpace(expr, i + "__name__".length());
                if (j < n && expr.charAt(j) == '=' && (j + 1 >= n || "~=".indexOf(expr.charAt(j + 1)) < 0)) {
                    int q = skipSpace(expr, j + 1);
                    int end = skipString(expr, q);
                    if (end > q + 1) {
                        names.add(expr.substring(q + 1, end - 1));
                    }
                    i = end;
                } else {
                    i = j;
                }
            } else {
                i++;
            }
        }
        return Math.min(i + 1, n);
    }

    /** @return the index after the string literal opening at {@code open} (backslash escapes, except in backticks) */
    private static int skipString(String expr, int open) {
        if (open >= expr.length()) {
            return open;
        }
        char quote = expr.charAt(open);
        if (quote != '"' && quote != '\'' && quote != '`') {
            return open;
        }
        int i = open + 1;
        while (i < expr.length() && expr.charAt(i) != quote) {
            i += expr.charAt(i) == '\\' && quote != '`' ? 2 : 1;
        }
        return Math.min(i + 1, expr.length());
    }

    /** @return the index after the {@code close} matching the bracket at {@code open}, skipping strings and nesting */
    private static int skipTo(String expr, int open, char close) {
        char openChar = expr.charAt(open);
        int depth = 0;
        int i = open;
        while (i < expr.length()) {
            char c = expr.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = skipString(expr, i);
                continue;
            }
            if (c == openChar) {
                depth++;
            } else if (c == close && --depth == 0) {
                return i + 1;
            }
            i++;
        }
        return i;
    }

    private static int skipSpace(String expr, int i) {
        while (i < expr.length() && Character.isWhitespace(expr.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
    }

    private static boolean isIdentPart(char c) {
        return isIdentStart(c) || (c >= '0' && c <= '9');
    }
}
