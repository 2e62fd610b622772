package newsflow.ingest.fetch;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The HTTP client's name resolver: every address a connection may use passes the {@link AddressGuard} first,
 * so the check and the connection see the same DNS answer (SSRF at connect time, issue 12; DNS rebinding, where
 * a name answers a public address to the check and a private one to the connection, is refused). Apache
 * HttpClient 5 asks it for every new connection, redirect hops included, literal addresses too (the pool reuses a
 * connection only for the route it was opened, and so checked, for). A refused address fails the connection
 * with {@link AddressGuard.RefusedAddressException}, before any socket is opened.
 */
final class GuardedDnsResolver implements DnsResolver {
    private final AddressGuard guard;

    /** @param guard the guard whose resolver and rules apply */
    GuardedDnsResolver(AddressGuard guard) {
        this.guard = guard;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        try {
            return guard.resolveChecked(host);
        } catch (AddressGuard.RefusedAddressException e) {
            throw new RefusedHost(e);
        }
    }

    @Override
    public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
        List<InetSocketAddress> out = new ArrayList<>();
        for (InetAddress a : resolve(host)) {
            out.add(new InetSocketAddress(a, port));
        }
        return out;
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        return host; // only used for Kerberos/SPNEGO, which ingest never does
    }

    /**
     * The refusal in the only checked exception {@link DnsResolver} may throw; its cause is the
     * {@link AddressGuard.RefusedAddressException} the fetcher looks for.
     */
    static final class RefusedHost extends UnknownHostException {
        private static final long serialVersionUID = 1L;

        RefusedHost(AddressGuard.RefusedAddressException cause) {
            super(cause.getMessage());
            initCause(cause);
        }
    }
}
