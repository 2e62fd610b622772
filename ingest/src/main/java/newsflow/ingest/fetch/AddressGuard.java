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
 * IPv6 addresses when the embedded address is refused: IPv4-compatible {@code ::a.b.c.d}, NAT64
 * {@code 64:ff9b::/96} (RFC 6052) and {@code 64:ff9b:1::/48} (RFC 8215), 6to4 {@code 2002:AABB:CCDD::/48}
 * (RFC 3056: the IPv4 address in bits 16-47) and Teredo {@code 2001:0::/32} (RFC 4380: the client's IPv4 address
 * in the last 32 bits, inverted); IPv4-mapped {@code ::ffff:a.b.c.d} is an IPv4 address to the JDK already.
 * <p>Two uses: {@link #check(String)} before a request (an early, precise refusal, before robots.txt is asked
 * for), and {@link #resolveChecked(String)} as the HTTP client's resolver ({@link GuardedDnsResolver}), so the
 * addresses a connection actually uses are the ones checked, on every redirect hop: a name whose answer changes
 * between the two (DNS rebinding) is refused at connect time.
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
     * Resolves a host and checks every address, for the HTTP client's connection (the addresses returned are the
     * ones it connects to).
     *
     * @param host a host name or literal address (brackets around an IPv6 literal allowed)
     * @return every address of the host, all allowed
     * @throws RefusedAddressException when any address is refused (reason {@code address-refused})
     * @throws UnknownHostException    when the host does not resolve
     */
    public InetAddress[] resolveChecked(String host) throws UnknownHostException, RefusedAddressException {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] all = resolver.resolve(h);
        for (InetAddress a : all) {
            String why = refusal(a);
            if (why != null) {
                throw new RefusedAddressException("host " + host + " resolves at connect time to "
                        + a.getHostAddress() + " (" + why + ")");
            }
        }
        return all;
    }

    /**
     * A refused address met where only an {@link IOException} may be thrown (inside the HTTP client, at
     * connect time); the fetcher turns it into a {@link FetchRefusedException} with reason
     * {@code address-refused}.
     */
    public static final class RefusedAddressException extends IOException {
        private static final long serialVersionUID = 1L;

        /** @param message the host, the address and why it is refused */
        public RefusedAddressException(String message) {
            super(message);
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
            byte[] v4 = embeddedV4(b);
            if (v4 != null) {
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

    /**
     * @param b the 16 bytes of an IPv6 address
     * @return the IPv4 address it embeds (IPv4-compatible, NAT64, 6to4, Teredo client), or null
     */
    static byte[] embeddedV4(byte[] b) {
        int b0 = b[0] & 0xFF;
        int b1 = b[1] & 0xFF;
        if (b0 == 0x20 && b1 == 0x02) { // 6to4, RFC 3056 §2: 2002:V4ADDR::/48
            return new byte[] {b[2], b[3], b[4], b[5]};
        }
        if (b0 == 0x20 && b1 == 0x01 && b[2] == 0 && b[3] == 0) { // Teredo, RFC 4380 §4: client IPv4 inverted
            return new byte[] {(byte) ~b[12], (byte) ~b[13], (byte) ~b[14], (byte) ~b[15]};
        }
        boolean localNat64 = b0 == 0x00 && b1 == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B
                && b[4] == 0 && b[5] == 1; // RFC 8215 64:ff9b:1::/48, the IPv4 address last
        if (localNat64 || isEmbeddedV4(b)) {
            return new byte[] {b[12], b[13], b[14], b[15]};
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
