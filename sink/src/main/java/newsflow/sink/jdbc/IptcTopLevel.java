package newsflow.sink.jdbc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsflow.common.model.TopicTag;

/**
 * The top-level ancestor of an IPTC Media Topics code, from the vocabulary's {@code top} field (IPTC NewsCodes
 * Media Topics, version 2023-10-24, CC BY 4.0, shipped once, in module common, as {@link #RESOURCE}).
 * The top-level topic of an edition follows the evaluation's scoring rule: every tag counts for its top-level
 * ancestor, an ancestor takes the highest score of its tags, and the highest-scoring ancestor wins (the earlier
 * tag on ties, tags being ranked best first).
 */
public final class IptcTopLevel {
    /**
     * Classpath resource (module common, shared with enrich's {@code MediaTopics}): tab-separated lines
     * {@code qcode, level, parent, top, label, definition, retired}; lines starting with {@code #} are comments.
     */
    public static final String RESOURCE = "/newsflow/iptc/mediatopics.tsv";
    private static final int QCODE_COLUMN = 0;
    private static final int TOP_COLUMN = 3;

    private static final IptcTopLevel SHIPPED = load();

    private final Map<String, String> topOf;

    /** @param topOf qcode → top-level qcode */
    public IptcTopLevel(Map<String, String> topOf) {
        this.topOf = Map.copyOf(topOf);
    }

    /** @return the hierarchy of the shipped vocabulary */
    public static IptcTopLevel shipped() {
        return SHIPPED;
    }

    /**
     * @param code a {@code medtop:} qcode
     * @return its top-level ancestor (itself for a top-level code), or empty when the code is unknown
     */
    public Optional<String> topOf(String code) {
        return Optional.ofNullable(code == null ? null : topOf.get(code));
    }

    /**
     * @param tags an edition's tags, best first
     * @return the winning top-level tag: code = top-level qcode, score = the best score among its tags; empty
     *         when no tag has a known code
     */
    public Optional<TopicTag> topTopic(List<TopicTag> tags) {
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        Map<String, Double> scores = new HashMap<>();
        for (TopicTag tag : tags) {
            Optional<String> top = topOf(tag.code());
            if (top.isEmpty()) {
                continue;
            }
            double score = Math.max(tag.score(), scores.getOrDefault(top.get(), Double.NEGATIVE_INFINITY));
            scores.put(top.get(), score);
            if (score > bestScore) {
                best = top.get();
                bestScore = score;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new TopicTag(best, null, bestScore));
    }

    private static IptcTopLevel load() {
        Map<String, String> map = new HashMap<>();
        try (InputStream in = IptcTopLevel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", -1);
                if (parts.length > TOP_COLUMN && !parts[TOP_COLUMN].isBlank()) {
                    map.put(parts[QCODE_COLUMN].trim(), parts[TOP_COLUMN].trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new IptcTopLevel(map);
    }
}
