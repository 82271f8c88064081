package id.loket.device.print;

import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Loading and checking the PDFs handed to printers. */
public final class PdfDocuments {

    private PdfDocuments() {
    }

    /** A document the printer cannot take, with why. */
    public static final class InvalidDocument extends Exception {
        public InvalidDocument(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Loads {@code pdf}; the caller closes the document. */
    public static PDDocument load(byte[] pdf) throws InvalidDocument {
        if (pdf.length < 5 || pdf[0] != '%' || pdf[1] != 'P' || pdf[2] != 'D' || pdf[3] != 'F' || pdf[4] != '-') {
            throw new InvalidDocument("not a PDF: it does not start with %PDF- (" + pdf.length + " bytes)", null);
        }
        PDDocument document;
        try {
            document = Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new InvalidDocument("damaged PDF: " + e.getMessage(), e);
        }
        if (document.getNumberOfPages() == 0) {
            close(document);
            throw new InvalidDocument("the PDF has no pages", null);
        }
        return document;
    }

    /** Checks that {@code pdf} loads and has pages. */
    public static void check(byte[] pdf) throws InvalidDocument {
        close(load(pdf));
    }

    public static void close(PDDocument document) {
        try {
            document.close();
        } catch (IOException e) {
            // Closing only frees memory here; nothing was written.
            org.slf4j.LoggerFactory.getLogger(PdfDocuments.class).debug("closing a PDF failed", e);
        }
    }

    /** A job name made safe for a file name and a spooler: letters, digits, '.', '_' and '-'. */
    public static String safeName(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.strip().toCharArray()) {
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == '-';
            out.append(ok ? c : '_');
            if (out.length() == 80) {
                break;
            }
        }
        String safe = out.toString();
        while (safe.startsWith(".")) {
            safe = "_" + safe.substring(1);
        }
        if (safe.isEmpty() || safe.toLowerCase(Locale.ROOT).endsWith(".pdf") && safe.length() == 4) {
            safe = "printout";
        }
        return safe;
    }
}
