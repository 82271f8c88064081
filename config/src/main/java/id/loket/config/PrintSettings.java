package id.loket.config;

import java.util.List;
import java.util.Objects;

/**
 * Paper of the ticket and receipt printouts, as the raw setting words so the document renderers can
 * map them to their own page sizes.
 *
 * @param ticketPaper  one of {@link #PAPER_SIZES}
 * @param receiptPaper one of {@link #PAPER_SIZES}
 */
public record PrintSettings(String ticketPaper, String receiptPaper) {

    /** 58 mm and 80 mm thermal rolls, and A4 sheets. */
    public static final List<String> PAPER_SIZES = List.of("58mm", "80mm", "a4");

    public PrintSettings {
        requirePaper("ticketPaper", ticketPaper);
        requirePaper("receiptPaper", receiptPaper);
    }

    private static void requirePaper(String name, String paper) {
        Objects.requireNonNull(paper, name);
        if (!PAPER_SIZES.contains(paper)) {
            throw new IllegalArgumentException(name + " must be one of " + PAPER_SIZES + ": " + paper);
        }
    }
}
