package id.loket.service.rtlist;

/**
 * How much of a list file Loket reads before it refuses the file. Each limit keeps a crafted or broken
 * file from holding the import for minutes or exhausting the memory of a 4 GB counter PC, and each is
 * far above what a real list needs, so a real list never meets one.
 *
 * @param maxRows              rows with content in one file, all sheets together
 * @param maxColumns           columns a row may use, counted to its last cell with content
 * @param maxCellChars         characters in one cell
 * @param maxRowChars          characters in one CSV row while it is parsed, quotes and separators included
 * @param maxTableBytes        bytes of text in one file: a CSV file's size, or what a workbook unpacks to
 * @param maxCompressionRatio  how many times its packed size one part of a workbook may unpack to
 * @param maxSharedTextBytes   bytes a workbook's shared texts unpack to (Excel's one list of every text
 *                             cell's value, which a reader must keep in memory while it reads the sheets)
 * @param maxSharedTexts       texts in that list
 */
public record ReadingLimits(int maxRows, int maxColumns, int maxCellChars, int maxRowChars, long maxTableBytes,
                            int maxCompressionRatio, long maxSharedTextBytes, int maxSharedTexts) {

    /**
     * The limits of every import.
     * <ul>
     * <li>300,000 rows: a whole city's list is about 250,000 households (Balikpapan, Samarinda; one
     *     kelurahan holds 3,000 to 15,000), so a larger file is not one office's list, and split per
     *     kecamatan it still fits.</li>
     * <li>256 columns: a list has about a dozen, an export of Dukcapil or the Dinas Sosial a few dozen;
     *     256 is what a sheet of the old Excel could hold at all.</li>
     * <li>32,767 characters in a cell: the most an Excel cell holds, so only a broken file (typically a
     *     CSV quote never closed) has a longer one.</li>
     * <li>1,000,000 characters in a CSV row: a real row has under 1,000; parsing stops there, before a
     *     never-closed quote has swallowed the rest of the file into memory.</li>
     * <li>256 MB of text: a city's list of 250,000 rows is 26 MB as CSV and 120 MB unpacked as a
     *     workbook (14 MB packed); reading 256 MB takes seconds, not minutes.</li>
     * <li>100 times its packed size: spreadsheet parts pack 5 to 20 times; a zip bomb packs thousands of
     *     times, and is refused after its first megabyte.</li>
     * <li>96 MB and 2,000,000 shared texts: a city's list with every number stored as text has about
     *     1,300,000 texts in 43 MB; this bounds the list's memory to about 200 MB.</li>
     * </ul>
     */
    public static final ReadingLimits STANDARD = new ReadingLimits(300_000, 256, 32_767, 1_000_000,
            256L * 1024 * 1024, 100, 96L * 1024 * 1024, 2_000_000);

    public ReadingLimits {
        if (maxRows < 1 || maxColumns < 1 || maxCellChars < 1 || maxRowChars < maxCellChars || maxTableBytes < 1
                || maxCompressionRatio < 1 || maxSharedTextBytes < 1 || maxSharedTexts < 1) {
            throw new IllegalArgumentException("limits must be positive, a row at least a cell");
        }
    }

    /** The limit in whole megabytes, for messages. */
    static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }
}
