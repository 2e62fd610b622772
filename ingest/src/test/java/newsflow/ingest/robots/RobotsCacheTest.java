package newsflow.ingest.robots;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import newsflow.ingest.MutableClock;
import newsflow.ingest.robots.RobotsDecision.Verdict;
import org.junit.jupiter.api.Test;

class RobotsCacheTest {
    private static final String ROBOTS_A = "# robots A\nUser-agent: newsbot\nDisallow: /drafts/\n\n"
            + "User-agent: *\nDisallow: /\n";
    private static final String ROBOTS_B = "# robots B\nUser-agent: *\nDisallow: /\n\n"
            + "User-agent: newsbot\nDisallow:\n";

    private final MutableClock clock = new MutableClock(Instant.parse("2024-03-06T12:00:00Z"));
    private final List<String> fetched = new ArrayList<>();

    private RobotsCache cache(String agent, RobotsCache.RobotsFetcher f) {
        return new RobotsCache(url -> {
            fetched.add(url);
            return f.fetch(url);
        }, agent, Duration.ofHours(24), Duration.ofHours(1), clock);
    }

    private static RobotsCache.Response ok(String body) {
        return new RobotsCache.Response(200, body.getBytes(StandardCharsets.UTF_8), "text/plain");
    }

    @Test
    void c27SpecificGroupReplacesStar() {
        RobotsCache a = cache("newsbot", u -> ok(ROBOTS_A));
        assertThat(a.decide("https://news.example/world/story-1").verdict()).isEqualTo(Verdict.ALLOWED);
        assertThat(a.decide("https://news.example/drafts/x").verdict()).isEqualTo(Verdict.DISALLOWED);
        RobotsCache b = cache("newsbot", u -> ok(ROBOTS_B));
        assertThat(b.decide("https://news.example/world/story-1").verdict()).isEqualTo(Verdict.ALLOWED);
        assertThat(b.decide("https://news.example/drafts/x").verdict()).isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void c27OtherAgentFallsBackToStar() {
        for (String robots : List.of(ROBOTS_A, ROBOTS_B)) {
            RobotsCache c = cache("otherbot", u -> ok(robots));
            assertThat(c.decide("https://news.example/world/story-1").verdict()).isEqualTo(Verdict.DISALLOWED);
            assertThat(c.decide("https://news.example/drafts/x").verdict()).isEqualTo(Verdict.DISALLOWED);
        }
    }

    @Test
    void c28ServerErrorMeansDisallowAllCachedBrieflyThenRetried() {
        int[] status = {503};
        RobotsCache c = cache("newsbot", u -> new RobotsCache.Response(status[0],
                "<html><h1>Service Unavailable</h1></html>".getBytes(StandardCharsets.UTF_8), "text/html"));
        RobotsDecision d = c.decide("https://news.example/a/1");
        assertThat(d.verdict()).isEqualTo(Verdict.UNAVAILABLE);
        assertThat(d.retryAt()).isEqualTo(Instant.parse("2024-03-06T13:00:00Z"));
        clock.advance(Duration.ofMinutes(59));
        assertThat(c.decide("https://news.example/a/2").verdict()).isEqualTo(Verdict.UNAVAILABLE);
        assertThat(fetched).hasSize(1);
        status[0] = 200;
        clock.advance(Duration.ofMinutes(1));
        // the error page body is not rules: after the error TTL robots.txt is fetched again
        RobotsCache.Response okBody = ok("User-agent: *\nDisallow: /private/\n");
        RobotsCache c2 = cache("newsbot", u -> status[0] == 200 ? okBody : null);
        assertThat(c2.decide("https://news.example/a/2").verdict()).isEqualTo(Verdict.ALLOWED);
        assertThat(c.decide("https://news.example/a/2").verdict()).isNotEqualTo(Verdict.UNAVAILABLE);
        assertThat(fetched).filteredOn(u -> u.equals("https://news.example/robots.txt")).hasSize(3);
    }

    @Test
    void c28NotFoundMeansAllowAll() {
        RobotsCache c = cache("newsbot", u -> new RobotsCache.Response(404, new byte[0], "text/html"));
        assertThat(c.decide("https://other.example/anything").verdict()).isEqualTo(Verdict.ALLOWED);
        assertThat(c.decide("https://other.example/drafts/x").verdict()).isEqualTo(Verdict.ALLOWED);
        assertThat(fetched).containsExactly("https://other.example/robots.txt");
    }

    @Test
    void c28NetworkFailureMeansDisallowAllTemporarily() {
        RobotsCache c = cache("newsbot", u -> {
            throw new SocketTimeoutException("connect timed out");
        });
        RobotsDecision d = c.decide("https://third.example/a");
        assertThat(d.verdict()).isEqualTo(Verdict.UNAVAILABLE);
        assertThat(d.retryAt()).isEqualTo(clock.instant().plus(Duration.ofHours(1)));
    }

    @Test
    void originsAreCachedSeparately() throws IOException {
        RobotsCache c = cache("newsbot", u -> u.contains("one.example") ? ok("User-agent: *\nDisallow: /\n")
                : ok("User-agent: *\nAllow: /\n"));
        assertThat(c.decide("https://one.example/a").verdict()).isEqualTo(Verdict.DISALLOWED);
        assertThat(c.decide("https://two.example/a").verdict()).isEqualTo(Verdict.ALLOWED);
        assertThat(c.decide("http://two.example:8080/a").verdict()).isEqualTo(Verdict.ALLOWED);
        assertThat(fetched).containsExactly("https://one.example/robots.txt", "https://two.example/robots.txt",
                "http://two.example:8080/robots.txt");
    }

    @Test
    void aRefusedAddressIsNamedOnlyWhenTheGuardRefusedTheConnection() {
        RobotsCache refused = cache("newsbot", u -> {
            throw new RobotsCache.AddressRefused("host news.example resolves at connect time to 10.1.2.3 (private)");
        });
        RobotsDecision d = refused.decide("https://news.example/a/1");
        assertThat(d.verdict()).isEqualTo(Verdict.UNAVAILABLE);
        assertThat(d.refusedAddress()).contains("10.1.2.3");
        assertThat(d.retryAt()).isEqualTo(Instant.parse("2024-03-06T13:00:00Z")); // asked again after the error TTL
        RobotsCache timeout = cache("newsbot", u -> {
            throw new SocketTimeoutException("read timed out");
        });
        assertThat(timeout.decide("https://news.example/a/1").refusedAddress()).isNull();
        RobotsCache down = cache("newsbot", u -> new RobotsCache.Response(503, new byte[0], null));
        assertThat(down.decide("https://news.example/a/1").refusedAddress()).isNull();
    }
}
