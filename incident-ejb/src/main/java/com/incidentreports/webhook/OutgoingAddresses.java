package com.incidentreports.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where webhooks may be sent, checked on the addresses a host name resolves to, not on the name: the admins' list
 * of allowed networks and hosts ({@code incidents.webhooks.allowed-hosts}: addresses, networks as
 * {@code 10.0.0.0/8} or {@code fd00::/8}, host names, {@code *.example.com}), or, when it is empty, any address but
 * this machine's own (loopback, unspecified) and link-local ones (where cloud metadata services answer). Every
 * address a name resolves to must be allowed, so a name cannot smuggle an inner address in beside an outer one.
 */
public final class OutgoingAddresses {

    private final List<Network> networks = new ArrayList<>();
    private final List<String> hostNames = new ArrayList<>();

    private OutgoingAddresses() {
    }

    /** The policy of a comma- or space-separated list; an entry that is no address, network or name is refused. */
    public static OutgoingAddresses of(String allowed) {
        OutgoingAddresses policy = new OutgoingAddresses();
        if (allowed == null) {
            return policy;
        }
        for (String entry : allowed.split("[,\\s]+")) {
            String item = entry.strip().toLowerCase(Locale.ROOT);
            if (item.isEmpty()) {
                continue;
            }
            if (looksLikeAddress(item)) {
                policy.networks.add(Network.parse(item));
            } else if (item.matches("(\\*\\.)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?")) {
                policy.hostNames.add(item);
            } else {
                throw new IllegalArgumentException("Not an address, network or host name: " + entry);
            }
        }
        return policy;
    }

    public boolean isOpen() {
        return networks.isEmpty() && hostNames.isEmpty();
    }

    /**
     * Whether a call to {@code host}, which resolved to {@code addresses}, may go out: the name is on the list, or
     * every address is in an allowed network (with an empty list: none is loopback, unspecified or link-local).
     */
    public boolean allows(String host, List<InetAddress> addresses) {
        if (addresses.isEmpty()) {
            return false;
        }
        if (isOpen()) {
            return addresses.stream().noneMatch(OutgoingAddresses::isInner);
        }
        if (host != null && hostNames.stream().anyMatch(name -> nameMatches(name, host.toLowerCase(Locale.ROOT)))) {
            return true;
        }
        return addresses.stream().allMatch(address -> networks.stream().anyMatch(network -> network.contains(address)));
    }

    /** Loopback, unspecified, link-local: addresses of this machine and of its cloud's metadata services. */
    static boolean isInner(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()) {
            return true;
        }
        if (address instanceof Inet6Address v6) {
            byte[] bytes = v6.getAddress();
            boolean v4Mapped = true;
            for (int i = 0; i < 10; i++) {
                v4Mapped &= bytes[i] == 0;
            }
            if (v4Mapped && bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff) {
                try {
                    return isInner(InetAddress.getByAddress(new byte[]{bytes[12], bytes[13], bytes[14], bytes[15]}));
                } catch (UnknownHostException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return false;
    }

    private static boolean nameMatches(String allowed, String host) {
        return allowed.startsWith("*.") ? host.endsWith(allowed.substring(1)) : allowed.equals(host);
    }

    private static boolean looksLikeAddress(String item) {
        String address = item.contains("/") ? item.substring(0, item.indexOf('/')) : item;
        return address.contains(":") || address.matches("[0-9.]+");
    }

    /** An address and how many of its leading bits a network shares. */
    private record Network(byte[] address, int prefix) {

        static Network parse(String text) {
            int slash = text.indexOf('/');
            String address = slash < 0 ? text : text.substring(0, slash);
            byte[] bytes = literal(address);
            int prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(text.substring(slash + 1));
            if (prefix < 0 || prefix > bytes.length * 8) {
                throw new IllegalArgumentException("Not a network: " + text);
            }
            return new Network(bytes, prefix);
        }

        boolean contains(InetAddress candidate) {
            byte[] other = candidate.getAddress();
            if (other.length != address.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (other[i] != address[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xff << (8 - rest) & 0xff;
            return (other[full] & mask) == (address[full] & mask);
        }

        /** The bytes of an address literal, never asking DNS (a literal is all this takes). */
        private static byte[] literal(String address) {
            if (!address.contains(":") && !address.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
                throw new IllegalArgumentException("Not an address: " + address);
            }
            try {
                InetAddress parsed = InetAddress.getByName(address.contains(":") ? "[" + address + "]" : address);
                return parsed instanceof Inet4Address || parsed instanceof Inet6Address ? parsed.getAddress() : null;
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("Not an address: " + address, e);
            }
        }
    }
}
