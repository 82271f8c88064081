package id.loket.config;

import java.net.InetAddress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * LAN mode: one office PC serves the database ({@code loket serve}); counters and the display board
 * connect with {@code database.url=jdbc:h2:tcp://...}.
 *
 * @param port             the TCP port the server listens on
 * @param allowedAddresses the PCs that may connect (besides the server PC itself); empty means none
 * @param password         the LAN password every connection must give; the server refuses to start
 *                         without one
 */
public record LanSettings(int port, List<AddressRule> allowedAddresses, Optional<String> password) {

    /** Shorter passwords are refused: a LAN password is typed once per PC, so it can be long. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    public LanSettings {
        allowedAddresses = List.copyOf(allowedAddresses);
        Objects.requireNonNull(password, "password");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /** True when a PC with this address may connect: the server PC itself, or an allowed address. */
    public boolean allows(InetAddress address) {
        return address.isLoopbackAddress() || allowedAddresses.stream().anyMatch(rule -> rule.matches(address));
    }
}
