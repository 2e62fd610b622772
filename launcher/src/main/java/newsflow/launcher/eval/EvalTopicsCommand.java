package newsflow.launcher.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import newsflow.common.model.TopicTag;
import newsflow.enrich.topic.TopicTagger;
import newsflow.launcher.eval.topics.LabeledText;
import newsflow.launcher.eval.topics.SeedTopicCheck;
import newsflow.launcher.eval.topics.TopLevelScore;
import newsflow.launcher.eval.topics.TopicEvalSets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsflow eval topics}: top-level macro-F1, the lowest class F1, precision, recall and F1 per class and
 * the confusion matrix on BBC News 5-class (en) and ANT (ar), the seed page's required topics, documents per second (one thread) and heap after loading.
 */
@Command(name = "topics", mixinStandardHelpOptions = true,
        description = "IPTC topic tagging: top-level macro-F1 on BBC (en) and ANT (ar), the seed page, throughput.")
public final class EvalTopicsCommand implements Callable<Integer> {
    private static final double NANOS_PER_SECOND = 1e9;
    private static final long MIB = 1024 * 1024;

    @Option(names = "--data", description = "Evaluation folder (default: ${DEFAULT-VALUE}).",
            defaultValue = "../shared/eval")
    Path data;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(data)) {
            System.err.println("eval topics: no evaluation folder " + data);
            return 2;
        }
        TopicTagger tagger = new TopicTagger();
        tagger.tag("warm up", "loading the lexicons", "en");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long docs = 0;
        long nanos = 0;
        long cpuNanos = 0;
        for (String set : List.of("bbc", "ant")) {
            List<LabeledText> texts = "bbc".equals(set) ? TopicEvalSets.bbc(data) : TopicEvalSets.ant(data);
            TopLevelScore score = new TopLevelScore();
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            for (LabeledText t : texts) {
                List<TopicTag> tags = tagger.tag(t.title(), t.text(), t.lang());
                score.add(t.expectedTop(), TopLevelScore.predictedTop(tags));
            }
            long took = System.nanoTime() - start;
            cpuNanos += threads.getCurrentThreadCpuTime() - cpuStart;
            docs += texts.size();
            nanos += took;
            System.out.printf(java.util.Locale.ROOT, "%s (%s): %d documents, top-level macro-F1 %.3f, lowest class F1 %.3f, "
                            + "accuracy %.3f, %.0f docs/s%n",
                    set, texts.isEmpty() ? "-" : texts.get(0).lang(), score.total(), score.macroF1(), score.minF1(),
                    score.accuracy(), texts.size() * NANOS_PER_SECOND / Math.max(1, took));
            System.out.println(score.perClass());
            System.out.println(score.report());
        }
        boolean seedOk = true;
        if (Files.exists(data.resolve(SeedTopicCheck.EXPECTED))) {
            for (SeedTopicCheck.Edition e : SeedTopicCheck.run(data, tagger)) {
                seedOk &= e.passed();
                System.out.printf(java.util.Locale.ROOT, "seed page %s: %s %s%s%n", e.lang(), e.passed() ? "PASS" : "FAIL", e.codes(),
                        e.passed() ? "" : " " + e.problems());
            }
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf(java.util.Locale.ROOT, "throughput: %.0f documents/s wall clock, %.0f documents per CPU second (one thread, %d "
                        + "documents); heap used after GC: %d MiB%n",
                docs * NANOS_PER_SECOND / Math.max(1, nanos), docs * NANOS_PER_SECOND / Math.max(1, cpuNanos), docs,
                (rt.totalMemory() - rt.freeMemory()) / MIB);
        return seedOk ? 0 : 1;
    }
}
