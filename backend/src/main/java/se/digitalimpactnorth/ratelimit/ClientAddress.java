package se.digitalimpactnorth.ratelimit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The address a request came from, for per-address limits. The socket's remote address, unless
 * that is a trusted proxy: then the right-most address of X-Forwarded-For that is not a trusted
 * proxy (the left-most entries are whatever the client chose to send, so they are never
 * believed).
 */
final class ClientAddress {
    /** Only literal addresses: nothing here may trigger a DNS lookup. */
    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private final Set<String> trusted;

    ClientAddress(List<String> trustedProxies) {
        this.trusted = trustedProxies.stream().map(String::trim).filter(s -> !s.isEmpty())
                .map(ClientAddress::canonical).collect(Collectors.toUnmodifiableSet());
    }

    String resolve(String socketAddress, String forwardedFor) {
        String client = canonical(socketAddress);
        if (!trusted.contains(client) || forwardedFor == null || forwardedFor.isBlank()) {
            return client;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = canonical(hops[i].trim());
            if (hop.isEmpty()) {
                break;
            }
            client = hop;
            if (!trusted.contains(hop)) {
                return hop;
            }
        }
        return client;
    }

    /** One spelling per address (::1 and 0:0:0:0:0:0:0:1 are one client); anything else as given. */
    static String canonical(String address) {
        if (address == null) {
            return "";
        }
        String a = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        if (!LITERAL.matcher(a).matches()) {
            return a;
        }
        try {
            return InetAddress.getByName(a).getHostAddress();
        } catch (UnknownHostException e) {
            return a;
        }
    }
}
