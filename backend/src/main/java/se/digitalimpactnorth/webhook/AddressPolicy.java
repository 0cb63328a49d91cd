package se.digitalimpactnorth.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which addresses a webhook may be sent to: public unicast only. A pure rule with no network of its
 * own (the resolver is handed in), so it is tested without opening a connection. Refusing when ANY
 * address of a name is not public closes the trick of a name with one public and one internal address.
 */
public final class AddressPolicy {

    /** Resolves a host name to its addresses; {@link InetAddress#getAllByName} in production. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** Why a host may not be called. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message, null, false, false);
        }
    }

    private static final Pattern IPV4_LITERAL = Pattern.compile("[0-9.]+");

    private final Set<String> allowedHosts;

    /**
     * @param allowedHosts host names or address literals allowed despite a non-public address
     *     (DIN_WEBHOOK_ALLOWED_HOSTS; tests and local development only)
     */
    public AddressPolicy(List<String> allowedHosts) {
        this.allowedHosts = allowedHosts.stream().map(AddressPolicy::normalise).filter(h -> !h.isEmpty())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Whether the host is named in DIN_WEBHOOK_ALLOWED_HOSTS (which also permits plain http to it). */
    public boolean isAllowedHost(String host) {
        return allowedHosts.contains(normalise(host));
    }

    /**
     * The addresses to connect to for this host, or why not. Resolves once; the caller connects to
     * one of the returned addresses itself, so a second resolution cannot swap in another one.
     */
    public List<InetAddress> vet(String host, Resolver resolver) throws Refused {
        String name = normalise(host);
        if (name.isEmpty()) {
            throw new Refused("the URL has no host");
        }
        InetAddress literal = literal(name);
        if (literal == null && (IPV4_LITERAL.matcher(name).matches() || name.contains(":"))) {
            throw new Refused("the host " + name + " is not a valid address");
        }
        InetAddress[] addresses;
        try {
            // A literal is its own address: no resolver (and no DNS query) is involved.
            addresses = literal != null ? new InetAddress[] {literal} : resolver.resolve(name);
        } catch (UnknownHostException e) {
            throw new Refused("the host " + name + " does not resolve");
        }
        if (addresses == null || addresses.length == 0) {
            throw new Refused("the host " + name + " does not resolve");
        }
        if (allowedHosts.contains(name)) {
            return List.of(addresses);
        }
        for (InetAddress address : addresses) {
            String why = notPublic(address);
            if (why != null && !allowedHosts.contains(normalise(address.getHostAddress()))) {
                throw new Refused("the host " + name + " resolves to " + address.getHostAddress() + ", " + why);
            }
        }
        return List.of(addresses);
    }

    /** Null when the address is public unicast; otherwise what it is. */
    public static String notPublic(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return notPublicV4(b);
        }
        if (address instanceof Inet6Address) {
            return notPublicV6(b);
        }
        return "not an IP address";
    }

    private static String notPublicV4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        if (a0 == 0) {
            return "an unspecified or \"this network\" address (0.0.0.0/8)";
        }
        if (a0 == 10) {
            return "a private address (10.0.0.0/8)";
        }
        if (a0 == 100 && a1 >= 64 && a1 <= 127) {
            return "a carrier-grade NAT address (100.64.0.0/10)";
        }
        if (a0 == 127) {
            return "a loopback address (127.0.0.0/8)";
        }
        if (a0 == 169 && a1 == 254) {
            return "a link-local address (169.254.0.0/16), where cloud metadata services live";
        }
        if (a0 == 172 && a1 >= 16 && a1 <= 31) {
            return "a private address (172.16.0.0/12)";
        }
        if (a0 == 192 && a1 == 0 && a2 == 0) {
            return "an IETF protocol address (192.0.0.0/24)";
        }
        if (a0 == 192 && a1 == 0 && a2 == 2 || a0 == 198 && a1 == 51 && a2 == 100 || a0 == 203 && a1 == 0 && a2 == 113) {
            return "a documentation address";
        }
        if (a0 == 192 && a1 == 88 && a2 == 99) {
            return "a 6to4 relay address (192.88.99.0/24)";
        }
        if (a0 == 192 && a1 == 168) {
            return "a private address (192.168.0.0/16)";
        }
        if (a0 == 198 && (a1 == 18 || a1 == 19)) {
            return "a benchmarking address (198.18.0.0/15)";
        }
        if (a0 >= 224 && a0 <= 239) {
            return "a multicast address (224.0.0.0/4)";
        }
        if (a0 >= 240) {
            return "a reserved or broadcast address (240.0.0.0/4)";
        }
        return null;
    }

    private static String notPublicV6(byte[] b) {
        boolean firstTenZero = true;
        for (int i = 0; i < 10; i++) {
            firstTenZero &= b[i] == 0;
        }
        if (firstTenZero && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            String inner = notPublicV4(Arrays.copyOfRange(b, 12, 16));
            return inner == null ? null : "an IPv4-mapped form of " + inner;
        }
        if (firstTenZero && b[10] == 0 && b[11] == 0) {
            // ::, ::1 and the deprecated IPv4-compatible ::a.b.c.d: none is a public destination.
            boolean allZero = true;
            for (int i = 10; i < 15; i++) {
                allZero &= b[i] == 0;
            }
            if (allZero && b[15] == 0) {
                return "the unspecified address (::)";
            }
            if (allZero && b[15] == 1) {
                return "the loopback address (::1)";
            }
            return "an IPv4-compatible address (::/96, deprecated)";
        }
        int b0 = b[0] & 0xff;
        int b1 = b[1] & 0xff;
        if (b0 == 0x00 && b1 == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
            // NAT64 (64:ff9b::/96) reaches the embedded IPv4 address.
            String inner = notPublicV4(Arrays.copyOfRange(b, 12, 16));
            return inner == null ? null : "a NAT64 form of " + inner;
        }
        if (b0 == 0x20 && b1 == 0x02) {
            // 6to4 (2002::/16) embeds an IPv4 address in bytes 2 to 5.
            String inner = notPublicV4(Arrays.copyOfRange(b, 2, 6));
            return inner == null ? null : "a 6to4 form of " + inner;
        }
        if ((b0 & 0xfe) == 0xfc) {
            return "a unique local address (fc00::/7)";
        }
        if (b0 == 0xfe && (b1 & 0xc0) == 0x80) {
            return "a link-local address (fe80::/10)";
        }
        if (b0 == 0xfe && (b1 & 0xc0) == 0xc0) {
            return "a site-local address (fec0::/10, deprecated)";
        }
        if (b0 == 0xff) {
            return "a multicast address (ff00::/8)";
        }
        if (b0 == 0x20 && b1 == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
            return "a documentation address (2001:db8::/32)";
        }
        if (b0 == 0x3f && b1 == 0xff && (b[2] & 0xf0) == 0) {
            return "a documentation address (3fff::/20)";
        }
        if (b0 == 0x20 && b1 == 0x01 && (b[2] & 0xfe) == 0x00) {
            // 2001::/23: IETF protocol assignments, Teredo (2001::/32) among them, which tunnels to embedded IPv4.
            return "an IETF protocol address (2001::/23)";
        }
        if ((b0 & 0xe0) != 0x20) {
            return "not a global unicast address (outside 2000::/3)";
        }
        return null;
    }

    /** Lower case, without the brackets of an IPv6 literal and without a trailing dot. */
    static String normalise(String host) {
        if (host == null) {
            return "";
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        InetAddress literal = literal(h);
        return literal != null ? literal.getHostAddress() : h;
    }

    /**
     * The address an IP literal names, or null when the text is not one. Never asks DNS: dotted
     * IPv4 is parsed here, IPv6 in brackets (which Java parses without a lookup).
     */
    static InetAddress literal(String host) {
        try {
            if (IPV4_LITERAL.matcher(host).matches()) {
                String[] parts = host.split("\\.", -1);
                if (parts.length != 4) {
                    return null;
                }
                byte[] bytes = new byte[4];
                for (int i = 0; i < 4; i++) {
                    if (parts[i].isEmpty() || parts[i].length() > 3 || Integer.parseInt(parts[i]) > 255) {
                        return null;
                    }
                    bytes[i] = (byte) Integer.parseInt(parts[i]);
                }
                return InetAddress.getByAddress(bytes);
            }
            if (host.contains(":") && host.matches("[0-9a-fA-F:.%]+")) {
                return InetAddress.getByName("[" + host + "]");
            }
        } catch (UnknownHostException | NumberFormatException e) {
            return null;
        }
        return null;
    }
}
