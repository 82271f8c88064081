package id.loket.device.print;

import id.loket.device.api.DeviceInfo;
import id.loket.device.api.DeviceProblem;
import id.loket.device.api.DeviceRole;
import id.loket.device.api.DeviceStatus;
import id.loket.device.api.PrintJob;
import id.loket.device.api.PrintResult;
import id.loket.device.api.ReceiptPrinter;
import id.loket.device.support.DriverBase;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * Saves each printout as a PDF file in a folder instead of printing it: for a PC without a printer,
 * and the demo default. A file is written beside its final name and moved into place, so the folder
 * never holds half a printout; a name already taken gets {@code -2}, {@code -3}, ...
 */
public final class PdfFolderPrinter extends DriverBase implements ReceiptPrinter {

    private final Path folder;

    public PdfFolderPrinter(String driverId, Path folder) {
        super(driverId, new DeviceInfo(driverId, DeviceRole.PRINTER, "PDF files in " + folder.toAbsolutePath(),
                Map.of("folder", folder.toAbsolutePath().toString())));
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    @Override
    protected void onStart() {
        try {
            Files.createDirectories(folder);
            if (!Files.isWritable(folder)) {
                status.set(DeviceStatus.error(DeviceProblem.OUTPUT_FOLDER_UNWRITABLE, folder + " is not writable"));
                return;
            }
            status.set(DeviceStatus.ready());
        } catch (IOException e) {
            status.set(DeviceStatus.error(DeviceProblem.OUTPUT_FOLDER_UNWRITABLE, folder + ": " + e));
        }
    }

    @Override
    protected void onStop() {
        // Nothing is held open between jobs.
    }

    @Override
    public boolean accepts(PrintJob.Format format) {
        return format == PrintJob.Format.PDF;
    }

    @Override
    public synchronized PrintResult print(PrintJob job) {
        if (!started()) {
            return PrintResult.failed(DeviceProblem.DRIVER_STOPPED, "the pdf-folder printer is not started");
        }
        if (job.format() != PrintJob.Format.PDF) {
            return PrintResult.failed(DeviceProblem.FORMAT_UNSUPPORTED, "the pdf-folder printer takes PDF only, not "
                    + job.format());
        }
        byte[] pdf = job.content();
        try {
            PdfDocuments.check(pdf);
        } catch (PdfDocuments.InvalidDocument e) {
            return PrintResult.failed(DeviceProblem.DOCUMENT_INVALID, e.getMessage());
        }
        Path temp = null;
        try {
            Files.createDirectories(folder);
            String base = PdfDocuments.safeName(job.name());
            temp = Files.createTempFile(folder, "." + base + "-", ".part");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                out.write(pdf);
                out.flush();
                channel.force(true);
            }
            Path target = freeName(base);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target);
            }
            temp = null;
            status.set(DeviceStatus.ready());
            return PrintResult.confirmed("written " + target.toAbsolutePath() + " (" + pdf.length + " bytes)");
        } catch (IOException e) {
            status.set(DeviceStatus.error(DeviceProblem.OUTPUT_FOLDER_UNWRITABLE, folder + ": " + e));
            return PrintResult.failed(DeviceProblem.OUTPUT_FOLDER_UNWRITABLE, folder + ": " + e);
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    private Path freeName(String base) {
        Path target = folder.resolve(base + ".pdf");
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve(base + "-" + n + ".pdf");
        }
        return target;
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(PdfFolderPrinter.class).warn("Could not remove {}", temp, e);
        }
    }
}
