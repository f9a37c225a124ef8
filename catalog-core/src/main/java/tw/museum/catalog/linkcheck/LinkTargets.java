package tw.museum.catalog.linkcheck;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

/**
 * Which addresses the link checker may connect to: public ones only, unless a network is allowed by
 * configuration. Links are typed by staff and imported from other catalogues, so without this a link
 * could make the server probe its own intranet, cloud metadata (169.254.169.254) or local services.
 *
 * <p>The check runs where names are resolved (a {@link DnsResolver} for the HTTP client), so the
 * client connects to exactly the addresses that were checked (a name that resolves to a public address
 * now and a private one a moment later, DNS rebinding, cannot slip between check and connection), and
 * every redirect's host is resolved, and so checked, the same way.
 */
final class LinkTargets implements DnsResolver {

    static final String REFUSED = "refused: not a public address";

    private final List<byte[][]> allowed;

    LinkTargets(List<String> allowedNetworks) {
        this.allowed = allowedNetworks.stream().map(LinkTargets::network).toList();
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = SystemDefaultDnsResolver.INSTANCE.resolve(host);
        for (InetAddress address : addresses) {
            if (!permitted(address)) {
                throw new RefusedAddressException(host);
            }
        }
        return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
    }

    boolean permitted(InetAddress address) {
        return isPublic(address) || allowed.stream().anyMatch(n -> contains(n, address.getAddress()));
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xFF;
            int second = b[1] & 0xFF;
            return first != 0                                        // "this network"
                    && !(first == 100 && second >= 64 && second < 128) // carrier-grade NAT
                    && !(first == 192 && second == 0 && (b[2] & 0xFF) == 0) // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                    && first < 240;                                  // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xFF;
            if ((first & 0xFE) == 0xFC) {
                return false;                                        // unique local fc00::/7
            }
            if (isMappedOrCompatibleIpv4(b)) {
                try {
                    return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException impossible) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isMappedOrCompatibleIpv4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] == (byte) 0xFF && b[11] == (byte) 0xFF) || (b[10] == 0 && b[11] == 0);
    }

    /** A CIDR network as its address bytes and its mask bytes. */
    private static byte[][] network(String cidr) {
        String[] parts = cidr.strip().split("/", 2);
        try {
            byte[] address = InetAddress.getByName(parts[0]).getAddress();
            int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : address.length * 8;
            byte[] mask = new byte[address.length];
            for (int i = 0; i < mask.length; i++) {
                int take = Math.max(0, Math.min(8, bits - i * 8));
                mask[i] = (byte) (0xFF << (8 - take));
            }
            return new byte[][] {address, mask};
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("museum.link-check.allowed-networks: not a network: " + cidr, e);
        }
    }

    private static boolean contains(byte[][] network, byte[] address) {
        byte[] base = network[0];
        byte[] mask = network[1];
        if (base.length != address.length) {
            return false;
        }
        for (int i = 0; i < base.length; i++) {
            if ((base[i] & mask[i]) != (address[i] & mask[i])) {
                return false;
            }
        }
        return true;
    }

    /** A name that resolves to an address the checker may not reach. */
    static final class RefusedAddressException extends UnknownHostException {
        RefusedAddressException(String host) {
            super(host);
        }
    }
}
