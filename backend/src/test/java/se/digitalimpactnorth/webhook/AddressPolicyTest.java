package se.digitalimpactnorth.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.digitalimpactnorth.common.ProblemException;

/**
 * The address policy as a pure unit: nothing here opens a connection, and no name but
 * {@code localhost} (answered by the hosts file) is ever given to the system resolver; other names
 * go to a resolver written in the test that answers from a table.
 */
class AddressPolicyTest {

    private final AddressPolicy strict = new AddressPolicy(List.of());

    /** A resolver that must not be called: literals never reach DNS. */
    private static final AddressPolicy.Resolver NO_DNS = host -> fail("resolved " + host + ", but a literal needs no resolver");

    private static AddressPolicy.Resolver table(String name, String... addresses) {
        return host -> {
            if (!host.equals(name)) {
                throw new UnknownHostException(host);
            }
            InetAddress[] out = new InetAddress[addresses.length];
            for (int i = 0; i < addresses.length; i++) {
                out[i] = AddressPolicy.literal(addresses[i]);
                assertNotNull(out[i], addresses[i]);
                out[i] = InetAddress.getByAddress(name, out[i].getAddress());
            }
            return out;
        };
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "169.254.169.254", "[::1]", "::1", "10.0.0.1", "172.16.0.1", "172.31.255.255",
        "192.168.1.1", "0.0.0.0", "0.1.2.3", "100.64.0.1", "100.127.255.254", "255.255.255.255", "224.0.0.1", "240.0.0.1",
        "192.0.2.10", "198.51.100.7", "203.0.113.9", "198.18.0.1", "192.0.0.8",
        "::ffff:127.0.0.1", "[::ffff:169.254.169.254]", "::ffff:10.0.0.1", "::127.0.0.1", "::", "fc00::1", "fd12:3456::1",
        "fe80::1", "febf::1", "fec0::1", "ff02::1", "2001:db8::1", "64:ff9b::7f00:1", "2002:7f00:1::1", "2001::1", "3fff::1",
        "::ffff:0.0.0.0"})
    void non_public_literals_are_refused(String host) {
        AddressPolicy.Refused refused = assertThrows(AddressPolicy.Refused.class, () -> strict.vet(host, NO_DNS));
        assertTrue(refused.getMessage().contains("resolves to"), refused.getMessage());
    }

    @ParameterizedTest(name = "{0} is public")
    @ValueSource(strings = {"8.8.8.8", "93.184.216.34", "172.32.0.1", "100.128.0.1", "192.169.0.1", "2606:4700::1111",
        "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1"})
    void public_literals_pass(String host) throws AddressPolicy.Refused {
        assertEquals(1, strict.vet(host, NO_DNS).size());
    }

    @Test
    @DisplayName("a name that resolves to loopback (localhost, from the hosts file) is refused")
    void localhost_is_refused() {
        AddressPolicy.Refused refused = assertThrows(AddressPolicy.Refused.class, () -> strict.vet("localhost", InetAddress::getAllByName));
        assertTrue(refused.getMessage().contains("loopback"), refused.getMessage());
    }

    @Test
    @DisplayName("a name with one public and one private address is refused: ANY non-public address refuses")
    void one_private_address_among_public_ones_refuses() {
        AddressPolicy.Resolver resolver = table("hooks.example.se", "93.184.216.34", "10.1.2.3");
        AddressPolicy.Refused refused = assertThrows(AddressPolicy.Refused.class, () -> strict.vet("hooks.example.se", resolver));
        assertTrue(refused.getMessage().contains("10.1.2.3"), refused.getMessage());
    }

    @Test
    @DisplayName("a name that resolves to public addresses only passes, with the addresses to pin")
    void public_name_passes() throws AddressPolicy.Refused {
        List<InetAddress> addresses = strict.vet("HOOKS.example.se.", table("hooks.example.se", "93.184.216.34", "2606:4700::1111"));
        assertEquals(2, addresses.size());
        assertEquals("93.184.216.34", addresses.getFirst().getHostAddress());
    }

    @Test
    @DisplayName("a name that does not resolve is refused")
    void unknown_name_is_refused() {
        assertThrows(AddressPolicy.Refused.class, () -> strict.vet("nowhere.example.se", table("other.example.se", "8.8.8.8")));
    }

    @Test
    @DisplayName("text that looks like an address but is none is refused without asking DNS")
    void malformed_literals_are_refused_without_dns() {
        AtomicInteger asked = new AtomicInteger();
        AddressPolicy.Resolver counting = host -> {
            asked.incrementAndGet();
            throw new UnknownHostException(host);
        };
        for (String host : List.of("999.1.1.1", "1.2.3", "1.2.3.4.5", "::g", "127.000.000.0001")) {
            assertThrows(AddressPolicy.Refused.class, () -> strict.vet(host, counting), host);
        }
        assertEquals(0, asked.get());
    }

    @Test
    @DisplayName("DIN_WEBHOOK_ALLOWED_HOSTS lets named hosts and addresses through despite a non-public address")
    void allowed_hosts_pass() throws AddressPolicy.Refused {
        AddressPolicy relaxed = new AddressPolicy(List.of(" Receiver.Test ", "::1", "127.0.0.1"));
        assertEquals(1, relaxed.vet("receiver.test", table("receiver.test", "10.9.9.9")).size());
        assertEquals(1, relaxed.vet("[0:0:0:0:0:0:0:1]", NO_DNS).size());
        assertEquals(1, relaxed.vet("127.0.0.1", NO_DNS).size());
        // A name resolving to an allowed address passes too; another private address does not.
        assertEquals(1, relaxed.vet("loop.test", table("loop.test", "127.0.0.1")).size());
        assertThrows(AddressPolicy.Refused.class, () -> relaxed.vet("127.0.0.2", NO_DNS));
        assertThrows(AddressPolicy.Refused.class, () -> relaxed.vet("169.254.169.254", NO_DNS));
    }

    @Test
    @DisplayName("notPublic names what an address is, and says nothing of a public one")
    void not_public_names_the_range() {
        assertTrue(AddressPolicy.notPublic(AddressPolicy.literal("169.254.169.254")).contains("link-local"));
        assertTrue(AddressPolicy.notPublic(AddressPolicy.literal("::ffff:127.0.0.1")).contains("loopback"));
        assertNull(AddressPolicy.notPublic(AddressPolicy.literal("8.8.4.4")));
    }

    // --- the URL's shape, before any address is looked at ---

    @ParameterizedTest(name = "{0} is not a webhook URL")
    @ValueSource(strings = {"http://hooks.example.se/x", "ftp://hooks.example.se/x", "https://user:pass@hooks.example.se/x",
        "https://user@hooks.example.se/x", "//hooks.example.se/x", "/relative", "https://", "javascript:alert(1)",
        "https://exa mple.se/", "mailto:a@example.se", "https:///path-only"})
    void bad_urls_are_refused(String url) {
        ProblemException e = assertThrows(ProblemException.class, () -> WebhookUrls.parse(url, strict));
        assertEquals("url", e.errors().getFirst().field());
    }

    @Test
    @DisplayName("a URL longer than 2048 characters is refused")
    void long_url_is_refused() {
        String url = "https://hooks.example.se/" + "a".repeat(2048);
        ProblemException e = assertThrows(ProblemException.class, () -> WebhookUrls.parse(url, strict));
        assertEquals("too-long", e.errors().getFirst().code());
    }

    @Test
    @DisplayName("https passes; plain http only to an allowed host")
    void https_and_allowed_http() {
        assertEquals("hooks.example.se", WebhookUrls.parse("https://hooks.example.se:8443/in?x=1", strict).getHost());
        AddressPolicy relaxed = new AddressPolicy(List.of("127.0.0.1"));
        assertEquals(80, WebhookUrls.port(WebhookUrls.parse("http://127.0.0.1/in", relaxed)));
        assertThrows(ProblemException.class, () -> WebhookUrls.parse("http://127.0.0.2/in", relaxed));
    }
}
