package newsflow.launcher.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The PromQL name reader: metric names in, functions, operators, labels, strings and variables out. */
class PromQlNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '^', value = {
            // bare selectors, with matchers, ranges and offsets
            "up => up",
            "newsflow_sink_db_errors_total{job=\"sink\"} => newsflow_sink_db_errors_total",
            "rate(newsflow_ingest_fetches_total[5m]) => newsflow_ingest_fetches_total",
            "rate(newsflow_ingest_fetches_total[$__rate_interval] offset 1h) => newsflow_ingest_fetches_total",
            "max_over_time(x_total[1h:5m]) => x_total",
            // aggregations with the label list before or after, and without
            "sum by (outcome) (rate(a_total[5m])) => a_total",
            "sum(rate(a_total[5m])) by (outcome, job) => a_total",
            "SUM WITHOUT (instance) (a_total) => a_total",
            "topk(5, sum by (source) (increase(b_total[1h]))) => b_total",
            "count_values(\"version\", build_info) => build_info",
            "quantile(0.9, c_seconds_max) => c_seconds_max",
            // nested functions and binary operators, vector matching
            "histogram_quantile(0.95, sum by (le) (rate(h_seconds_bucket[5m]))) => h_seconds_bucket",
            "sum(rate(s_seconds_sum[5m])) / sum(rate(s_seconds_count[5m])) => s_seconds_count,s_seconds_sum",
            "a_total / on (job) group_left (version) b_info => a_total,b_info",
            "a_total > bool 3 and ignoring (x) b_total unless c_total => a_total,b_total,c_total",
            // strings, regular expressions and variables never become names
            "label_replace(up, \"dst\", \"$1\", \"job\", \"(sum|rate)\") => up",
            "m_total{outcome!~\"ok|not_modified\", source=~\"${source:regex}\"} => m_total",
            "m_total{path=\"a}b{c\"} => m_total",
            "rate(m_total[${interval}]) * ${factor} => m_total",
            // recording-rule names, __name__ selectors, numbers
            "job:rate5m:sum > 1e3 => job:rate5m:sum",
            "{__name__=\"named_total\", job=\"x\"} => named_total",
            "{__name__=~\"newsflow_.*\"} => ",
            "vector(1) + 0.5 => ",
    })
    void readsTheMetricNamesOfAQuery(String expr, String expected) {
        Set<String> want = expected == null ? Set.of() : Set.of(expected.split(","));
        assertThat(PromQlNames.metricNames(expr)).containsExactlyInAnyOrderElementsOf(want);
    }
}
