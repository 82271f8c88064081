package id.loket.ui;

import id.loket.documents.PdfImages;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

/** Shows a printout on screen, as the printer would print it. */
public final class PdfPreview {

    private static final float SCREEN_DPI = 110f;

    /** One page on screen: its image, which page it is (from 0) and how many the printout has. */
    public record Page(Image image, int index, int pages) {
    }

    private PdfPreview() {
    }

    /** Renders on the calling thread: call it from background work, hand the image to the screen. */
    public static Image render(byte[] pdf) {
        return SwingFXUtils.toFXImage(PdfImages.firstPage(pdf, SCREEN_DPI), null);
    }

    /** Page {@code index} (from 0; past the end, the last page), rendered on the calling thread like {@link #render}. */
    public static Page page(byte[] pdf, int index) {
        PdfImages.Page page = PdfImages.page(pdf, index, SCREEN_DPI);
        return new Page(SwingFXUtils.toFXImage(page.image(), null), page.index(), page.pages());
    }

    public static ImageView view(String cssId, double maxHeight) {
        ImageView view = Ids.id(new ImageView(), cssId, "preview");
        view.setPreserveRatio(true);
        view.setFitHeight(maxHeight);
        return view;
    }
}
