package newsflow.ingest.fetch;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A fetch abandoned in its redirect chain: a loop (a target already requested in this fetch) or more redirects
 * than {@code ingest.max.redirects}. Unlike the other {@link FetchRefusedException}s it is not final: a consent
 * or interstitial wall that sets a cookie and sends the client round in circles often lets the next visit
 * through, so ingest retries it later with backoff and dead-letters it, with the chain, only after the attempt
 * limit (issue 12 item 5).
 */
public final class RedirectChainException extends FetchRefusedException {
    private static final long serialVersionUID = 1L;
    private final transient List<RedirectHop> chain;

    /**
     * @param kind  what is wrong with the chain ({@link RedirectClassifier.Kind#LOOP} or
     *              {@link RedirectClassifier.Kind#TOO_LONG}, or {@code CONSENT} when the loop passes a consent page)
     * @param chain every response of the fetch, the first request first
     */
    public RedirectChainException(RedirectClassifier.Kind kind, List<RedirectHop> chain) {
        super(kind.reason(), kind.reason() + ": " + describe(chain));
        this.chain = List.copyOf(chain);
    }

    /** @return every response of the fetch, the first request first */
    public List<RedirectHop> chain() {
        return chain;
    }

    /**
     * @param chain a redirect chain
     * @return the chain on one line, hop by hop ({@code a -302-> b; b -302-> a})
     */
    public static String describe(List<RedirectHop> chain) {
        return chain.stream().map(RedirectHop::toString).collect(Collectors.joining("; "));
    }
}
