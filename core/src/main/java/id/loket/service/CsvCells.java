package id.loket.service;

/** One CSV cell, quoted when needed, and never a formula when a spreadsheet opens the file. */
public final class CsvCells {

    private CsvCells() {
    }

    public static String cell(String value) {
        String text = value == null ? "" : value;
        // A cell starting with = + - @ (or a tab/CR) is run as a formula by Excel and LibreOffice;
        // a leading apostrophe makes it plain text there and is visible, honest data everywhere else.
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
