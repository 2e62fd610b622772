package newsflow.launcher.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A Grafana dashboard JSON model (grafana.com/docs/grafana/latest/dashboards/build-dashboards/view-dashboard-json-
 * model): its panels, including those nested in collapsed rows, with each query's PromQL expression and the
 * datasource it names.
 */
public final class GrafanaDashboard {
    private final JsonNode root;
    private final List<Panel> panels;

    private GrafanaDashboard(JsonNode root, List<Panel> panels) {
        this.root = root;
        this.panels = panels;
    }

    /** One query of a panel. */
    record Query(String expr, String datasourceUid) {
    }

    /** One panel that queries data (rows excluded). */
    record Panel(String title, String datasourceUid, List<Query> queries) {
    }

    /**
     * @param json the dashboard's text
     * @return the dashboard
     * @throws IllegalArgumentException when the text is not JSON or has no {@code panels} array
     */
    public static GrafanaDashboard parse(String json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("dashboard is not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.path("panels").isArray()) {
            throw new IllegalArgumentException("dashboard has no panels array");
        }
        List<Panel> panels = new ArrayList<>();
        collect(root.path("panels"), panels);
        return new GrafanaDashboard(root, panels);
    }

    private static void collect(JsonNode array, List<Panel> out) {
        for (JsonNode p : array) {
            if ("row".equals(p.path("type").asText())) {
                collect(p.path("panels"), out);
                continue;
            }
            List<Query> queries = new ArrayList<>();
            for (JsonNode t : p.path("targets")) {
                queries.add(new Query(t.path("expr").asText(""), uid(t.get("datasource"))));
            }
            out.add(new Panel(p.path("title").asText(""), uid(p.get("datasource")), queries));
        }
    }

    /** @return the uid of a datasource reference ({@code {"type":…,"uid":…}}), or null (the default datasource) */
    private static String uid(JsonNode ref) {
        if (ref == null || ref.isNull()) {
            return null;
        }
        return ref.isObject() ? ref.path("uid").asText(null) : ref.asText(null);
    }

    /** @return the dashboard's uid */
    String uid() {
        return root.path("uid").asText(null);
    }

    /** @return the panels that query data */
    List<Panel> panels() {
        return panels;
    }

    /** @return every metric name the queries select, sorted */
    public Set<String> metricNames() {
        Set<String> out = new TreeSet<>();
        panels.forEach(p -> p.queries().forEach(q -> out.addAll(PromQlNames.metricNames(q.expr()))));
        return out;
    }

    /**
     * @param provisioned the uids of the provisioned datasources
     * @return panels or queries that name no datasource, or one that is not provisioned
     */
    List<String> datasourceProblems(Set<String> provisioned) {
        List<String> problems = new ArrayList<>();
        for (Panel p : panels) {
            if (p.datasourceUid() == null || !provisioned.contains(p.datasourceUid())) {
                problems.add("panel '" + p.title() + "' uses datasource " + p.datasourceUid()
                        + ", not one of the provisioned " + provisioned);
            }
            for (Query q : p.queries()) {
                if (q.datasourceUid() != null && !provisioned.contains(q.datasourceUid())) {
                    problems.add("a query of panel '" + p.title() + "' uses datasource " + q.datasourceUid());
                }
                if (q.expr().isBlank()) {
                    problems.add("panel '" + p.title() + "' has a query without an expression");
                }
            }
            if (p.queries().isEmpty()) {
                problems.add("panel '" + p.title() + "' has no query");
            }
        }
        return problems;
    }

    /**
     * The comparison "the dashboard's metrics are exported": the names its queries select that none of the given
     * scrapes contains (and Prometheus does not add itself).
     *
     * @param scrapes the text of {@code GET /metrics} of each service (Prometheus text format)
     * @return the missing names, sorted; empty when every query can find data
     */
    public Set<String> missingFrom(String... scrapes) {
        return PrometheusScrape.missing(metricNames(), scrapes);
    }
}
