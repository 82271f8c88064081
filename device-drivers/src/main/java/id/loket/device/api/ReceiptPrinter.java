package id.loket.device.api;

/**
 * The ticket and receipt printer. {@link #print} blocks until the driver can say the job was
 * confirmed or failed (run it off the UI thread); it reports device trouble in its result and does not
 * throw for it.
 */
public interface ReceiptPrinter extends DeviceDriver {

    /** Whether this printer takes documents of this format. */
    boolean accepts(PrintJob.Format format);

    PrintResult print(PrintJob job);

    @Override
    default DeviceRole role() {
        return DeviceRole.PRINTER;
    }
}
