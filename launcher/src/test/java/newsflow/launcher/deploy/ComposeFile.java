package newsflow.launcher.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A Compose file (the Compose Specification, compose-spec.io) read as Compose reads it: YAML with anchors, aliases
 * and merge keys ({@code <<: *anchor}) resolved — SnakeYAML's safe loader does all three — then the service
 * attributes the checks need, in both their short and long syntaxes.
 */
final class ComposeFile {
    private final Map<String, Object> root;

    private ComposeFile(Map<String, Object> root) {
        this.root = root;
    }

    /**
     * @param yaml the file's text
     * @return the parsed file
     * @throws IllegalArgumentException when the text is not a YAML mapping with a {@code services} mapping
     */
    static ComposeFile parse(String yaml) {
        Map<String, Object> map = load(yaml);
        mapping(map.get("services"), "services");
        return new ComposeFile(map);
    }

    /**
     * @param yaml a YAML document (also the Prometheus and Grafana provisioning files)
     * @return its top-level mapping, anchors and merge keys resolved
     * @throws IllegalArgumentException when the document is not a mapping
     */
    static Map<String, Object> load(String yaml) {
        return mapping(new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml), "the document");
    }

    /** @return service name → service, in file order */
    Map<String, Service> services() {
        Map<String, Service> out = new LinkedHashMap<>();
        mapping(root.get("services"), "services").forEach((name, body) ->
                out.put(name, new Service(name, mapping(body, "service " + name))));
        return out;
    }

    /** @return the named volumes declared at the top level */
    Set<String> declaredVolumes() {
        Object v = root.get("volumes");
        return v == null ? Set.of() : new TreeSet<>(mapping(v, "volumes").keySet());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> mapping(Object o, String what) {
        if (!(o instanceof Map)) {
            throw new IllegalArgumentException(what + " is not a mapping: " + o);
        }
        return (Map<String, Object>) o;
    }

    /**
     * A list given as a YAML sequence or as one string split on white space (Compose's string form of
     * {@code command} and healthcheck {@code test}).
     */
    static List<String> words(Object o) {
        List<String> out = new ArrayList<>();
        if (o instanceof List<?> list) {
            list.forEach(e -> out.add(String.valueOf(e)));
        } else if (o != null) {
            for (String w : String.valueOf(o).trim().split("\\s+")) {
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /** A volume mount: a named volume or a bind mount ({@code source} starting with {@code .} or {@code /}). */
    record Mount(String source, String target, boolean readOnly) {
        boolean bind() {
            return source.startsWith(".") || source.startsWith("/");
        }
    }

    /** A port: the container port and the host port it is published on (null: an ephemeral host port). */
    record Port(Integer published, int target) {
    }

    /** One service of the file. */
    record Service(String name, Map<String, Object> body) {
        /** @return the image reference, or null */
        String image() {
            Object i = body.get("image");
            return i == null ? null : String.valueOf(i);
        }

        /** @return true when the service is built from this repository ({@code build}) */
        boolean built() {
            return body.containsKey("build");
        }

        /** @return the command's words (the arguments after the image's entry point) */
        List<String> command() {
            return words(body.get("command"));
        }

        /** @return the environment, from its mapping or its {@code KEY=VALUE} list form */
        Map<String, String> environment() {
            Object env = body.get("environment");
            Map<String, String> out = new LinkedHashMap<>();
            if (env instanceof Map<?, ?> m) {
                m.forEach((k, v) -> out.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
            } else if (env instanceof List<?> l) {
                for (Object e : l) {
                    String s = String.valueOf(e);
                    int eq = s.indexOf('=');
                    out.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? null : s.substring(eq + 1));
                }
            }
            return out;
        }

        /** @return the healthcheck's {@code test} words (without a leading CMD / CMD-SHELL), empty when none */
        List<String> healthcheck() {
            Object hc = body.get("healthcheck");
            if (hc == null) {
                return List.of();
            }
            List<String> test = words(mapping(hc, "healthcheck of " + name).get("test"));
            if (!test.isEmpty() && (test.get(0).equals("CMD") || test.get(0).equals("CMD-SHELL"))) {
                test = test.subList(1, test.size());
            }
            return test;
        }

        /** @return the restart policy, or null */
        String restart() {
            Object r = body.get("restart");
            return r == null ? null : String.valueOf(r);
        }

        /** @return the volume mounts, short ({@code src:target[:ro]}) or long syntax */
        List<Mount> volumes() {
            List<Mount> out = new ArrayList<>();
            Object v = body.get("volumes");
            if (v instanceof List<?> list) {
                for (Object e : list) {
                    if (e instanceof Map<?, ?> m) {
                        out.add(new Mount(String.valueOf(m.get("source")), String.valueOf(m.get("target")),
                                Boolean.TRUE.equals(m.get("read_only"))));
                    } else {
                        String[] parts = String.valueOf(e).split(":");
                        out.add(parts.length == 1 ? new Mount("", parts[0], false)
                                : new Mount(parts[0], parts[1], parts.length > 2 && parts[2].contains("ro")));
                    }
                }
            }
            return out;
        }

        /** @return the ports, short ({@code [ip:]host:container}, {@code container}) or long syntax */
        List<Port> ports() {
            List<Port> out = new ArrayList<>();
            Object p = body.get("ports");
            if (p instanceof List<?> list) {
                for (Object e : list) {
                    if (e instanceof Map<?, ?> m) {
                        Object pub = m.get("published");
                        out.add(new Port(pub == null ? null : Integer.valueOf(String.valueOf(pub)),
                                Integer.parseInt(String.valueOf(m.get("target")))));
                    } else {
                        String[] parts = String.valueOf(e).replaceFirst("/(tcp|udp)$", "").split(":");
                        int target = Integer.parseInt(parts[parts.length - 1]);
                        out.add(new Port(parts.length == 1 ? null : Integer.valueOf(parts[parts.length - 2]), target));
                    }
                }
            }
            return out;
        }
    }
}
