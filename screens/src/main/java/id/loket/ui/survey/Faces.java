package id.loket.ui.survey;

import id.loket.domain.skm.SkmScale;
import javafx.beans.value.ObservableValue;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.StrokeLineCap;

/**
 * The four faces of the answers, from a frown to a broad smile, for residents who read with difficulty:
 * a circle, two eyes and a mouth on a 48 × 48 grid, drawn in the button's text colour so every theme
 * keeps its contrast. The words are always beside them: a face alone is read differently by different
 * people.
 */
final class Faces {

    private static final String HEAD = "M24 3 A21 21 0 1 1 23.99 3 Z";
    private static final String EYES = "M16.5 17 A2.5 2.5 0 1 1 16.49 17 Z M31.5 17 A2.5 2.5 0 1 1 31.49 17 Z";

    private Faces() {
    }

    static Node of(SkmScale answer, ObservableValue<Paint> colour) {
        String mouth = switch (answer) {
            case TIDAK_BAIK -> "M14 36 Q24 26 34 36";
            case KURANG_BAIK -> "M15 34 Q24 30 33 34";
            case BAIK -> "M15 31 Q24 37 33 31";
            case SANGAT_BAIK -> "M13 29 Q24 42 35 29 Z";
        };
        Group face = new Group(stroked(HEAD, colour), filled(EYES, colour),
                answer == SkmScale.SANGAT_BAIK ? filled(mouth, colour) : stroked(mouth, colour));
        face.setScaleX(1.4);
        face.setScaleY(1.4);
        face.getStyleClass().add("pictogram");
        return new Group(face);
    }

    private static SVGPath stroked(String content, ObservableValue<Paint> colour) {
        SVGPath path = new SVGPath();
        path.setContent(content);
        path.strokeProperty().bind(colour);
        path.setFill(Color.TRANSPARENT);
        path.setStrokeWidth(3.5);
        path.setStrokeLineCap(StrokeLineCap.ROUND);
        return path;
    }

    private static SVGPath filled(String content, ObservableValue<Paint> colour) {
        SVGPath path = stroked(content, colour);
        path.fillProperty().bind(colour);
        return path;
    }
}
