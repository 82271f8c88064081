package id.loket.device.api;

import id.loket.config.DeviceChoice;
import id.loket.config.DeviceSettings;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The installed drivers, found with {@link ServiceLoader}, and the one place that turns the
 * {@code device.*} settings into drivers.
 */
public final class DeviceRegistry {

    private final List<DeviceDriverProvider> providers;

    public DeviceRegistry(Collection<? extends DeviceDriverProvider> providers) {
        List<DeviceDriverProvider> sorted = new ArrayList<>(providers);
        sorted.sort(Comparator.comparing(DeviceDriverProvider::role).thenComparing(DeviceDriverProvider::driverId));
        for (int i = 1; i < sorted.size(); i++) {
            DeviceDriverProvider a = sorted.get(i - 1);
            DeviceDriverProvider b = sorted.get(i);
            if (a.role() == b.role() && a.driverId().equals(b.driverId())) {
                throw new IllegalStateException("two " + a.role() + " drivers use the id '" + a.driverId() + "': "
                        + a.getClass().getName() + " and " + b.getClass().getName());
            }
        }
        this.providers = List.copyOf(sorted);
    }

    /** Every provider on the class path of this class's loader. */
    public static DeviceRegistry load() {
        return load(DeviceRegistry.class.getClassLoader());
    }

    public static DeviceRegistry load(ClassLoader loader) {
        List<DeviceDriverProvider> found = new ArrayList<>();
        ServiceLoader.load(DeviceDriverProvider.class, loader).forEach(found::add);
        return new DeviceRegistry(found);
    }

    public List<DeviceDriverProvider> providers() {
        return providers;
    }

    public List<DeviceDriverProvider> providers(DeviceRole role) {
        return providers.stream().filter(p -> p.role() == role).toList();
    }

    /** @throws DeviceConfigurationException naming the role, the id and the known ids */
    public DeviceDriverProvider provider(DeviceRole role, String driverId) {
        return providers(role).stream().filter(p -> p.driverId().equals(driverId)).findFirst()
                .orElseThrow(() -> DeviceConfigurationException.unknownDriver(role, driverId,
                        providers(role).stream().map(DeviceDriverProvider::driverId).toList()));
    }

    /**
     * Makes the driver chosen for {@code role}, not started. Parameters the driver does not know are
     * refused, so a typo in the settings is named instead of silently ignored.
     */
    public DeviceDriver create(DeviceRole role, DeviceChoice choice, DeviceContext context) {
        DeviceDriverProvider provider = provider(role, choice.driverId());
        for (String given : choice.parameters().keySet()) {
            if (provider.parameters().stream().noneMatch(p -> p.matches(given))) {
                throw DeviceConfigurationException.unknownParameter(role, choice.driverId(), given,
                        provider.parameters().stream().map(DriverParameter::name).toList());
            }
        }
        DeviceDriver driver = provider.create(choice, context);
        if (!role.driverType().isInstance(driver) || driver.role() != role) {
            throw new IllegalStateException(provider.getClass().getName() + " made a " + driver.getClass().getName()
                    + ", which is not a " + role.driverType().getSimpleName());
        }
        return driver;
    }

    public IdentityCardReader cardReader(DeviceChoice choice, DeviceContext context) {
        return (IdentityCardReader) create(DeviceRole.CARD_READER, choice, context);
    }

    public CodeScanner scanner(DeviceChoice choice, DeviceContext context) {
        return (CodeScanner) create(DeviceRole.SCANNER, choice, context);
    }

    public ReceiptPrinter printer(DeviceChoice choice, DeviceContext context) {
        return (ReceiptPrinter) create(DeviceRole.PRINTER, choice, context);
    }

    public SoundDevice sound(DeviceChoice choice, DeviceContext context) {
        return (SoundDevice) create(DeviceRole.SOUND, choice, context);
    }

    /**
     * The configured drivers, one per role, not started. If one cannot be made, those already made are
     * released and the error names the role.
     */
    public ConfiguredDevices build(DeviceSettings settings, DeviceContext context) {
        List<DeviceDriver> made = new ArrayList<>();
        try {
            IdentityCardReader reader = made(made, cardReader(settings.cardReader(), context));
            CodeScanner scanner = made(made, scanner(settings.scanner(), context));
            ReceiptPrinter printer = made(made, printer(settings.printer(), context));
            return new ConfiguredDevices(reader, scanner, printer, made(made, sound(settings.sound(), context)));
        } catch (RuntimeException e) {
            made.forEach(DeviceDriver::stop);
            throw e;
        }
    }

    private static <T extends DeviceDriver> T made(List<DeviceDriver> made, T driver) {
        made.add(driver);
        return driver;
    }

    @Override
    public String toString() {
        return providers.stream().map(p -> p.role() + "=" + p.driverId()).collect(Collectors.joining(", ",
                "DeviceRegistry[", "]"));
    }
}
