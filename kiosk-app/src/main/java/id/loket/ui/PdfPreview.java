package id.loket.ui;

import id.loket.documents.PdfImages;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

/** Shows a printout on screen, as the printer would print it. */
public final class PdfPreview {

    private static final float SCREEN_DPI = 110f;

    private PdfPreview() {
    }

    /** Renders on the calling thread: call it from background work, hand the image to the screen. */
    public static Image render(byte[] pdf) {
        return SwingFXUtils.toFXImage(PdfImages.firstPage(pdf, SCREEN_DPI), null);
    }

    public static ImageView view(String cssId, double maxHeight) {
        ImageView view = Ids.id(new ImageView(), cssId, "preview");
        view.setPreserveRatio(true);
        view.setFitHeight(maxHeight);
        return view;
    }
}
