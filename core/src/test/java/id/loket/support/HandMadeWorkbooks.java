package id.loket.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes minimal OOXML workbooks part by part, as a tool other than Excel (or an attacker) may: for
 * what a spreadsheet library would never write, such as cells without their optional {@code r}
 * reference, cell references beyond Excel's last column, or a sheet packed as a zip bomb.
 */
public final class HandMadeWorkbooks {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private HandMadeWorkbooks() {
    }

    /** A workbook of one sheet "Daftar" whose {@code <sheetData>} holds {@code rowsXml}; no shared texts. */
    public static Path write(Path file, String rowsXml) throws IOException {
        return write(file, rowsXml, null);
    }

    /** As {@link #write(Path, String)}, with a shared-text part holding {@code sharedTexts} ({@code <si>} elements). */
    public static Path write(Path file, String rowsXml, String sharedTexts) throws IOException {
        return write(file, rowsXml, sharedTexts, "worksheets/sheet1.xml");
    }

    /** As {@link #write(Path, String, String)}, with the sheet's part at {@code xl/}{@code sheetPart}. */
    public static Path write(Path file, String rowsXml, String sharedTexts, String sheetPart) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            structure(zip, sharedTexts != null, sheetPart);
            put(zip, "xl/" + sheetPart, "<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rowsXml
                    + "</sheetData></worksheet>");
            if (sharedTexts != null) {
                put(zip, "xl/sharedStrings.xml", "<sst xmlns=\"" + MAIN + "\">" + sharedTexts + "</sst>");
            }
        }
        return file;
    }

    /**
     * A workbook whose sheet, after one real row, is {@code padding} bytes of spaces between two rows:
     * it packs about a thousand times, as a zip bomb does, and is valid XML all the same.
     */
    public static Path bomb(Path file, long padding) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            structure(zip, false, "worksheets/sheet1.xml");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>No KK"
                    + "</t></is></c></row>").getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (long written = 0; written < padding; written += spaces.length) {
                zip.write(spaces, 0, (int) Math.min(spaces.length, padding - written));
            }
            zip.write("<row r=\"2\"/></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    /** An inline text cell, with or without its reference. */
    public static String text(String reference, String value) {
        String r = reference == null ? "" : " r=\"" + reference + "\"";
        return "<c" + r + " t=\"inlineStr\"><is><t>" + value + "</t></is></c>";
    }

    /** A row, with or without its number. */
    public static String row(Integer number, String... cells) {
        String r = number == null ? "" : " r=\"" + number + "\"";
        return "<row" + r + ">" + String.join("", cells) + "</row>";
    }

    private static void structure(ZipOutputStream zip, boolean sharedTexts, String sheetPart) throws IOException {
        put(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/" + sheetPart + "\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.worksheet+xml\"/>"
                + (sharedTexts ? "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
                        + "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>" : "")
                + "</Types>");
        put(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        put(zip, "xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\"><sheets>"
                + "<sheet name=\"Daftar\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        put(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "relationships\"><Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/worksheet\" "
                + "Target=\"" + sheetPart + "\"/>"
                + (sharedTexts ? "<Relationship Id=\"rId2\" Type=\"" + RELATIONSHIPS + "/sharedStrings\" "
                        + "Target=\"sharedStrings.xml\"/>" : "")
                + "</Relationships>");
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream out = zip;
        out.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
