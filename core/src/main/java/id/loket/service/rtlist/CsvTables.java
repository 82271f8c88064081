package id.loket.service.rtlist;

import id.loket.domain.rtlist.HeaderMapper;
import id.loket.domain.rtlist.SourceCell;
import id.loket.domain.rtlist.SourceRow;
import id.loket.domain.text.Message;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an RT list saved as CSV the ways spreadsheets save it: separated by commas or (in an
 * Indonesian Excel) semicolons, in UTF-8 with or without a byte order mark or, from "CSV (Comma
 * delimited)" on Windows, in Windows-1252; quoted fields, line breaks inside quotes, CRLF or LF.
 */
final class CsvTables {

    private static final char[] SEPARATORS = {',', ';', '\t'};
    private static final int SAMPLE_CHARS = 64 * 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int BOM_LENGTH = 3;

    private CsvTables() {
    }

    static void read(Path file, TableVisitor visitor, ReadingLimits limits) throws UnreadableFileException {
        String name = RtListReader.nameOf(file);
        try {
            long size = Files.size(file);
            if (size > limits.maxTableBytes()) {
                throw new UnreadableFileException(Message.of("import.limit.fileSize", name,
                        ReadingLimits.megabytes(size), ReadingLimits.megabytes(limits.maxTableBytes())),
                        "CSV file of " + size + " bytes: " + file, null);
            }
            Charset charset = isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
            char separator = separator(sample(file, charset));
            CSVFormat format = format(separator);
            try (CountingStream counted = new CountingStream(new BufferedInputStream(Files.newInputStream(file)));
                 RowLengthGuard reader = new RowLengthGuard(new InputStreamReader(skipBom(counted), charset),
                         limits.maxRowChars());
                 CSVParser parser = CSVParser.parse(reader, format)) {
                visitor.table(Optional.empty());
                Iterator<CSVRecord> records = parser.iterator();
                while (hasNext(records, parser, name, limits)) {
                    CSVRecord record = records.next();
                    reader.rowEnded();
                    visitor.row(row(record));
                    visitor.position(counted.count, size);
                }
            }
        } catch (IOException e) {
            throw RtListReader.unreadable(file, e);
        } catch (UncheckedIOException e) {
            throw RtListReader.unreadable(file, e.getCause());
        }
    }

    /**
     * Commons CSV reports a broken quote from the iterator; name the line it happened on. A row that grew
     * past the row limit while being parsed is named by its number: the rows before it were all complete.
     */
    private static boolean hasNext(Iterator<CSVRecord> records, CSVParser parser, String name, ReadingLimits limits)
            throws UnreadableFileException {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof RowLengthGuard.RowTooLong) {
                throw new UnreadableFileException(Message.of("import.limit.rowLength", name,
                        String.valueOf(parser.getRecordNumber() + 1), limits.maxRowChars()),
                        "CSV row longer than " + limits.maxRowChars() + " characters in " + name, e);
            }
            throw new UnreadableFileException(Message.of("import.file.badCsv", name,
                    String.valueOf(parser.getCurrentLineNumber())), "malformed CSV " + name, e);
        }
    }

    static CSVFormat format(char separator) {
        // Empty lines are kept as records so that record numbers stay the row numbers a spreadsheet shows.
        return CSVFormat.Builder.create()
                .setDelimiter(separator)
                .setQuote('"')
                .setRecordSeparator("\r\n")
                .setIgnoreEmptyLines(false)
                .build();
    }

    private static SourceRow row(CSVRecord record) {
        SourceCell[] cells = new SourceCell[record.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = SourceCell.text(record.get(i));
        }
        return new SourceRow(Math.toIntExact(record.getRecordNumber()), Arrays.asList(cells));
    }

    /**
     * The separator whose reading of the first rows yields a header row Loket recognises; failing that,
     * the one that splits one of the first rows into the most columns (the header, not a one-cell title
     * above it, which every separator reads alike).
     */
    static char separator(String sample) {
        char widest = ',';
        int widestCount = 0;
        for (char candidate : SEPARATORS) {
            int count = 0;
            for (List<String> row : firstRows(sample, candidate)) {
                if (HeaderMapper.match(1, row).mapping().isPresent()) {
                    return candidate;
                }
                if (row.stream().anyMatch(cell -> !cell.isBlank())) {
                    count = Math.max(count, row.size());
                }
            }
            if (count > widestCount) {
                widest = candidate;
                widestCount = count;
            }
        }
        return widest;
    }

    private static List<List<String>> firstRows(String sample, char separator) {
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(sample), format(separator))) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
                if (rows.size() == HeaderMapper.SEARCH_ROWS) {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // The sample ends where it was cut, possibly inside quotes: the rows before that are enough.
            return rows;
        }
        return rows;
    }

    private static String sample(Path file, Charset charset) throws IOException {
        try (Reader reader = new InputStreamReader(skipBom(new BufferedInputStream(Files.newInputStream(file))),
                charset)) {
            char[] buffer = new char[SAMPLE_CHARS];
            int length = 0;
            int read;
            while (length < buffer.length && (read = reader.read(buffer, length, buffer.length - length)) > 0) {
                length += read;
            }
            return new String(buffer, 0, length);
        }
    }

    /** True when the whole file is valid UTF-8 (plain ASCII included). */
    static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), strict)) {
            reader.transferTo(Writer.nullWriter()); // decoding is the test: a malformed byte throws
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Skips a UTF-8 byte order mark, which Excel's "CSV UTF-8" writes and which would spoil the first header. */
    private static InputStream skipBom(InputStream in) throws IOException {
        in.mark(BOM_LENGTH);
        byte[] start = in.readNBytes(BOM_LENGTH);
        boolean bom = start.length == BOM_LENGTH && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB
                && (start[2] & 0xFF) == 0xBF;
        if (!bom) {
            in.reset();
        }
        return in;
    }

    /**
     * Stops the parsing once one row has taken more characters than a row may have. Commons CSV keeps a
     * field in memory until its closing quote, so without this a quote never closed would take the
     * rest of the file, however large, into one value.
     */
    static final class RowLengthGuard extends FilterReader {

        /** The row being parsed is longer than the limit. */
        static final class RowTooLong extends IOException {
            RowTooLong(int limit) {
                super("a CSV row longer than " + limit + " characters");
            }
        }

        private final int limit;
        private long read;
        private long rowStart;

        RowLengthGuard(Reader in, int limit) {
            super(in);
            this.limit = limit;
        }

        /** A row was parsed: what comes next belongs to the next row. */
        void rowEnded() {
            rowStart = read;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                counted(1);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        /**
         * The parser reads ahead in blocks, so what it has taken since the last row ended is the row so
         * far plus at most one block of the rows after it; the limit is far above a block.
         */
        private void counted(int n) throws RowTooLong {
            read += n;
            if (read - rowStart > limit) {
                throw new RowTooLong(limit);
            }
        }
    }

    /** Counts the bytes taken from the file, for the progress bar. */
    private static final class CountingStream extends FilterInputStream {
        private long count;
        private long mark;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }

        @Override
        public synchronized void mark(int limit) {
            super.mark(limit);
            mark = count;
        }

        @Override
        public synchronized void reset() throws IOException {
            super.reset();
            count = mark;
        }
    }
}
