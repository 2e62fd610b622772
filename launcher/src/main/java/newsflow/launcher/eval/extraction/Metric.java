package newsflow.launcher.eval.extraction;

/**
 * One line of the evaluation table.
 *
 * @param set   data set name (e.g. {@code aeb})
 * @param name  metric name (e.g. {@code F1})
 * @param value the value (a share 0..1 unless the name says otherwise)
 * @param n     documents the value is over
 * @param note  target or comparison anchor, or empty
 */
public record Metric(String set, String name, double value, int n, String note) {
}
