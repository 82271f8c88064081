package id.loket.device.print;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.device.api.DeviceProblem;
import id.loket.device.api.DeviceRegistry;
import id.loket.device.api.DeviceStatus;
import id.loket.device.api.PrintJob;
import id.loket.device.api.PrintResult;
import id.loket.device.api.ReceiptPrinter;
import id.loket.device.testing.Contexts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfFolderPrinterTest {

    @TempDir
    Path dir;

    private ReceiptPrinter printer(String... parameters) {
        ReceiptPrinter printer = DeviceRegistry.load().printer(Contexts.choice("pdf-folder", parameters),
                Contexts.context(dir));
        printer.start();
        return printer;
    }

    private static long files(Path folder) throws Exception {
        try (Stream<Path> list = Files.list(folder)) {
            return list.count();
        }
    }

    @Test
    void writesEachPdfUnderItsNameInTheDataFolderByDefault() throws Exception {
        ReceiptPrinter printer = printer();
        byte[] pdf = TestPdfs.shapes(80, 60);
        PrintResult result = printer.print(PrintJob.pdf("A-023", pdf));
        assertThat(result.confirmed()).isTrue();
        Path file = dir.resolve("printouts/A-023.pdf");
        assertThat(result.detail()).contains(file.toString());
        assertThat(Files.readAllBytes(file)).isEqualTo(pdf);
        assertThat(printer.status().usable()).isTrue();
        assertThat(files(dir.resolve("printouts"))).as("no temporary file is left").isEqualTo(1);
    }

    @Test
    void aNameAlreadyTakenGetsANumberAndAWeirdNameIsMadeSafe() throws Exception {
        ReceiptPrinter printer = printer("folder", dir.resolve("out").toString());
        byte[] pdf = TestPdfs.shapes(80, 60);
        printer.print(PrintJob.pdf("REG/0001", pdf));
        printer.print(PrintJob.pdf("REG/0001", pdf));
        printer.print(PrintJob.pdf("../../etc/passwd", pdf));
        assertThat(dir.resolve("out/REG_0001.pdf")).exists();
        assertThat(dir.resolve("out/REG_0001-2.pdf")).exists();
        assertThat(dir.resolve("out/_._.._etc_passwd.pdf")).exists();
        assertThat(files(dir.resolve("out"))).isEqualTo(3);
    }

    @Test
    void somethingThatIsNotAPdfIsRefusedAndNothingIsWritten() throws Exception {
        ReceiptPrinter printer = printer();
        PrintResult notPdf = printer.print(PrintJob.pdf("x", "hello".getBytes()));
        PrintResult broken = printer.print(PrintJob.pdf("y", "%PDF-1.7 garbage".getBytes()));
        PrintResult raw = printer.print(PrintJob.escPos("z", new byte[] {0x1B, 0x40}));
        assertThat(notPdf.problem()).contains(DeviceProblem.DOCUMENT_INVALID);
        assertThat(broken.problem()).contains(DeviceProblem.DOCUMENT_INVALID);
        assertThat(raw.problem()).contains(DeviceProblem.FORMAT_UNSUPPORTED);
        assertThat(printer.accepts(PrintJob.Format.ESC_POS)).isFalse();
        assertThat(files(dir.resolve("printouts"))).isZero();
    }

    @Test
    void aFolderThatCannotBeMadeIsAnErrorAndEveryJobFails() throws Exception {
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file where the folder should be");
        ReceiptPrinter printer = printer("folder", blocker.resolve("sub").toString());
        assertThat(printer.status().state()).isEqualTo(DeviceStatus.State.ERROR);
        assertThat(printer.status().problem()).contains(DeviceProblem.OUTPUT_FOLDER_UNWRITABLE);
        PrintResult result = printer.print(PrintJob.pdf("A-001", TestPdfs.shapes(80, 60)));
        assertThat(result.confirmed()).isFalse();
        assertThat(result.problem()).contains(DeviceProblem.OUTPUT_FOLDER_UNWRITABLE);
    }

    @Test
    void aStoppedPrinterConfirmsNothing() throws Exception {
        ReceiptPrinter printer = printer();
        printer.stop();
        assertThat(printer.print(PrintJob.pdf("A-002", TestPdfs.shapes(80, 60))).problem())
                .contains(DeviceProblem.DRIVER_STOPPED);
    }
}
