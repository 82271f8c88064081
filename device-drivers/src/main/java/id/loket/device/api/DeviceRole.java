package id.loket.device.api;

import id.loket.config.DeviceSettings;
import java.util.Arrays;
import java.util.Optional;

/** What a device does on the counter's desk; the names are those of the {@code device.<role>} settings. */
public enum DeviceRole {
    CARD_READER(DeviceSettings.CARD_READER, IdentityCardReader.class),
    SCANNER(DeviceSettings.SCANNER, CodeScanner.class),
    PRINTER(DeviceSettings.PRINTER, ReceiptPrinter.class),
    SOUND(DeviceSettings.SOUND, SoundDevice.class);

    private final String settingName;
    private final Class<? extends DeviceDriver> driverType;

    DeviceRole(String settingName, Class<? extends DeviceDriver> driverType) {
        this.settingName = settingName;
        this.driverType = driverType;
    }

    /** The role as written in the settings: {@code card-reader}, {@code scanner}, {@code printer}, {@code sound}. */
    public String settingName() {
        return settingName;
    }

    /** The interface every driver of this role implements. */
    public Class<? extends DeviceDriver> driverType() {
        return driverType;
    }

    public static Optional<DeviceRole> fromSetting(String name) {
        return Arrays.stream(values()).filter(role -> role.settingName.equals(name)).findFirst();
    }

    @Override
    public String toString() {
        return settingName;
    }
}
