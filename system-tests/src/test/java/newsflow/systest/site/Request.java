package newsflow.systest.site;

import java.time.Instant;

/**
 * One request the loopback site received.
 *
 * @param url  the absolute URL requested ({@code http://host:port/path})
 * @param host {@code host:port}, the unit of politeness
 * @param path the request path
 * @param at   when the request arrived
 */
public record Request(String url, String host, String path, Instant at) {
}
