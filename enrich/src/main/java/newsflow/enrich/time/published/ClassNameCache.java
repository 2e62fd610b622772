package newsflow.enrich.time.published;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Remembers a test's answer per class/id string: pages repeat the same few hundred class names, so each is
 * examined once. Thread-safe; emptied when it reaches {@link #MAX_ENTRIES} so that it stays small.
 */
final class ClassNameCache {

    /** Entries kept before the cache is emptied. */
    static final int MAX_ENTRIES = 20_000;

    private final Map<String, Boolean> answers = new ConcurrentHashMap<>();
    private final Predicate<String> test;

    /** @param test the test of a lower-case "class id" string */
    ClassNameCache(Predicate<String> test) {
        this.test = test;
    }

    /**
     * @param names the element's class and id, joined by a space
     * @return the test's answer
     */
    boolean test(String names) {
        Boolean known = answers.get(names);
        if (known != null) {
            return known;
        }
        if (answers.size() >= MAX_ENTRIES) {
            answers.clear();
        }
        boolean answer = test.test(names);
        answers.put(names, answer);
        return answer;
    }
}
