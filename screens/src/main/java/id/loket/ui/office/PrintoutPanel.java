package id.loket.ui.office;

import static id.loket.ui.Ids.id;

import id.loket.domain.text.Texts;
import id.loket.ui.PdfPreview;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A report's preview with what the supervisor does with it: turn the pages (previous, "page 2 of 3",
 * next), print, save a copy. Ids: {@code #<prefix>-page-previous}, {@code #<prefix>-page},
 * {@code #<prefix>-page-next}, {@code #<prefix>-print}, {@code #<prefix>-save-copy}; the page image
 * and its scroll pane keep the ids the pane gives.
 */
final class PrintoutPanel {

    /** An A4 page wider than this is no easier to read, only longer to scroll. */
    private static final double MAX_PAGE_WIDTH = 900;

    private PrintoutPanel() {
    }

    static VBox build(Printout model, Texts texts, String prefix, String imageId, String paneId) {
        Button previous = id(new Button(texts.text("office.preview.previous")), prefix + "-page-previous");
        previous.setOnAction(e -> model.previous());
        previous.disableProperty().bind(model.pageProperty().lessThanOrEqualTo(0));
        Label page = id(new Label(), prefix + "-page", "status");
        page.textProperty().bind(model.pageTextProperty());
        Button next = id(new Button(texts.text("office.preview.next")), prefix + "-page-next");
        next.setOnAction(e -> model.next());
        next.disableProperty().bind(model.pageProperty().greaterThanOrEqualTo(model.pagesProperty().subtract(1)));
        Button print = id(new Button(texts.text("office.print.button")), prefix + "-print", "primary");
        print.setOnAction(e -> model.print());
        print.disableProperty().bind(model.pagesProperty().isEqualTo(0).or(model.printingProperty()));
        Button save = SaveCopyButton.build(texts, prefix, model.copy());
        for (Button b : new Button[] {previous, next, print, save}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        page.setMinWidth(Region.USE_PREF_SIZE);
        // Wraps onto a second line on a narrow screen rather than cutting any button's words.
        FlowPane bar = new FlowPane(8, 6, previous, page, next, print, save);
        bar.setAlignment(Pos.CENTER_LEFT);

        ImageView image = PdfPreview.view(imageId, 0);
        image.setFitHeight(0);
        image.imageProperty().bind(model.imageProperty());
        ScrollPane pane = id(new ScrollPane(image), paneId);
        // The page as wide as the room beside the pane's controls, so it reads at any window size.
        pane.viewportBoundsProperty().addListener((o, old, bounds) ->
                image.setFitWidth(Math.max(200, Math.min(MAX_PAGE_WIDTH, bounds.getWidth() - 4))));
        VBox.setVgrow(pane, Priority.ALWAYS);
        VBox box = new VBox(8, bar, pane);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }
}
