package id.loket.service.rtlist;

import id.loket.domain.text.Message;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;

/**
 * Looks through a workbook before it is read and refuses one that would take the reader past
 * {@link ReadingLimits}, or past what any spreadsheet program writes.
 *
 * <p>Why before: the workbook reader unpacks parts as it needs them and sizes its memory from what the
 * file says. It keeps every row as wide as the widest cell reference of that row ({@code r="XFD1"} is
 * column 16,384, a crafted {@code r="ZZZZZZ1"} is 300 million) and every shared text up to the highest
 * number a cell names, and its XML parser holds each text whole. So every part is unpacked here first,
 * counted as it comes out (never trusting the sizes the zip declares), and the sheets and the shared
 * texts are parsed for exactly those numbers and for texts longer than a cell holds. The same zip
 * library as the reader's reads the file, every entry of it, so both see the same parts.
 *
 * <p>Costs one more pass over the workbook's XML, a fraction of the reading itself.
 */
final class WorkbookCheck {

    /** Excel's own limits: no sheet made by a spreadsheet program goes beyond them. */
    static final int EXCEL_ROWS = 1_048_576;
    static final int EXCEL_COLUMNS = 16_384;

    /** Parts smaller than this are not judged by their ratio: tiny parts pack unevenly. */
    private static final long RATIO_GRACE_BYTES = 1024 * 1024;
    private static final int XML_SNIFF_BYTES = 64;
    /** The zip's end record: its signature, its fixed size and the longest comment it may carry. */
    private static final int END_SIGNATURE = 0x06054b50;
    private static final int END_RECORD = 22;
    private static final int MAX_COMMENT = 0xFFFF;
    /** Excel writes a few dozen parts; a workbook of 256 sheets with drawings has under a thousand. */
    static final int MAX_PARTS = 10_000;
    private static final long MAX_DIRECTORY_BYTES = 4L * 1024 * 1024;
    /** A shared text's number, spaces around it included: nine digits are more than the texts allowed. */
    private static final int SHARED_TEXT_NUMBER_CHARS = 16;
    private static final XMLInputFactory XML = xmlFactory();

    private final Path file;
    private final String name;
    private final ReadingLimits limits;
    private long unpacked;
    private int sharedTexts;
    private long highestSharedText = -1;

    private WorkbookCheck(Path file, ReadingLimits limits) {
        this.file = file;
        this.name = RtListReader.nameOf(file);
        this.limits = limits;
    }

    /** Returns when the workbook is within limits; otherwise says which limit it goes beyond. */
    static void inspect(Path file, ReadingLimits limits) throws UnreadableFileException, IOException {
        new WorkbookCheck(file, limits).inspect();
    }

    private void inspect() throws UnreadableFileException, IOException {
        checkDirectory();
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            Enumeration<ZipArchiveEntry> entries = zip.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                if (entry.getSize() > limits.maxTableBytes() - unpacked) {
                    throw tooBig();
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    if (in == null) {
                        throw malformed(entry.getName() + ": packed in a way no spreadsheet program uses");
                    }
                    inspect(entry, new Counted(in, entry));
                }
            }
        } catch (Refused e) {
            throw e.refusal();
        }
        if (highestSharedText >= sharedTexts) {
            throw malformed("a cell names shared text " + highestSharedText + " of " + sharedTexts);
        }
    }

    /**
     * The zip library holds the file's whole directory, an object per part, before anything else can be
     * asked: read its size from the file's end first. Excel writes a few dozen parts; a directory of
     * millions of empty parts, a few dozen megabytes packed, would take a gigabyte.
     */
    private void checkDirectory() throws UnreadableFileException, IOException {
        long size = Files.size(file);
        int tail = (int) Math.min(size, END_RECORD + MAX_COMMENT);
        ByteBuffer end;
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(size - tail);
            end = ByteBuffer.wrap(in.readNBytes(tail)).order(ByteOrder.LITTLE_ENDIAN);
        }
        // The end record is the last one whose comment reaches exactly to the end of the file.
        for (int at = tail - END_RECORD; at >= 0; at--) {
            if (end.getInt(at) == END_SIGNATURE && at + END_RECORD + (end.getShort(at + 20) & 0xFFFF) == tail) {
                long parts = end.getShort(at + 10) & 0xFFFF;
                long directory = end.getInt(at + 12) & 0xFFFFFFFFL;
                if (parts == 0xFFFF || directory == 0xFFFFFFFFL) {
                    throw malformed("a zip directory for files of gigabytes (ZIP64)");
                }
                if (parts > MAX_PARTS || directory > MAX_DIRECTORY_BYTES) {
                    throw malformed("a zip of " + parts + " parts");
                }
                return;
            }
        }
        // No end record: the zip library names the damaged file.
    }

    /**
     * Parses every part that starts like XML, whatever its name: the workbook's relationships may
     * give a sheet any name. A part that is not XML (a picture, printer settings) is only unpacked.
     */
    private void inspect(ZipArchiveEntry entry, Counted counted) throws UnreadableFileException, IOException {
        BufferedInputStream in = new BufferedInputStream(counted);
        Parsed parsed = new Parsed();
        if (looksLikeXml(in)) {
            try {
                XMLStreamReader xml = XML.createXMLStreamReader(keptOpen(in));
                try {
                    parse(entry.getName(), xml, parsed);
                } finally {
                    xml.close();
                }
            } catch (XMLStreamException e) {
                Refused refused = refusalIn(e);
                if (refused != null) {
                    throw refused;
                }
                // Rows are read from sheets and texts from the shared texts only: another part that is
                // not well-formed is the reader's to name, and costs it no memory.
                if ("worksheet".equals(parsed.root) || "sst".equals(parsed.root)) {
                    throw malformed(entry.getName() + ": " + e.getMessage());
                }
            }
        }
        in.transferTo(OutputStream.nullOutputStream()); // every part counts, XML or not
        if ("sst".equals(parsed.root) && counted.count > limits.maxSharedTextBytes()) {
            throw sharedTextsTooMany();
        }
    }

    /** The part's stream for the parser, which closes it when done: the rest is still to be counted. */
    private static InputStream keptOpen(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {
                // left open: inspect(...) reads the part to its end and the zip closes it
            }
        };
    }

    /** What a part's parsing found so far, kept when the parsing fails halfway. */
    private static final class Parsed {
        String root;
    }

    /** A '<' after an optional byte order mark and white space. */
    private static boolean looksLikeXml(BufferedInputStream in) throws IOException {
        in.mark(XML_SNIFF_BYTES);
        byte[] start = in.readNBytes(XML_SNIFF_BYTES);
        in.reset();
        int at = start.length >= 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB
                && (start[2] & 0xFF) == 0xBF ? 3 : 0;
        while (at < start.length && Character.isWhitespace(start[at])) {
            at++;
        }
        return at < start.length && start[at] == '<';
    }

    /** The XML parser wraps what the stream threw; find our refusal in it. */
    private static Refused refusalIn(Throwable thrown) {
        Throwable t = thrown;
        for (int depth = 0; t != null && depth < 10; depth++) {
            if (t instanceof Refused refused) {
                return refused;
            }
            Throwable next = t.getCause();
            if (next == null && t instanceof XMLStreamException x) {
                next = x.getNestedException();
            }
            t = next == t ? null : next;
        }
        return null;
    }

    /**
     * Walks one XML part; sheets and the shared texts are checked, every other part only unpacked.
     */
    private void parse(String part, XMLStreamReader xml, Parsed parsed)
            throws XMLStreamException, UnreadableFileException {
        int depth = 0;
        String root = null;
        int rows = 0;
        int cellsInRow = 0;
        boolean sharedTextCell = false;
        // The text of one cell (a sheet's c) or one shared text (si) is counted as it comes, in pieces.
        int textDepth = 0;
        long textChars = 0;
        StringBuilder sharedTextNumber = null;
        while (xml.hasNext()) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    String element = xml.getLocalName();
                    if (root == null) {
                        root = element;
                        parsed.root = element;
                    } else if ("worksheet".equals(root)) {
                        switch (element) {
                            case "row" -> {
                                cellsInRow = 0;
                                if (++rows > EXCEL_ROWS) {
                                    throw malformed(part + ": more than " + EXCEL_ROWS + " rows");
                                }
                            }
                            case "c" -> {
                                if (++cellsInRow > EXCEL_COLUMNS) {
                                    throw malformed(part + ": a row of more than " + EXCEL_COLUMNS + " cells");
                                }
                                checkReference(part, xml.getAttributeValue(null, "r"));
                                sharedTextCell = "s".equals(xml.getAttributeValue(null, "t"));
                                textDepth = depth;
                                textChars = 0;
                            }
                            case "v" -> sharedTextNumber = sharedTextCell ? new StringBuilder() : null;
                            default -> {
                            }
                        }
                    } else if ("sst".equals(root) && depth == 2 && "si".equals(element)) {
                        if (++sharedTexts > limits.maxSharedTexts()) {
                            throw sharedTextsTooMany();
                        }
                        textDepth = depth;
                        textChars = 0;
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (textDepth > 0) {
                        textChars += xml.getTextLength();
                        if (textChars > limits.maxCellChars()) {
                            throw malformed(part + ": a cell or text of more than " + limits.maxCellChars()
                                    + " characters");
                        }
                    }
                    if (sharedTextNumber != null) {
                        if (sharedTextNumber.length() + xml.getTextLength() > SHARED_TEXT_NUMBER_CHARS) {
                            throw malformed(part + ": a shared text number of more than "
                                    + SHARED_TEXT_NUMBER_CHARS + " characters");
                        }
                        sharedTextNumber.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (sharedTextNumber != null && "v".equals(xml.getLocalName())) {
                        sharedText(part, sharedTextNumber.toString());
                        sharedTextNumber = null;
                    }
                    if (depth == textDepth) {
                        textDepth = 0;
                    }
                    depth--;
                }
                default -> {
                }
            }
        }
    }

    /** A cell reference: one to three letters up to XFD, then a row number Excel can have. */
    private void checkReference(String part, String reference) throws UnreadableFileException {
        if (reference == null) {
            return; // optional: the cell after the previous one
        }
        int letters = 0;
        int column = 0;
        int at = reference.startsWith("$") ? 1 : 0;
        while (at < reference.length() && Character.isLetter(reference.charAt(at))) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(at)) - 'A' + 1);
            letters++;
            at++;
        }
        if (at < reference.length() && reference.charAt(at) == '$') {
            at++;
        }
        String digits = reference.substring(at);
        boolean valid = letters >= 1 && letters <= 3 && column <= EXCEL_COLUMNS && !digits.isEmpty()
                && digits.length() <= 7 && digits.chars().allMatch(c -> c >= '0' && c <= '9')
                && Integer.parseInt(digits) >= 1 && Integer.parseInt(digits) <= EXCEL_ROWS;
        if (!valid) {
            throw malformed(part + ": cell reference " + shorten(reference));
        }
    }

    private void sharedText(String part, String number) throws UnreadableFileException {
        String digits = number.strip();
        if (digits.isEmpty()) {
            return;
        }
        if (digits.length() > 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw malformed(part + ": shared text number " + shorten(digits));
        }
        highestSharedText = Math.max(highestSharedText, Long.parseLong(digits));
    }

    private UnreadableFileException tooBig() {
        return new UnreadableFileException(Message.of("import.limit.unpacked", name,
                ReadingLimits.megabytes(limits.maxTableBytes())), "workbook unpacks beyond the limit: " + file, null);
    }

    private UnreadableFileException sharedTextsTooMany() {
        return new UnreadableFileException(Message.of("import.limit.sharedTexts", name, limits.maxSharedTexts(),
                ReadingLimits.megabytes(limits.maxSharedTextBytes())), "too many shared texts: " + file, null);
    }

    private UnreadableFileException malformed(String detail) {
        return new UnreadableFileException(Message.of("import.file.unlikeExcel", name, detail),
                "workbook unlike Excel's (" + detail + "): " + file, null);
    }

    private static String shorten(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }

    /**
     * The JDK's own parser, not the reader's: it hands long text over in pieces of a few kilobytes, so
     * a cell of a hundred megabytes is counted and refused without being held (the reader's parser
     * holds a text whole).
     */
    private static XMLInputFactory xmlFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.IS_COALESCING, Boolean.FALSE);
        // No document type, no outside entities: a workbook part needs neither (XXE, "billion laughs").
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        return factory;
    }

    /**
     * One part as it is unpacked: stops at the file's limit of unpacked bytes and at a part that unpacks
     * more times its packed size than real spreadsheets do (a zip bomb), whatever the zip declares.
     */
    private final class Counted extends FilterInputStream {
        private final ZipArchiveEntry entry;
        private long count;

        Counted(InputStream in, ZipArchiveEntry entry) {
            super(in);
            this.entry = entry;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws IOException {
            count += n;
            unpacked += n;
            if (unpacked > limits.maxTableBytes()) {
                throw new Refused(tooBig());
            }
            if (count > RATIO_GRACE_BYTES && count / Math.max(1, packed()) > limits.maxCompressionRatio()) {
                throw new Refused(new UnreadableFileException(Message.of("import.limit.ratio", name,
                        entry.getName(), limits.maxCompressionRatio()), "zip bomb? " + entry.getName(), null));
            }
        }

        /** The packed bytes read so far, as the zip library counted them; else what the zip declares. */
        private long packed() {
            return in instanceof InputStreamStatistics statistics ? statistics.getCompressedCount()
                    : entry.getCompressedSize();
        }
    }

    /** Carries a refusal out through the XML parser, which only lets I/O errors through. */
    static final class Refused extends IOException {
        private final UnreadableFileException refusal;

        Refused(UnreadableFileException refusal) {
            super(refusal.getMessage(), refusal);
            this.refusal = refusal;
        }

        UnreadableFileException refusal() {
            return refusal;
        }
    }
}
