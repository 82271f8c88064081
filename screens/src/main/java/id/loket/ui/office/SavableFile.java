package id.loket.ui.office;

import id.loket.domain.text.Texts;
import id.loket.ui.Background;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A report or export made in memory, offered to the supervisor to save where they choose. Loket keeps
 * no copy of it in the data folder: the plain file exists only where a person put it on purpose.
 */
final class SavableFile {

    /** Writes the file to the chosen place (and records that it did); returns where it is. */
    interface Save {
        Path to(Path target) throws Exception;
    }

    private final StringProperty fileName = new SimpleStringProperty("");
    private final Background background;
    private final Texts texts;
    private final StringProperty message;
    private Save save;

    /** @param message where the outcome of a save is said (the pane's feedback line) */
    SavableFile(Background background, Texts texts, StringProperty message) {
        this.background = background;
        this.texts = texts;
        this.message = message;
    }

    /** A newly made file replaces the one offered before. */
    void offer(String name, Save saving) {
        this.save = saving;
        fileName.set(name);
    }

    /** Saves the offered file to {@code target} in the background and says where it went. */
    void saveTo(Path target) {
        Save saving = save;
        if (saving == null) {
            return;
        }
        background.run(() -> saving.to(target),
                where -> message.set(texts.text("office.copy.saved", where.toString())),
                failure -> message.set(texts.text(failure)));
    }

    /** The name the file is offered under; empty while nothing is made. */
    ReadOnlyStringProperty fileNameProperty() {
        return fileName;
    }
}
