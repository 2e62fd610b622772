package newsflow.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A body subscriber that keeps at most {@code maxBytes} bytes. When the body grows past the cap it cancels the
 * transfer and completes with its first {@code maxBytes} bytes and {@link Body#tooLarge()} set, so a huge or endless
 * body costs at most the cap in memory (and a feed can be read up to the cap).
 */
final class CappedBodySubscriber implements HttpResponse.BodySubscriber<CappedBodySubscriber.Body> {
    /**
     * @param bytes    the bytes received, the first {@code maxBytes} of a larger body
     * @param tooLarge true when the body exceeded the cap and was cut off
     */
    record Body(byte[] bytes, boolean tooLarge) {
    }

    private final long maxBytes;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final CompletableFuture<Body> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    CappedBodySubscriber(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public CompletionStage<Body> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer b : items) {
            if (buffer.size() + (long) b.remaining() > maxBytes) {
                byte[] head = new byte[(int) (maxBytes - buffer.size())]; // the body up to the cap, exactly
                b.get(head);
                buffer.write(head, 0, head.length);
                subscription.cancel();
                result.complete(new Body(buffer.toByteArray(), true));
                return;
            }
            byte[] chunk = new byte[b.remaining()];
            b.get(chunk);
            buffer.write(chunk, 0, chunk.length);
        }
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(new Body(buffer.toByteArray(), false));
    }
}
