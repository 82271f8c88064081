package id.loket.service.device;

import id.loket.device.api.DeviceProblem;
import id.loket.device.api.PrintJob;
import id.loket.device.api.PrintResult;
import id.loket.device.api.ReceiptPrinter;
import id.loket.domain.text.Message;
import id.loket.service.DeviceProblemTexts;
import id.loket.service.Failures;
import id.loket.storage.DocumentFolder;
import id.loket.storage.PrintJobRepository;
import id.loket.storage.PrintJobRepository.Kind;
import id.loket.storage.PrintJobRepository.Row;
import id.loket.storage.StorageException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends tickets and receipts to the printer and keeps the score: a printout counts as printed only
 * when the driver confirmed the job. Every job is stored; a failed one stays on the reprint list with
 * its problem until a reprint is confirmed.
 */
public final class PrintoutService {

    private static final Logger LOG = LoggerFactory.getLogger(PrintoutService.class);

    /** How a print ended: confirmed, or failed with what to tell the person at the counter. */
    public record PrintOutcome(long jobId, boolean printed, Optional<Message> problem) {
    }

    /** A receipt on the reprint list. */
    public record Pending(long jobId, String code, Message problem, int attempts, LocalDateTime since) {
    }

    private final PrintJobRepository jobs;
    private final DocumentFolder documents;
    private final ReceiptPrinter printer;
    private final int counterNumber;
    private final Clock clock;

    /**
     * @param documents     where the printouts are kept (sealed): a reprint opens its file from there
     * @param counterNumber this PC's counter: its failed receipts are its reprint list (its own printer)
     */
    public PrintoutService(PrintJobRepository jobs, DocumentFolder documents, ReceiptPrinter printer, int counterNumber,
                     Clock clock) {
        this.jobs = jobs;
        this.documents = documents;
        this.counterNumber = counterNumber;
        this.printer = printer;
        this.clock = clock;
    }

    /** Prints a queue ticket; blocks until the driver confirmed or failed it. */
    public PrintOutcome printTicket(long ticketId, String number, byte[] pdf, Path path) {
        return print(Kind.TICKET, ticketId, number, pdf, path);
    }

    /** Prints a registration's receipt; blocks until the driver confirmed or failed it. */
    public PrintOutcome printReceipt(long registrationId, String code, byte[] pdf, Path path) {
        return print(Kind.RECEIPT, registrationId, code, pdf, path);
    }

    private PrintOutcome print(Kind kind, long recordId, String code, byte[] pdf, Path path) {
        Row job = jobs.start(kind, recordId, code, counterNumber, path.toString(), LocalDateTime.now(clock));
        return send(job.id(), code, pdf);
    }

    /** The receipts of this counter whose printing failed, oldest first. */
    public List<Pending> reprintList() {
        return jobs.failed(Kind.RECEIPT, counterNumber).stream()
                .map(row -> new Pending(row.id(), row.recordCode(), problemText(row.problem()), row.attempts(),
                        row.createdAt()))
                .toList();
    }

    /**
     * Prints a failed job again from its kept PDF. A job that is no longer failed (already reprinted)
     * is not printed a second time: the outcome says printed.
     */
    public PrintOutcome reprint(long jobId) {
        Row job = jobs.find(jobId).orElseThrow(() -> new IllegalArgumentException("no print job " + jobId));
        if (!jobs.retry(jobId, LocalDateTime.now(clock))) {
            Row now = jobs.find(jobId).orElseThrow();
            return new PrintOutcome(jobId, now.status() == PrintJobRepository.Status.PRINTED,
                    now.problem().map(PrintoutService::problemText));
        }
        Optional<byte[]> pdf;
        try {
            pdf = documents.read(Path.of(job.documentPath()));
        } catch (StorageException e) {
            // Changed or swapped on disk: printing it could hand one resident another's receipt.
            LOG.error("Kept printout {} of print job {} refused", job.documentPath(), jobId, e);
            jobs.failed(jobId, DeviceProblem.DOCUMENT_INVALID.name());
            return new PrintOutcome(jobId, false, Optional.of(Failures.describe(e)));
        } catch (UncheckedIOException e) {
            LOG.error("Cannot read the kept printout {} of print job {}", job.documentPath(), jobId, e);
            pdf = Optional.empty();
        }
        if (pdf.isEmpty()) {
            LOG.error("The kept printout {} of print job {} is gone", job.documentPath(), jobId);
            jobs.failed(jobId, DeviceProblem.DOCUMENT_INVALID.name());
            return new PrintOutcome(jobId, false, Optional.of(DeviceProblemTexts.message(DeviceProblem.DOCUMENT_INVALID)));
        }
        return send(jobId, job.recordCode(), pdf.get());
    }

    private PrintOutcome send(long jobId, String name, byte[] pdf) {
        PrintResult result;
        try {
            result = printer.print(PrintJob.pdf(name, pdf));
        } catch (RuntimeException e) {
            // A driver should report trouble in its result; one that throws still leaves the job reprintable.
            jobs.failed(jobId, DeviceProblem.PRINTER_FAULT.name());
            throw e;
        }
        if (result.confirmed()) {
            jobs.printed(jobId, LocalDateTime.now(clock));
            LOG.info("Printed {}: {}", name, result.detail());
            return new PrintOutcome(jobId, true, Optional.empty());
        }
        DeviceProblem problem = result.problem().orElseThrow();
        jobs.failed(jobId, problem.name());
        LOG.warn("Printing {} failed: {} ({})", name, problem, result.detail());
        return new PrintOutcome(jobId, false, Optional.of(DeviceProblemTexts.message(problem)));
    }

    private static Message problemText(Optional<String> code) {
        return problemText(code.orElse(DeviceProblem.PRINTER_FAULT.name()));
    }

    private static Message problemText(String code) {
        return DeviceProblemTexts.message(DeviceProblem.valueOf(code));
    }
}
