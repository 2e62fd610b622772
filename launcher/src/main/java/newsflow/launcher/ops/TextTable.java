package newsflow.launcher.ops;

import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for the operator commands: a header row, columns padded to their widest cell (cells longer
 * than {@link #MAX_CELL} characters are cut with an ellipsis), two spaces between columns.
 */
public final class TextTable {
    /** Longest cell printed, in characters. */
    public static final int MAX_CELL = 80;
    private final List<String[]> rows = new ArrayList<>();
    private final int columns;

    /** @param header the column names */
    public TextTable(String... header) {
        this.columns = header.length;
        rows.add(header);
    }

    /**
     * @param cells one row (null prints as {@code -})
     * @return this table
     */
    public TextTable row(Object... cells) {
        String[] r = new String[columns];
        for (int i = 0; i < columns; i++) {
            Object c = i < cells.length ? cells[i] : null;
            String s = c == null ? "-" : c instanceof Instant t ? time(t) : String.valueOf(c);
            s = s.replace('\n', ' ').replace('\r', ' ');
            r[i] = s.length() > MAX_CELL ? s.substring(0, MAX_CELL - 1) + "…" : s;
        }
        rows.add(r);
        return this;
    }

    /** @return the rows added, header excluded */
    public int size() {
        return rows.size() - 1;
    }

    /** @param out where to print the table */
    public void print(PrintStream out) {
        int[] width = new int[columns];
        for (String[] r : rows) {
            for (int i = 0; i < columns; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                line.append(r[i]);
                if (i < columns - 1) {
                    line.append(" ".repeat(width[i] - r[i].length() + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }

    /**
     * @param t an instant, or null
     * @return it in ISO 8601 UTC to the second, or {@code -}
     */
    public static String time(Instant t) {
        return t == null ? "-" : t.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
