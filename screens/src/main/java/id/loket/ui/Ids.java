package id.loket.ui;

import javafx.scene.Node;

/** Small helpers for building views in code: stable CSS ids and style classes in one call. */
public final class Ids {

    private Ids() {
    }

    public static <T extends Node> T id(T node, String id, String... styleClasses) {
        node.setId(id);
        node.getStyleClass().addAll(styleClasses);
        return node;
    }
}
