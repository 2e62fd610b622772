package newsflow.ingest.fetch;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Refuses URLs whose host resolves to an address ingest must not reach (server-side request forgery
 * protection, OWASP SSRF Prevention Cheat Sheet): every address of the host is checked, and one bad address
 * refuses the host. Refused by default: unspecified ({@code 0.0.0.0/8}, {@code ::}), loopback
 * ({@code 127.0.0.0/8}, {@code ::1}) unless allowed by configuration, private (RFC 1918 {@code 10/8},
 * {@code 172.16/12}, {@code 192.168/16}), carrier-grade NAT ({@code 100.64/10}), link-local ({@code 169.254/16},
 * which holds the cloud metadata address {@code 169.254.169.254}, and {@code fe80::/10}), IPv6 unique-local
 * {@code fc00::/7} (so {@code fd00::/8} and {@code fd00:ec2::254}), site-local {@code fec0::/10}, multicast,
 * benchmark {@code 198.18/15}, IETF {@code 192.0.0/24}, reserved {@code 240/4}, and IPv4 addresses embedded in
 * IPv4-compatible / NAT64 IPv6 addresses when the embedded address is refused.
 * Known gap: the HTTP client resolves the host again when it connects, so a DNS answer that changes between
 * the check and the connection (DNS rebinding) is not caught.
 */
public final class AddressGuard {
    /** Resolves a host name to all its addresses. */
    @FunctionalInterface
    public interface Resolver {
        /**
         * @param host a host name or literal address
         * @return every address
         * @throws UnknownHostException when the name does not resolve
         */
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowLoopback;
    private final Resolver resolver;

    /**
     * @param allowLoopback true to allow loopback addresses (the demo site is on 127.0.0.1)
     * @param resolver      the name resolver, {@code InetAddress::getAllByName} in production
     */
    public AddressGuard(boolean allowLoopback, Resolver resolver) {
        this.allowLoopback = allowLoopback;
        this.resolver = resolver;
    }

    /**
     * @param host the URL host (brackets around an IPv6 literal allowed)
     * @throws FetchRefusedException with reason {@code address-refused} when any address is refused
     * @throws IOException           when the host does not resolve ({@link UnknownHostException})
     */
    public void check(String host) throws FetchRefusedException, IOException {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        for (InetAddress a : resolver.resolve(h)) {
            String why = refusal(a);
            if (why != null) {
                throw new FetchRefusedException("address-refused",
                        "host " + host + " resolves to " + a.getHostAddress() + " (" + why + ")");
            }
        }
    }

    /**
     * @param a an address
     * @return why it is refused, or null when it may be reached
     */
    public String refusal(InetAddress a) {
        if (a.isLoopbackAddress()) {
            return allowLoopback ? null : "loopback";
        }
        if (a.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (a.isLinkLocalAddress()) {
            return "link-local or metadata";
        }
        if (a.isSiteLocalAddress()) {
            return "private";
        }
        if (a.isMulticastAddress()) {
            return "multicast";
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            return refusalV4(b);
        }
        if (a instanceof Inet6Address) {
            int first = b[0] & 0xFF;
            if ((first & 0xFE) == 0xFC) {
                return "unique-local";
            }
            if (isEmbeddedV4(b)) {
                byte[] v4 = {b[12], b[13], b[14], b[15]};
                try {
                    String why = refusal(InetAddress.getByAddress(v4));
                    return why == null ? null : "embedded IPv4 " + why;
                } catch (UnknownHostException e) {
                    return "malformed";
                }
            }
        }
        return null;
    }

    private static String refusalV4(byte[] b) {
        int a0 = b[0] & 0xFF;
        int a1 = b[1] & 0xFF;
        if (a0 == 0) {
            return "unspecified";
        }
        if (a0 == 100 && (a1 & 0xC0) == 64) {
            return "carrier-grade NAT";
        }
        if (a0 == 192 && a1 == 0 && (b[2] & 0xFF) == 0) {
            return "IETF protocol assignments";
        }
        if (a0 == 198 && (a1 == 18 || a1 == 19)) {
            return "benchmark";
        }
        if (a0 >= 240) {
            return "reserved";
        }
        return null;
    }

    /** IPv4-compatible {@code ::a.b.c.d} or NAT64 {@code 64:ff9b::a.b.c.d}. */
    private static boolean isEmbeddedV4(byte[] b) {
        boolean nat64 = (b[0] & 0xFF) == 0x00 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF
                && (b[3] & 0xFF) == 0x9B;
        boolean zeros = true;
        for (int i = nat64 ? 4 : 0; i < 12; i++) {
            if (b[i] != 0) {
                zeros = false;
                break;
            }
        }
        return zeros && (nat64 || b[12] != 0 || b[13] != 0);
    }
}
