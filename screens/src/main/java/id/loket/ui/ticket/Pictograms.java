package id.loket.ui.ticket;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.shape.SVGPath;

/**
 * Simple drawings beside the words on the resident's buttons, for residents who read with
 * difficulty: each is a few strokes on a 48 × 48 grid, drawn in the button's own text colour so
 * every theme (the high-contrast one too) keeps its contrast. Our own drawings, no icon font.
 */
final class Pictograms {

    /** The lane buttons have room above their words for larger figures. */
    private static final double LANE_SCALE = 1.5;

    /** Shapes as SVG path data; stroked, not filled, except where a part says {@code F}. */
    private static final Map<String, List<String>> SERVICES = Map.of(
            // A house with a heart in it: protection for the household.
            "PERLINSOS", List.of("M5 23 L24 6 L43 23", "M10 19 V42 H38 V19",
                    "F M24 37 C14 30 15 23 19.5 23 C22 23 23.5 25 24 26.5 C24.5 25 26 23 28.5 23 C33 23 34 30 24 37 Z"),
            // A telephone showing an identity card: the digital KTP (IKD).
            "IKD", List.of("M15 4 H33 Q36 4 36 7 V41 Q36 44 33 44 H15 Q12 44 12 41 V7 Q12 4 15 4 Z",
                    "M17 14 H31 V30 H17 Z", "F M24 17.5 A3 3 0 1 1 23.99 17.5 Z", "M19.5 28 Q24 21 28.5 28",
                    "M22 38 H26"),
            // A worker's hard hat.
            "PEKERJA_RENTAN", List.of("M5 34 H43", "M10 34 Q10 16 24 16 Q38 16 38 34", "M21 16 V24 M27 16 V24",
                    "M20 16 Q24 13 28 16"),
            // The "i" for information in a circle.
            "INFORMASI", List.of("M24 5 A19 19 0 1 1 23.99 5 Z", "F M24 11.5 A3 3 0 1 1 23.99 11.5 Z",
                    "M24 21 V36 M20 36 H28 M20 21 H24"));

    /** An older person bent over a walking stick. */
    private static final List<String> ELDERLY = List.of("F M16 3 A4.5 4.5 0 1 1 15.99 3 Z",
            "M17 13 Q28 15 25 27", "M25 27 L20 44", "M25 27 L29 44", "M25 17 L35 24", "M35 24 V44",
            "M35 24 Q35 20 31 21");
    /** A person in a wheelchair. */
    private static final List<String> WHEELCHAIR = List.of("F M18 3 A4.5 4.5 0 1 1 17.99 3 Z",
            "M18 13 V27 H29 L33 38", "M18 19 H27", "M12 24 A11 11 0 1 0 30 38");
    /** A pregnant woman, in profile. */
    private static final List<String> PREGNANT = List.of("F M19 3 A4.5 4.5 0 1 1 18.99 3 Z",
            "M19 13 V29", "F M19 16 C35 17 35 30 20 31 Z", "M19 29 L17 44", "M21 30 L23 44", "M19 16 L14 26");
    /** One person standing: the ordinary queue. */
    private static final List<String> PERSON = List.of("F M24 3 A4.5 4.5 0 1 1 23.99 3 Z", "M24 13 V29",
            "M15 20 L24 15 L33 20", "M24 29 L18 44", "M24 29 L30 44");

    /** A loudspeaker with sound waves: "listen". */
    private static final List<String> SPEAKER = List.of("F M6 18 H14 L26 8 V40 L14 30 H6 Z", "M32 17 Q37 24 32 31",
            "M37 12 Q45 24 37 36");

    private Pictograms() {
    }

    /** The drawing of a service, when one of ours fits its code; other services show letter and name only. */
    static Optional<Node> service(String code, ObservableValue<Paint> colour) {
        return Optional.ofNullable(SERVICES.get(code)).map(parts -> draw(parts, colour, 1.25));
    }

    /** The priority lane: older people, people with a disability, pregnant women, side by side. */
    static List<Node> priority(ObservableValue<Paint> colour) {
        return List.of(draw(ELDERLY, colour, LANE_SCALE), draw(WHEELCHAIR, colour, LANE_SCALE),
                draw(PREGNANT, colour, LANE_SCALE));
    }

    /** The ordinary queue. */
    static Node regular(ObservableValue<Paint> colour) {
        return draw(PERSON, colour, LANE_SCALE);
    }

    /** The loudspeaker on the "listen" button, at the size of its words. */
    static Node speaker(ObservableValue<Paint> colour) {
        return draw(SPEAKER, colour, 0.8);
    }

    private static Node draw(List<String> parts, ObservableValue<Paint> colour, double scale) {
        Group group = new Group();
        for (String part : parts) {
            boolean filled = part.startsWith("F ");
            SVGPath path = new SVGPath();
            path.setContent(filled ? part.substring(2) : part);
            path.strokeProperty().bind(colour);
            if (filled) {
                path.fillProperty().bind(colour);
            } else {
                path.setFill(Color.TRANSPARENT);
            }
            path.setStrokeWidth(3.5);
            path.setStrokeLineCap(StrokeLineCap.ROUND);
            path.setStrokeLineJoin(StrokeLineJoin.ROUND);
            group.getChildren().add(path);
        }
        group.getStyleClass().add("pictogram");
        // Drawn on 48 px; shown at the size of the words beside it.
        group.setScaleX(scale);
        group.setScaleY(scale);
        return new Group(group);
    }
}
