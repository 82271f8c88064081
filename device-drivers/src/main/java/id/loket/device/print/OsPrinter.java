package id.loket.device.print;

import id.loket.device.api.DeviceInfo;
import id.loket.device.api.DeviceProblem;
import id.loket.device.api.DeviceStatus;
import id.loket.device.api.PrintJob;
import id.loket.device.api.PrintResult;
import id.loket.device.api.ReceiptPrinter;
import id.loket.device.support.DeviceThreads;
import id.loket.device.support.DriverBase;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
 * <p>A job is confirmed when the spooler has accepted it; a queue that is stopped or does not accept
 * jobs fails the job at once (PRINTER_OFFLINE), and a missing queue is PRINTER_NOT_FOUND. What happens
 * after the spooler (a jam on the printer) is not visible through javax.print.
 */
public final class OsPrinter extends DriverBase implements ReceiptPrinter {

    private static final Logger LOG = LoggerFactory.getLogger(OsPrinter.class);

    private final String printerName;
    private final int statusPollMillis;
    private ScheduledExecutorService thread;

    /** @param printerName the print queue's name; empty for the system's default printer */
    public OsPrinter(String driverId, DeviceInfo info, String printerName, int statusPollMillis) {
        super(driverId, info);
        this.printerName = printerName;
        this.statusPollMillis = statusPollMillis;
    }

    /** The print services this computer offers now. */
    public static List<String> serviceNames() {
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null)).map(PrintService::getName).toList();
    }

    @Override
    protected void onStart() {
        status.set(DeviceStatus.of(DeviceStatus.State.CONNECTING));
        thread = DeviceThreads.single("printer " + driverId());
        if (statusPollMillis > 0) {
            thread.scheduleWithFixedDelay(this::refresh, 0, statusPollMillis, TimeUnit.MILLISECONDS);
        } else {
            thread.execute(this::refresh);
        }
    }

    @Override
    protected void onStop() {
        thread.shutdownNow();
        try {
            if (!thread.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("printer {}: status thread did not end within 5 s", driverId());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
        PDDocument document;
        try {
            document = PdfDocuments.load(job.content());
        } catch (PdfDocuments.InvalidDocument e) {
            return PrintResult.failed(DeviceProblem.DOCUMENT_INVALID, e.getMessage());
        }
        status.set(DeviceStatus.of(DeviceStatus.State.BUSY));
        try {
            PrinterJob printerJob = PrinterJob.getPrinterJob();
            printerJob.setPrintService(service);
            printerJob.setJobName(PdfDocuments.safeName(job.name()));
            printerJob.setPageable(new PDFPageable(document));
            printerJob.print();
            status.set(DeviceStatus.ready());
            return PrintResult.confirmed("spooled to " + service.getName() + " (" + document.getNumberOfPages()
                    + " pages)");
        } catch (PrinterException e) {
            LOG.warn("printer {}: the print service refused {}", driverId(), job, e);
            return fail(DeviceProblem.PRINT_REJECTED, service.getName() + ": " + e);
        } finally {
            PdfDocuments.close(document);
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
            status.set(offline.map(d -> DeviceStatus.error(DeviceProblem.PRINTER_OFFLINE, d))
                    .orElseGet(DeviceStatus::ready));
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
