package id.loket.ui.office;

import id.loket.domain.household.RtProgress;
import id.loket.domain.text.Texts;
import id.loket.service.ProgressReport;
import id.loket.ui.Background;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The lurah's overview: registrations per RT against the RT lists, furthest behind first. */
public final class OfficeViewModel {

    private final ObservableList<RtProgress> rows = FXCollections.observableArrayList();
    private final StringProperty totals = new SimpleStringProperty("");

    private final ProgressReport progress;
    private final Background background;
    private final Texts texts;

    public OfficeViewModel(ProgressReport progress, Background background, Texts texts) {
        this.progress = progress;
        this.background = background;
        this.texts = texts;
    }

    public void refresh() {
        totals.set(texts.text("office.loading"));
        background.run(progress::current, current -> {
            rows.setAll(current.perRt());
            totals.set(texts.text("office.totals", current.registered(), current.households(), current.percent(),
                    current.perRt().size()));
        }, failure -> totals.set(texts.text(failure)));
    }

    public ObservableList<RtProgress> rows() {
        return rows;
    }

    public StringProperty totalsProperty() {
        return totals;
    }
}
