package id.loket.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One entry of {@code lan.allowed-addresses}: a single address ({@code 192.168.1.21}) or a network
 * written with its prefix length ({@code 192.168.1.0/24}). Numbers only: a host name would make the
 * check depend on a name server.
 */
public record AddressRule(byte[] network, int prefixLength, String text) {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    /** The rule written as {@code text}, or empty when it is not an address or network. */
    public static Optional<AddressRule> parse(String text) {
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        boolean ipv4 = IPV4.matcher(address).matches();
        if (!ipv4 && !address.contains(":")) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            // A literal address is parsed without any name lookup.
            bytes = InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException | SecurityException e) {
            return Optional.empty();
        }
        if (ipv4 && bytes.length != 4) {
            return Optional.empty();
        }
        int bits = bytes.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(trimmed.substring(slash + 1));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            if (prefix < 0 || prefix > bits) {
                return Optional.empty();
            }
        }
        return Optional.of(new AddressRule(bytes, prefix, trimmed));
    }

    /** True when {@code address} is this address, or lies in this network. */
    public boolean matches(InetAddress address) {
        byte[] other = address.getAddress();
        if (other.length != network.length) {
            return false;
        }
        for (int bit = 0; bit < prefixLength; bit++) {
            int mask = 0x80 >> (bit % 8);
            if ((other[bit / 8] & mask) != (network[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return text;
    }
}
