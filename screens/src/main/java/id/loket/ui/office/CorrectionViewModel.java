package id.loket.ui.office;

import id.loket.domain.account.Agent;
import id.loket.domain.registration.FailureReason;
import id.loket.domain.registration.IkdState;
import id.loket.domain.registration.Outcome;
import id.loket.domain.registration.Registration;
import id.loket.domain.registration.RegistrationPath;
import id.loket.domain.text.EnumLabels;
import id.loket.domain.text.Texts;
import id.loket.service.registration.CorrectionService;
import id.loket.ui.Background;
import id.loket.ui.DayMonthYear;
import id.loket.ui.PdfPreview;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;

/**
 * A supervisor's correction of a saved registration: find it by its code or the household's NIK or
 * KK number, change what the counter got wrong, say why, and see the receipt made again. The
 * service refuses anyone but a supervisor; this screen is only in the supervisor's office anyway.
 */
public final class CorrectionViewModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH.mm");

    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<CorrectionService.Candidate> found = FXCollections.observableArrayList();
    private final ObjectProperty<CorrectionService.Candidate> chosen = new SimpleObjectProperty<>();
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>();
    private final ObjectProperty<FailureReason> failureReason = new SimpleObjectProperty<>();
    /** Typed dd-mm-yyyy, as at the counter; read when saving so a half-typed date is not lost. */
    private final StringProperty followUpOn = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty portalReference = new SimpleStringProperty("");
    private final ObjectProperty<RegistrationPath> path = new SimpleObjectProperty<>();
    private final ObjectProperty<IkdState> ikdState = new SimpleObjectProperty<>();
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Image> receipt = new ReadOnlyObjectWrapper<>();

    private final DayMonthYear dates = new DayMonthYear();
    private final CorrectionService corrections;
    private final Background background;
    private final Texts texts;
    private final Agent supervisor;

    public CorrectionViewModel(CorrectionService corrections, Background background, Texts texts,
                               Agent supervisor) {
        this.corrections = corrections;
        this.background = background;
        this.texts = texts;
        this.supervisor = supervisor;
        chosen.addListener((o, old, candidate) -> fill(candidate));
    }

    public void find() {
        find(query.get(), null, null);
    }

    /** Searches; after a correction shows {@code receiptAfter} and says {@code saidAfter} once found again. */
    private void find(String text, Image receiptAfter, String saidAfter) {
        message.set(texts.text("office.loading"));
        background.run(() -> corrections.find(text, supervisor), search -> {
            found.setAll(search.found());
            if (search.refused().isPresent()) {
                message.set(texts.text(search.refused().get()));
            } else if (search.found().isEmpty()) {
                message.set(texts.text("correction.find.none", text.strip()));
            } else {
                message.set(texts.text("correction.find.count", search.found().size()));
                chosen.set(null);
                chosen.set(search.found().get(0));
            }
            if (saidAfter != null) {
                receipt.set(receiptAfter);
                message.set(saidAfter);
            }
        }, failure -> message.set(texts.text(failure)));
    }

    private void fill(CorrectionService.Candidate candidate) {
        receipt.set(null);
        reason.set("");
        if (candidate == null) {
            history.clear();
            return;
        }
        Registration r = candidate.registration();
        outcome.set(r.outcome());
        failureReason.set(r.failureReason().orElse(null));
        followUpOn.set(dates.toString(r.followUpOn().orElse(null)));
        note.set(r.outcomeNote().orElse(""));
        portalReference.set(r.portalReference().orElse(""));
        path.set(r.path());
        ikdState.set(r.ikdState());
        phone.set(r.phone().orElse(""));
        history.setAll(candidate.corrections().stream()
                .map(c -> texts.text("correction.history.line", WHEN.format(c.at()), c.by(), c.reason(),
                        c.changes().stream().map(f -> texts.text(EnumLabels.key(f.field()))).collect(Collectors.joining(", "))))
                .toList());
    }

    public void save() {
        CorrectionService.Candidate candidate = chosen.get();
        if (candidate == null) {
            message.set(texts.text("correction.chooseFirst"));
            return;
        }
        Optional<LocalDate> comeBack = Optional.ofNullable(dates.fromString(followUpOn.get()));
        if (outcome.get() == Outcome.PERLU_TINDAK_LANJUT && !followUpOn.get().isBlank() && comeBack.isEmpty()) {
            message.set(texts.text("counter.followUp.badDate", followUpOn.get()));
            return;
        }
        // The reason and the day are sent as they stand; the service keeps only what belongs to the outcome.
        CorrectionService.Change change = new CorrectionService.Change(outcome.get(),
                Optional.of(note.get()), Optional.of(portalReference.get()), path.get(), ikdState.get(),
                Optional.of(phone.get()), Optional.ofNullable(failureReason.get()), comeBack, reason.get());
        long id = candidate.registration().id();
        String code = candidate.registration().code();
        background.run(() -> {
            CorrectionService.Result result = corrections.correct(id, change, supervisor);
            Image preview = result instanceof CorrectionService.Corrected done
                    ? PdfPreview.render(done.receiptPdf()) : null;
            return new Saved(result, preview);
        }, saved -> {
            CorrectionService.Result result = saved.result();
            if (result instanceof CorrectionService.Refused refused) {
                message.set(texts.text(refused.why()));
            } else if (result instanceof CorrectionService.Rejected rejected) {
                message.set(rejected.problems().stream().map(texts::text).collect(Collectors.joining("\n")));
            } else if (result instanceof CorrectionService.Corrected done) {
                query.set(code);
                find(code, saved.preview(), texts.text("correction.saved", code));
            } else {
                message.set(texts.text("correction.unchanged"));
            }
        }, failure -> message.set(texts.text(failure)));
    }

    private record Saved(CorrectionService.Result result, Image preview) {
    }

    public String label(Enum<?> value) {
        return value == null ? "" : texts.text(EnumLabels.key(value));
    }

    public StringProperty queryProperty() { return query; }
    public ObservableList<CorrectionService.Candidate> found() { return found; }
    public ObjectProperty<CorrectionService.Candidate> chosenProperty() { return chosen; }
    public ObjectProperty<Outcome> outcomeProperty() { return outcome; }
    public ObjectProperty<FailureReason> failureReasonProperty() { return failureReason; }
    public StringProperty followUpOnProperty() { return followUpOn; }
    public StringProperty noteProperty() { return note; }
    public StringProperty portalReferenceProperty() { return portalReference; }
    public ObjectProperty<RegistrationPath> pathProperty() { return path; }
    public ObjectProperty<IkdState> ikdStateProperty() { return ikdState; }
    public StringProperty phoneProperty() { return phone; }
    public StringProperty reasonProperty() { return reason; }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ObservableList<String> history() { return history; }
    public ReadOnlyObjectProperty<Image> receiptProperty() { return receipt.getReadOnlyProperty(); }
}
