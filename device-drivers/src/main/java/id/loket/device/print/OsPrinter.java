package id.loket.device.print;

import id.loket.device.api.DeviceInfo;
import id.loket.device.api.DeviceProblem;
import id.loket.device.api.DeviceStatus;
import id.loket.device.api.PrintJob;
import id.loket.device.api.PrintResult;
import id.loket.device.api.ReceiptPrinter;
import id.loket.device.support.DriverBase;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.attribute.standard.PrinterIsAcceptingJobs;
import javax.print.attribute.standard.PrinterState;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints through the operating system's print service (CUPS on Linux, the Windows spooler) with
 * javax.print. Each page goes out at the size of the PDF page ({@link PDFPageable} sets the paper
 * from the page), so an 80 mm receipt is not put on A4.
 *
 * <p>On CUPS (where {@code lpstat} is found) a paused queue or one that rejects jobs fails the job at
 * once (PRINTER_OFFLINE), and a job is confirmed only when CUPS has finished it: if it is still queued
 * after the confirmation time (printer off, out of paper), it is cancelled, so it cannot come out later
 * behind a reprint, and fails with TIMEOUT. Elsewhere, or with {@code confirm-timeout-ms=0}, a job is
 * confirmed when the spooler accepted it. A missing queue is PRINTER_NOT_FOUND; a spooler that refuses
 * the job is PRINT_REJECTED.
 */
public final class OsPrinter extends DriverBase implements ReceiptPrinter {

    private static final Logger LOG = LoggerFactory.getLogger(OsPrinter.class);

    private static final long CONFIRM_POLL_MILLIS = 200;

    static {
        // On Linux and macOS the JDK reads the CUPS queues once and then only every two minutes, so a
        // printer added while Loket runs stays invisible. Without polling it asks CUPS at every lookup,
        // which is cheap on the local spooler. Set before the JDK's lookup class loads; a value given on
        // the command line wins.
        if (System.getProperty("sun.java2d.print.polling") == null) {
            System.setProperty("sun.java2d.print.polling", "false");
        }
    }

    private final String printerName;
    private final int statusPollMillis;
    private final int confirmTimeoutMillis;
    private StatusPoller poller;

    /**
     * @param printerName          the print queue's name; empty for the system's default printer
     * @param confirmTimeoutMillis how long to wait for CUPS to finish a job; 0 to confirm on spooling
     */
    public OsPrinter(String driverId, DeviceInfo info, String printerName, int statusPollMillis,
                     int confirmTimeoutMillis) {
        super(driverId, info);
        this.printerName = printerName;
        this.statusPollMillis = statusPollMillis;
        this.confirmTimeoutMillis = confirmTimeoutMillis;
    }

    /** The print services this computer offers now. */
    public static List<String> serviceNames() {
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null)).map(PrintService::getName).toList();
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
        return format == PrintJob.Format.PDF;
    }

    @Override
    public synchronized PrintResult print(PrintJob job) {
        if (!started()) {
            return PrintResult.failed(DeviceProblem.DRIVER_STOPPED, "the os-printer driver is not started");
        }
        if (job.format() != PrintJob.Format.PDF) {
            return PrintResult.failed(DeviceProblem.FORMAT_UNSUPPORTED,
                    "the operating system's print service takes PDF here, not " + job.format());
        }
        Optional<PrintService> found = service();
        if (found.isEmpty()) {
            return fail(DeviceProblem.PRINTER_NOT_FOUND, notFound());
        }
        PrintService service = found.get();
        Optional<String> offline = offline(service);
        if (offline.isPresent()) {
            return fail(DeviceProblem.PRINTER_OFFLINE, offline.get());
        }
        CupsQueue cups = CupsQueue.available() ? new CupsQueue(service.getName()) : null;
        long lastJob = 0;
        if (cups != null) {
            try {
                Optional<String> stopped = cups.whyNotPrinting();
                if (stopped.isPresent()) {
                    return fail(DeviceProblem.PRINTER_OFFLINE, stopped.get());
                }
                lastJob = cups.lastJob();
            } catch (IOException e) {
                LOG.warn("printer {}: cannot ask CUPS about {}; the job is confirmed on spooling", driverId(),
                        service.getName(), e);
                cups = null;
            }
        }
        PDDocument document;
        try {
            document = PdfDocuments.load(job.content());
        } catch (PdfDocuments.InvalidDocument e) {
            return PrintResult.failed(DeviceProblem.DOCUMENT_INVALID, e.getMessage());
        }
        status.set(DeviceStatus.of(DeviceStatus.State.BUSY));
        int pages = document.getNumberOfPages();
        try {
            PrinterJob printerJob = PrinterJob.getPrinterJob();
            printerJob.setPrintService(service);
            printerJob.setJobName(PdfDocuments.safeName(job.name()));
            printerJob.setPageable(new PDFPageable(document));
            printerJob.print();
        } catch (PrinterException e) {
            LOG.warn("printer {}: the print service refused {}", driverId(), job, e);
            return fail(DeviceProblem.PRINT_REJECTED, service.getName() + ": " + e);
        } finally {
            PdfDocuments.close(document);
        }
        if (cups == null || confirmTimeoutMillis == 0) {
            status.set(DeviceStatus.ready());
            return PrintResult.confirmed("spooled to " + service.getName() + " (" + pages + " pages)");
        }
        return awaitCups(cups, lastJob, pages);
    }

    /** Waits until CUPS has finished the job printed after {@code lastJob}; cancels it when it does not. */
    private PrintResult awaitCups(CupsQueue cups, long lastJob, int pages) {
        long deadline = System.nanoTime() + confirmTimeoutMillis * 1_000_000L;
        try {
            java.util.OptionalLong job = cups.jobAfter(lastJob);
            if (job.isEmpty()) {
                status.set(DeviceStatus.ready());
                return PrintResult.confirmed("spooled to " + cups.queue()
                        + " (" + pages + " pages); CUPS kept no record of the job to follow");
            }
            long id = job.getAsLong();
            while (cups.pending(id)) {
                if (System.nanoTime() > deadline) {
                    cups.cancel(id);
                    return fail(DeviceProblem.TIMEOUT, "CUPS job " + cups.jobName(id) + " was still queued after "
                            + confirmTimeoutMillis + " ms (printer off or out of paper?); it was cancelled so it "
                            + "cannot print later");
                }
                Thread.sleep(CONFIRM_POLL_MILLIS);
            }
            status.set(DeviceStatus.ready());
            return PrintResult.confirmed("CUPS finished job " + cups.jobName(id) + " (" + pages + " pages)");
        } catch (IOException e) {
            return fail(DeviceProblem.PRINTER_OFFLINE, "cannot follow the job in CUPS: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail(DeviceProblem.TIMEOUT, "interrupted while waiting for CUPS to finish the job");
        }
    }

    private PrintResult fail(DeviceProblem problem, String detail) {
        status.set(DeviceStatus.error(problem, detail));
        return PrintResult.failed(problem, detail);
    }

    private void refresh() {
        try {
            Optional<PrintService> found = service();
            if (found.isEmpty()) {
                status.set(DeviceStatus.error(DeviceProblem.PRINTER_NOT_FOUND, notFound()));
                return;
            }
            Optional<String> offline = offline(found.get());
            if (offline.isEmpty() && CupsQueue.available()) {
                offline = new CupsQueue(found.get().getName()).whyNotPrinting();
            }
            status.set(offline.map(d -> DeviceStatus.error(DeviceProblem.PRINTER_OFFLINE, d))
                    .orElseGet(DeviceStatus::ready));
        } catch (IOException e) {
            LOG.warn("printer {}: cannot ask CUPS about the queue: {}", driverId(), e.getMessage());
            status.set(DeviceStatus.ready());
        } catch (RuntimeException e) {
            LOG.error("printer {}: looking up the print service failed", driverId(), e);
            status.set(DeviceStatus.error(DeviceProblem.PRINTER_NOT_FOUND, e.toString()));
        }
    }

    private Optional<PrintService> service() {
        if (printerName.isEmpty()) {
            return Optional.ofNullable(PrintServiceLookup.lookupDefaultPrintService());
        }
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .filter(s -> s.getName().equals(printerName)).findFirst();
    }

    private String notFound() {
        List<String> names = serviceNames();
        return (printerName.isEmpty() ? "no default printer" : "no printer named " + printerName)
                + "; printers: " + (names.isEmpty() ? "(none)" : names);
    }

    private static Optional<String> offline(PrintService service) {
        PrinterIsAcceptingJobs accepting = service.getAttribute(PrinterIsAcceptingJobs.class);
        if (accepting == PrinterIsAcceptingJobs.NOT_ACCEPTING_JOBS) {
            return Optional.of(service.getName() + " does not accept jobs");
        }
        PrinterState state = service.getAttribute(PrinterState.class);
        if (state == PrinterState.STOPPED) {
            return Optional.of(service.getName() + " is stopped");
        }
        return Optional.empty();
    }
}
