package id.loket.service.rtlist;

import id.loket.domain.text.Message;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads an RT list file of either format, chosen by what the file holds rather than by its name: a
 * workbook renamed to {@code .csv} is still read as a workbook.
 */
public final class RtListReader {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    /** The compound file header of the Excel 97–2003 {@code .xls} format. */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};

    private RtListReader() {
    }

    /** Reads {@code file} into {@code visitor} within the standard limits and returns the format it was read as. */
    public static RtListFormat read(Path file, TableVisitor visitor) throws UnreadableFileException {
        return read(file, visitor, ReadingLimits.STANDARD);
    }

    /**
     * Reads {@code file} into {@code visitor} and returns the format it was read as. A file beyond one of
     * {@code limits} is refused with the message naming that limit, the moment the reading meets it.
     */
    public static RtListFormat read(Path file, TableVisitor visitor, ReadingLimits limits)
            throws UnreadableFileException {
        RtListFormat format = formatOf(file);
        LimitedVisitor limited = new LimitedVisitor(visitor, limits, nameOf(file));
        try {
            switch (format) {
                case CSV -> CsvTables.read(file, limited, limits);
                case XLSX -> XlsxTables.read(file, limited, limits);
            }
        } catch (LimitedVisitor.LimitExceeded e) {
            throw new UnreadableFileException(e.problem(), e.getMessage() + ": " + file, null);
        }
        return format;
    }

    static RtListFormat formatOf(Path file) throws UnreadableFileException {
        String name = nameOf(file);
        if (Files.isDirectory(file)) {
            throw new UnreadableFileException(Message.of("import.file.notFound", name), "a folder: " + file, null);
        }
        byte[] start = new byte[OLE2.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(start, 0, start.length);
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException(Message.of("import.file.notFound", name), "no file " + file, e);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        if (read == 0) {
            throw new UnreadableFileException(Message.of("import.file.empty", name), "empty file " + file, null);
        }
        if (read >= ZIP.length && Arrays.equals(start, 0, ZIP.length, ZIP, 0, ZIP.length)) {
            return RtListFormat.XLSX;
        }
        if (read == OLE2.length && Arrays.equals(start, OLE2)) {
            throw new UnreadableFileException(Message.of("import.file.oldExcel", name), "xls file " + file, null);
        }
        return RtListFormat.CSV;
    }

    static String nameOf(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    static UnreadableFileException unreadable(Path file, IOException e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new UnreadableFileException(Message.of("import.file.unreadable", nameOf(file), why),
                "cannot read " + file, e);
    }
}
