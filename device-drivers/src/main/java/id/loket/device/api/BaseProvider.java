package id.loket.device.api;

/**
 * What every provider says about itself, said once: its settings id, its role and a line for
 * {@code loket device list}. Providers extend this and keep only their parameters and factory.
 */
public abstract class BaseProvider implements DeviceDriverProvider {

    private final String driverId;
    private final DeviceRole role;
    private final String description;

    protected BaseProvider(String driverId, DeviceRole role, String description) {
        this.driverId = driverId;
        this.role = role;
        this.description = description;
    }

    @Override
    public final String driverId() {
        return driverId;
    }

    @Override
    public final DeviceRole role() {
        return role;
    }

    @Override
    public final String description() {
        return description;
    }
}
