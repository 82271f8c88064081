package id.loket.config;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The driver for each device role on this PC.
 *
 * @param byRole one entry for each of {@link #ROLES}
 */
public record DeviceSettings(Map<String, DeviceChoice> byRole) {

    /** The e-KTP card reader role. */
    public static final String CARD_READER = "card-reader";
    /** The QR/barcode scanner role. */
    public static final String SCANNER = "scanner";
    /** The ticket and receipt printer role. */
    public static final String PRINTER = "printer";
    /** The PC's sound: the board's chime and spoken calls, the resident screens' spoken prompts. */
    public static final String SOUND = "sound";
    /** Every role, in the order they are documented. */
    public static final List<String> ROLES = List.of(CARD_READER, SCANNER, PRINTER, SOUND);

    public DeviceSettings {
        byRole = Map.copyOf(byRole);
        if (!byRole.keySet().equals(Set.copyOf(ROLES))) {
            throw new IllegalArgumentException("need exactly the roles " + ROLES + ", got " + byRole.keySet());
        }
    }

    /** The choice for one of {@link #ROLES}. */
    public DeviceChoice role(String role) {
        DeviceChoice choice = byRole.get(role);
        if (choice == null) {
            throw new IllegalArgumentException("unknown device role " + role + "; roles are " + ROLES);
        }
        return choice;
    }

    /** The card reader's driver and parameters. */
    public DeviceChoice cardReader() {
        return role(CARD_READER);
    }

    /** The scanner's driver and parameters. */
    public DeviceChoice scanner() {
        return role(SCANNER);
    }

    /** The printer's driver and parameters. */
    public DeviceChoice printer() {
        return role(PRINTER);
    }

    /** The sound's driver and parameters. */
    public DeviceChoice sound() {
        return role(SOUND);
    }
}
