package newsflow.enrich.topic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The IPTC Media Topics vocabulary (version 2023-10-24, IPTC, CC BY 4.0, see NOTICE), loaded once from the
 * classpath resource {@value #RESOURCE}: tab-separated {@code qcode, level, parent, top, name_en,
 * definition_en, retired}, {@code #} comment lines. Immutable and thread-safe.
 */
public final class MediaTopics {
    /** Classpath location of the vocabulary file. */
    public static final String RESOURCE = "/newsflow/iptc/mediatopics.tsv";
    private static final int COLUMNS = 7;

    private static final class Holder {
        private static final MediaTopics INSTANCE = load(RESOURCE);
    }

    private final Map<String, MediaTopic> byCode;
    private final List<MediaTopic> topLevel;

    private MediaTopics(Map<String, MediaTopic> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
        List<MediaTopic> tops = new ArrayList<>();
        for (MediaTopic t : byCode.values()) {
            if (t.isTopLevel()) {
                tops.add(t);
            }
        }
        this.topLevel = List.copyOf(tops);
    }

    /** @return the vocabulary shipped in the jar (loaded on first use) */
    public static MediaTopics get() {
        return Holder.INSTANCE;
    }

    /**
     * Loads a vocabulary file from the classpath.
     *
     * @param resource absolute classpath name
     * @return the vocabulary
     * @throws IllegalStateException when the resource is missing or a line is malformed
     */
    static MediaTopics load(String resource) {
        Map<String, MediaTopic> map = new LinkedHashMap<>();
        TsvResource.read(resource, (n, f) -> {
            if (f.length != COLUMNS) {
                throw new IllegalStateException(resource + ":" + n + ": expected " + COLUMNS + " columns");
            }
            MediaTopic t = new MediaTopic(f[0], Integer.parseInt(f[1]), f[2].isEmpty() ? null : f[2], f[3],
                    f[4], f[5], f[6].isEmpty() ? null : LocalDate.parse(f[6]));
            map.put(t.code(), t);
        });
        return new MediaTopics(map);
    }

    /** @param code a qcode such as {@code medtop:20000639} @return the concept, if the code is known */
    public Optional<MediaTopic> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /**
     * @param code a known qcode
     * @return the concept
     * @throws IllegalArgumentException for an unknown code
     */
    public MediaTopic require(String code) {
        MediaTopic t = code == null ? null : byCode.get(code);
        if (t == null) {
            throw new IllegalArgumentException("unknown IPTC Media Topic: " + code);
        }
        return t;
    }

    /** @return the broader concept, empty for a top-level subject or an unknown code */
    public Optional<MediaTopic> parent(String code) {
        return find(code).map(MediaTopic::parent).flatMap(this::find);
    }

    /** @return the top-level ancestor (the concept itself at level 1), empty for an unknown code */
    public Optional<MediaTopic> topLevel(String code) {
        return find(code).map(MediaTopic::top).flatMap(this::find);
    }

    /** @return the English label, empty for an unknown code */
    public Optional<String> label(String code) {
        return find(code).map(MediaTopic::label);
    }

    /** @return true when the code is known and retired */
    public boolean isRetired(String code) {
        return find(code).map(MediaTopic::isRetired).orElse(false);
    }

    /** @return the 17 top-level subjects in vocabulary order */
    public List<MediaTopic> topLevelSubjects() {
        return topLevel;
    }

    /** @return the number of concepts, retired ones included */
    public int size() {
        return byCode.size();
    }
}
