package id.loket.device.print;

import id.loket.device.api.DeviceInfo;
import id.loket.device.api.DeviceProblem;
import id.loket.device.api.DeviceStatus;
import id.loket.device.api.PrintJob;
import id.loket.device.api.PrintResult;
import id.loket.device.api.ReceiptPrinter;
import id.loket.device.support.DriverBase;
import java.io.IOException;
import java.util.HexFormat;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A thermal receipt printer spoken to in ESC/POS, over TCP or a serial line. PDFs are rasterised
 * ({@link EscPosRaster}); raw ESC/POS is sent unchanged.
 *
 * <p>Where the printer answers DLE EOT, its status is read before each job (a job is not sent to a
 * printer without paper) and after it (paper that ran out during the job fails it: the printout may
 * be cut short). A job is confirmed when every byte was written and the printer, if it reports status,
 * reports no problem afterwards. With {@code status=required} a printer that does not answer fails
 * the job; with {@code off} status is never asked.
 */
public final class EscPosPrinter extends DriverBase implements ReceiptPrinter {

    private static final Logger LOG = LoggerFactory.getLogger(EscPosPrinter.class);

    /** Whether to ask the printer for its status. */
    public enum StatusMode { AUTO, REQUIRED, OFF }

    private final EscPosTransport transport;
    private final EscPosRaster raster;
    private final StatusMode statusMode;
    private final int statusTimeoutMillis;
    private final int statusPollMillis;
    private StatusPoller poller;

    public EscPosPrinter(String driverId, DeviceInfo info, EscPosTransport transport, EscPosRaster raster,
                         StatusMode statusMode, int statusTimeoutMillis, int statusPollMillis) {
        super(driverId, info);
        this.transport = transport;
        this.raster = raster;
        this.statusMode = statusMode;
        this.statusTimeoutMillis = statusTimeoutMillis;
        this.statusPollMillis = statusPollMillis;
    }

    @Override
    protected void onStart() {
        status.set(DeviceStatus.of(DeviceStatus.State.CONNECTING));
        poller = new StatusPoller(driverId(), statusPollMillis, this::refresh);
        poller.start();
    }

    @Override
    protected void onStop() {
        poller.stop();
    }

    @Override
    public boolean accepts(PrintJob.Format format) {
        return true;
    }

    @Override
    public synchronized PrintResult print(PrintJob job) {
        if (!started()) {
            return PrintResult.failed(DeviceProblem.DRIVER_STOPPED, "the ESC/POS printer driver is not started");
        }
        byte[] bytes;
        if (job.format() == PrintJob.Format.PDF) {
            PDDocument document;
            try {
                document = PdfDocuments.load(job.content());
            } catch (PdfDocuments.InvalidDocument e) {
                return PrintResult.failed(DeviceProblem.DOCUMENT_INVALID, e.getMessage());
            }
            try {
                bytes = raster.render(document);
            } catch (IOException | RuntimeException e) {
                LOG.warn("printer {}: rendering {} failed", driverId(), job, e);
                return PrintResult.failed(DeviceProblem.DOCUMENT_INVALID, "rendering failed: " + e);
            } finally {
                PdfDocuments.close(document);
            }
        } else {
            bytes = job.content();
        }
        status.set(DeviceStatus.of(DeviceStatus.State.BUSY));
        EscPosTransport.Connection connection;
        try {
            connection = transport.open();
        } catch (IOException e) {
            return fail(DeviceProblem.PRINTER_OFFLINE, transport.describe() + ": " + e);
        }
        try (connection) {
            Optional<EscPosStatus> before = Optional.empty();
            if (statusMode != StatusMode.OFF) {
                before = query(connection);
                if (before.isEmpty() && statusMode == StatusMode.REQUIRED) {
                    return fail(DeviceProblem.TIMEOUT, transport.describe() + " did not answer DLE EOT within "
                            + statusTimeoutMillis + " ms; nothing was printed");
                }
                Optional<DeviceProblem> blocking = before.flatMap(EscPosStatus::blockingProblem);
                if (blocking.isPresent()) {
                    return fail(blocking.get(), transport.describe() + " reports " + before.get()
                            + " before the job; nothing was printed");
                }
            }
            int written = 0;
            try {
                connection.write(bytes);
                written = bytes.length;
            } catch (IOException e) {
                return fail(DeviceProblem.PRINTER_OFFLINE, transport.describe() + ": connection lost while sending "
                        + bytes.length + " bytes: " + e);
            }
            if (before.isPresent()) {
                Optional<EscPosStatus> after = query(connection);
                if (after.isEmpty()) {
                    return fail(DeviceProblem.PRINTER_OFFLINE, transport.describe()
                            + " stopped answering DLE EOT after the job; the printout may be missing");
                }
                Optional<DeviceProblem> blocking = after.get().blockingProblem();
                if (blocking.isPresent()) {
                    return fail(blocking.get(), transport.describe() + " reports " + after.get()
                            + " after the job; the printout may be cut short");
                }
                status.set(after.get().paperLow() ? DeviceStatus.of(DeviceStatus.State.READY, DeviceProblem.PAPER_LOW,
                        "paper near its end") : DeviceStatus.ready());
                return PrintResult.confirmed(written + " bytes to " + transport.describe() + "; printer reports no problem");
            }
            status.set(DeviceStatus.ready());
            return PrintResult.confirmed(written + " bytes to " + transport.describe() + "; status not reported");
        } catch (IOException e) {
            return fail(DeviceProblem.PRINTER_OFFLINE, transport.describe() + ": " + e);
        }
    }

    /** Reads DLE EOT 1, 2 and 4; empty when the printer does not answer or answers nonsense. */
    private Optional<EscPosStatus> query(EscPosTransport.Connection connection) throws IOException {
        int[] answers = new int[3];
        byte[][] requests = {EscPosStatus.PRINTER, EscPosStatus.OFFLINE_CAUSE, EscPosStatus.PAPER};
        for (int i = 0; i < requests.length; i++) {
            connection.write(requests[i]);
            int b = connection.read(statusTimeoutMillis);
            if (b < 0) {
                return Optional.empty();
            }
            if (!EscPosStatus.valid(b)) {
                LOG.warn("printer {}: status answer {} to DLE EOT {} is not a status byte", driverId(),
                        HexFormat.of().toHexDigits((byte) b), requests[i][2]);
                return Optional.empty();
            }
            answers[i] = b;
        }
        return Optional.of(EscPosStatus.of(answers[0], answers[1], answers[2]));
    }

    private void refresh() {
        if (!started()) {
            return;
        }
        synchronized (this) {
            try (EscPosTransport.Connection connection = transport.open()) {
                if (statusMode == StatusMode.OFF) {
                    status.set(DeviceStatus.ready());
                    return;
                }
                Optional<EscPosStatus> now = query(connection);
                if (now.isEmpty()) {
                    status.set(statusMode == StatusMode.REQUIRED
                            ? DeviceStatus.error(DeviceProblem.TIMEOUT, transport.describe() + " does not answer DLE EOT")
                            : DeviceStatus.ready());
                    return;
                }
                Optional<DeviceProblem> blocking = now.get().blockingProblem();
                if (blocking.isPresent()) {
                    status.set(DeviceStatus.error(blocking.get(), transport.describe() + " reports " + now.get()));
                } else if (now.get().paperLow()) {
                    status.set(DeviceStatus.of(DeviceStatus.State.READY, DeviceProblem.PAPER_LOW, "paper near its end"));
                } else {
                    status.set(DeviceStatus.ready());
                }
            } catch (IOException e) {
                status.set(DeviceStatus.disconnected(DeviceProblem.PRINTER_OFFLINE, transport.describe() + ": " + e));
            } catch (RuntimeException e) {
                LOG.error("printer {}: status check failed", driverId(), e);
                status.set(DeviceStatus.error(DeviceProblem.PRINTER_OFFLINE, e.toString()));
            }
        }
    }

    private PrintResult fail(DeviceProblem problem, String detail) {
        status.set(DeviceStatus.error(problem, detail));
        return PrintResult.failed(problem, detail);
    }
}
