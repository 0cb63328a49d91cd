package se.digitalimpactnorth.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private final ClientAddress noProxies = new ClientAddress(List.of());
    private final ClientAddress behindProxies = new ClientAddress(List.of("10.0.0.5", " ::1 ", "10.0.0.6"));

    @Test
    @DisplayName("without trusted proxies the socket's address is the client, whatever X-Forwarded-For claims")
    void socket_address_by_default() {
        assertEquals("192.0.2.1", noProxies.resolve("192.0.2.1", "203.0.113.9"));
    }

    @Test
    @DisplayName("from a trusted proxy, the right-most address of X-Forwarded-For that is not a trusted proxy")
    void rightmost_untrusted_hop() {
        assertEquals("203.0.113.9", behindProxies.resolve("10.0.0.5", "198.51.100.1, 203.0.113.9"));
        assertEquals("203.0.113.9", behindProxies.resolve("10.0.0.5", "198.51.100.1, 203.0.113.9, 10.0.0.6"));
        assertEquals("10.0.0.5", behindProxies.resolve("10.0.0.5", null));
    }

    @Test
    @DisplayName("a request that does not come from a trusted proxy cannot choose its address")
    void untrusted_socket_ignores_header() {
        assertEquals("192.0.2.1", behindProxies.resolve("192.0.2.1", "203.0.113.9"));
    }

    @Test
    @DisplayName("one spelling per address, and no DNS lookup for names")
    void canonical_spelling() {
        assertEquals("0:0:0:0:0:0:0:1", ClientAddress.canonical("::1"));
        assertEquals("0:0:0:0:0:0:0:1", ClientAddress.canonical("[0:0:0:0:0:0:0:1]"));
        assertEquals("203.0.113.9", behindProxies.resolve("0:0:0:0:0:0:0:1", "203.0.113.9"));
        assertEquals("example.org", ClientAddress.canonical("example.org"));
        assertEquals("garbage here", behindProxies.resolve("::1", "garbage here"));
    }
}
