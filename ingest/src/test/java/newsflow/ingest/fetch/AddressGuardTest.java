package newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AddressGuardTest {
    private static InetAddress ip(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"169.254.169.254", "10.0.0.1", "172.16.5.4", "192.168.1.1", "127.0.0.1", "::1",
        "0.0.0.0", "100.64.0.1", "fd00::1", "fd00:ec2::254", "fc00::5", "fe80::1", "224.0.0.1", "::ffff:10.0.0.1",
        "64:ff9b::a9fe:a9fe", "198.18.0.1", "240.0.0.1",
        // 6to4 (RFC 3056): 2002:V4ADDR::/48 around loopback, metadata, private and CGNAT addresses
        "2002:7f00:1::1", "2002:a9fe:a9fe::", "2002:0a00:0001:1::5", "2002:c0a8:0101::", "2002:6440:0001::1",
        // Teredo (RFC 4380): the client's IPv4 address inverted in the last 32 bits
        "2001:0:4136:e378:8000:63bf:80ff:fffe", "2001:0:4136:e378:8000:63bf:5601:5601",
        "2001:0:4136:e378:8000:63bf:f5ff:fffe", "2001::3f57:fefe",
        // local-use NAT64 (RFC 8215)
        "64:ff9b:1::a9fe:a9fe", "64:ff9b:1::7f00:1"})
    void refusedByDefault(String literal) throws Exception {
        assertThat(new AddressGuard(false, h -> new InetAddress[] {ip(h)}).refusal(ip(literal))).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "2606:4700::1111", "172.32.0.1",
        "2002:5db8:d822::1", "2001:0:4136:e378:8000:63bf:f7f7:f7f7", "2001:4860:4860::8888"})
    void publicAddressesPass(String literal) throws Exception {
        assertThat(new AddressGuard(false, h -> new InetAddress[] {ip(h)}).refusal(ip(literal))).isNull();
    }

    @Test
    void everyResolvedAddressIsChecked() {
        AddressGuard g = new AddressGuard(false, h -> new InetAddress[] {ip("93.184.216.34"), ip("10.1.2.3")});
        assertThatThrownBy(() -> g.check("mixed.example"))
                .isInstanceOfSatisfying(FetchRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo("address-refused"))
                .hasMessageContaining("10.1.2.3");
    }

    @Test
    void loopbackSwitchAllowsOnlyLoopback() {
        AddressGuard g = new AddressGuard(true, h -> new InetAddress[] {ip(h)});
        assertThatCode(() -> g.check("127.0.0.1")).doesNotThrowAnyException();
        assertThatCode(() -> g.check("[::1]")).doesNotThrowAnyException();
        assertThatThrownBy(() -> g.check("169.254.169.254")).isInstanceOf(FetchRefusedException.class);
    }

    @Test
    void resolveCheckedReturnsTheAddressesItChecked() throws Exception {
        AddressGuard g = new AddressGuard(false, h -> new InetAddress[] {ip("93.184.216.34"), ip("2606:4700::1111")});
        assertThat(g.resolveChecked("news.example")).containsExactly(ip("93.184.216.34"), ip("2606:4700::1111"));
        AddressGuard bad = new AddressGuard(false, h -> new InetAddress[] {ip("93.184.216.34"), ip("2002:a9fe:a9fe::")});
        assertThatThrownBy(() -> bad.resolveChecked("news.example"))
                .isInstanceOf(AddressGuard.RefusedAddressException.class)
                .hasMessageContaining("2002:a9fe:a9fe").hasMessageContaining("embedded IPv4");
    }
}
