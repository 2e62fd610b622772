package newsflow.launcher.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A Dockerfile read as its instructions (docs.docker.com/reference/dockerfile): comments dropped, lines joined
 * at a trailing backslash, each instruction numbered by its build stage (a stage starts at each {@code FROM}),
 * and the checks the image needs: the dependency layer apart from the sources, pinned base images, a non-root
 * runtime user, the exposed ports, the healthcheck tool and the directories volumes mount on.
 */
final class DockerfileInstructions {
    /** One instruction: its stage (0 = the first FROM), keyword in upper case, and arguments. */
    record Instruction(int stage, String keyword, String args) {
    }

    private final List<Instruction> instructions;

    private DockerfileInstructions(List<Instruction> instructions) {
        this.instructions = instructions;
    }

    /**
     * @param text the Dockerfile
     * @return its instructions
     */
    static DockerfileInstructions parse(String text) {
        List<Instruction> out = new ArrayList<>();
        int stage = -1;
        StringBuilder pending = new StringBuilder();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("#") || (line.isEmpty() && pending.isEmpty())) {
                continue;
            }
            if (line.endsWith("\\")) {
                pending.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            String full = (pending + line).strip();
            pending.setLength(0);
            if (full.isEmpty()) {
                continue;
            }
            int space = full.indexOf(' ');
            String keyword = (space < 0 ? full : full.substring(0, space)).toUpperCase(Locale.ROOT);
            String args = space < 0 ? "" : full.substring(space + 1).strip();
            if (keyword.equals("FROM")) {
                stage++;
            }
            out.add(new Instruction(Math.max(stage, 0), keyword, args));
        }
        return new DockerfileInstructions(out);
    }

    /** @return every instruction, in order */
    List<Instruction> all() {
        return instructions;
    }

    private int lastStage() {
        return instructions.isEmpty() ? 0 : instructions.get(instructions.size() - 1).stage();
    }

    private List<Instruction> finalStage() {
        int last = lastStage();
        return instructions.stream().filter(i -> i.stage() == last).toList();
    }

    /**
     * The dependency layer: the root POM and every module's POM are copied, and {@code dependency:go-offline}
     * runs, before any source is copied; each module's sources are copied after it.
     *
     * @param modules the modules of the parent POM
     */
    List<String> dependencyLayerProblems(List<String> modules) {
        List<String> problems = new ArrayList<>();
        int goOffline = -1;
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i).keyword().equals("RUN") && instructions.get(i).args().contains("go-offline")) {
                goOffline = i;
                break;
            }
        }
        if (goOffline < 0) {
            return List.of("no RUN mvn dependency:go-offline: every source change downloads the dependencies again");
        }
        Set<String> copiedBefore = new TreeSet<>();
        Set<String> copiedAfter = new TreeSet<>();
        for (int i = 0; i < instructions.size(); i++) {
            Instruction in = instructions.get(i);
            if (!in.keyword().equals("COPY") || in.args().startsWith("--from")) {
                continue;
            }
            List<String> sources = copySources(in.args());
            for (String src : sources) {
                if (i < goOffline) {
                    if (!src.equals("pom.xml") && !src.endsWith("/pom.xml")) {
                        problems.add("COPY " + src + " comes before dependency:go-offline: a source change would"
                                + " invalidate the dependency layer");
                    }
                    copiedBefore.add(src);
                } else {
                    copiedAfter.add(src);
                }
            }
        }
        if (!copiedBefore.contains("pom.xml")) {
            problems.add("the parent pom.xml is not copied before dependency:go-offline");
        }
        for (String m : modules) {
            if (!copiedBefore.contains(m + "/pom.xml")) {
                problems.add("module " + m + ": its pom.xml is not copied before dependency:go-offline");
            }
            if (!copiedAfter.contains(m + "/src") && !copiedAfter.contains(".")) {
                problems.add("module " + m + ": its sources (" + m + "/src) are not copied after the dependency layer");
            }
        }
        return problems;
    }

    /** @return the source paths of a COPY's arguments (all but the last word; flags dropped; ./ prefix dropped) */
    private static List<String> copySources(String args) {
        List<String> words = new ArrayList<>();
        for (String w : args.split("\\s+")) {
            if (!w.startsWith("--")) {
                words.add(w.startsWith("./") && w.length() > 2 ? w.substring(2) : w);
            }
        }
        return words.size() < 2 ? List.of() : words.subList(0, words.size() - 1);
    }

    /** @return the base images (FROM) that are not pinned to a version, stage aliases excepted */
    List<String> unpinnedBaseImages() {
        Set<String> aliases = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (Instruction in : instructions) {
            if (!in.keyword().equals("FROM")) {
                continue;
            }
            String[] words = in.args().replaceAll("--\\S+\\s+", "").split("\\s+");
            String image = words[0];
            if (!aliases.contains(image) && !ComposeChecks.pinned(image)) {
                problems.add("FROM " + image + " is not pinned to a version");
            }
            if (words.length >= 3 && words[1].equalsIgnoreCase("AS")) {
                aliases.add(words[2]);
            }
        }
        return problems;
    }

    /** @return the user the final image runs as (the last USER of the final stage), or "root" when none */
    String runtimeUser() {
        String user = "root";
        for (Instruction in : finalStage()) {
            if (in.keyword().equals("USER")) {
                user = in.args();
            }
        }
        return user;
    }

    /** @return true when the final image runs as root (no USER, {@code root} or uid 0) */
    boolean runsAsRoot() {
        String name = runtimeUser().split(":")[0];
        return name.equals("root") || name.equals("0");
    }

    /** @return the ports the final stage EXPOSEs */
    Set<Integer> exposedPorts() {
        Set<Integer> out = new TreeSet<>();
        for (Instruction in : finalStage()) {
            if (in.keyword().equals("EXPOSE")) {
                for (String p : in.args().split("\\s+")) {
                    out.add(Integer.valueOf(p.replaceFirst("/(tcp|udp)$", "")));
                }
            }
        }
        return out;
    }

    /** @return true when a RUN of the final stage installs the program (apt-get / apk / microdnf install …) */
    boolean installs(String program) {
        return finalStage().stream().anyMatch(in -> in.keyword().equals("RUN") && in.args().contains("install")
                && List.of(in.args().split("[\\s;&|]+")).contains(program));
    }

    /**
     * @param dir a directory a volume is mounted on
     * @return true when a RUN of the final stage creates it ({@code mkdir}) and gives it (or a parent) to a user
     *         ({@code chown}), so that an empty named volume starts with that ownership
     */
    boolean createsOwnedDirectory(String dir) {
        boolean made = false;
        boolean owned = false;
        for (Instruction in : finalStage()) {
            if (!in.keyword().equals("RUN")) {
                continue;
            }
            for (String command : in.args().split("&&|;")) {
                List<String> w = List.of(command.strip().split("\\s+"));
                if (w.isEmpty()) {
                    continue;
                }
                if (w.get(0).equals("mkdir") && w.contains(dir)) {
                    made = true;
                }
                if (w.get(0).equals("chown")) {
                    owned |= w.stream().skip(1).filter(a -> a.startsWith("/"))
                            .anyMatch(p -> dir.equals(p) || dir.startsWith(p.endsWith("/") ? p : p + "/"));
                }
            }
        }
        return made && owned;
    }
}
