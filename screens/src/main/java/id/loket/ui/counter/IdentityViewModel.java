package id.loket.ui.counter;

import id.loket.domain.nik.Nik;
import id.loket.domain.nik.NikCheck;
import id.loket.domain.nik.Sex;
import id.loket.domain.text.Message;
import id.loket.domain.text.Texts;
import id.loket.service.device.DeviceService;
import id.loket.service.registration.HouseholdLookup;
import id.loket.ui.DayMonthYear;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Who is at the counter: the NIK, checked as it is typed, and the name, birth date and
 * sex the resident states, each checked against the NIK. A card read or a scan fills the fields that
 * are empty; what the agent typed is never overwritten: a NIK that differs is offered beside the field.
 */
public final class IdentityViewModel {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final StringProperty nik = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty birthDate = new SimpleStringProperty("");
    private final ObjectProperty<Sex> sex = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper parts = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper cardMessage = new ReadOnlyStringWrapper("");
    /** A NIK read from a card or scanned that differs from the one typed; empty when there is none. */
    private final ReadOnlyStringWrapper offeredNik = new ReadOnlyStringWrapper("");
    private final HouseholdLookup lookup;
    private final Texts texts;
    private final DayMonthYear dates = new DayMonthYear();
    private Runnable onChange = () -> { };

    public IdentityViewModel(HouseholdLookup lookup, Texts texts) {
        this.lookup = lookup;
        this.texts = texts;
        nik.addListener((obs, old, typed) -> nikTyped(typed));
        birthDate.addListener((obs, old, typed) -> recheck());
        sex.addListener((obs, old, chosen) -> recheck());
    }

    /** Called after every change of the identity that may change what the household lookup finds. */
    void onChange(Runnable listener) {
        this.onChange = listener;
    }

    private void nikTyped(String typed) {
        String digits = withoutFormatting(typed);
        if (!offeredNik.get().isEmpty() && (digits.equals(offeredNik.get()) || typed.isBlank())) {
            offeredNik.set("");
        }
        if (typed.isBlank()) {
            cardMessage.set("");
        }
        recheck();
    }

    private void recheck() {
        if (nik.get().isBlank()) {
            feedback.set("");
            parts.set("");
            valid.set(false);
            onChange.run();
            return;
        }
        NikCheck check = lookup.check(nik.get(), statedBirthDate(), sex());
        valid.set(check.valid());
        List<Message> said = new ArrayList<>(check.errors());
        said.addAll(check.warnings());
        if (!birthDate.get().isBlank() && statedBirthDate().isEmpty()) {
            said.add(Message.of("counter.identity.badBirthDate", birthDate.get()));
        }
        feedback.set(said.stream().map(texts::text).collect(Collectors.joining("\n")));
        parts.set(describe(check));
        onChange.run();
    }

    /** What the NIK says about its holder, so the agent can compare it with the card at a glance. */
    private String describe(NikCheck check) {
        if (check.nik().isEmpty()) {
            return "";
        }
        Nik valid = check.nik().get();
        String where = check.districtName().or(check::regencyName).orElse("");
        return texts.text("counter.identity.parts", SHOWN.format(valid.birthDate()),
                texts.text(valid.sex() == Sex.PEREMPUAN ? "counter.identity.female" : "counter.identity.male"), where);
    }

    /** The NIK, when it is valid (and agrees with the stated birth date and sex). */
    public Optional<Nik> validNik() {
        return lookup.check(nik.get(), statedBirthDate(), sex()).nik();
    }

    public Optional<LocalDate> statedBirthDate() {
        return Optional.ofNullable(dates.fromString(birthDate.get()));
    }

    public Optional<Sex> sex() {
        return Optional.ofNullable(sex.get());
    }

    /** A card was read: it fills what is empty, and offers a NIK that differs from the one typed. */
    void cardRead(DeviceService.CardReading.Identity card) {
        offer(card.nik(), "device.card.read");
        if (name.get().isBlank() && !card.name().isBlank()) {
            name.set(card.name());
        }
        if (birthDate.get().isBlank()) {
            card.birthDate().ifPresent(date -> birthDate.set(SHOWN.format(date)));
        }
        if (sex.get() == null) {
            card.sex().ifPresent(sex::set);
        }
    }

    /** A NIK was scanned (formatting allowed). */
    void scanned(String digits) {
        offer(digits, "device.scan.read");
    }

    /**
     * A NIK from the card reader or the scanner: it fills an empty NIK field (then checked and looked up
     * as if typed); one that differs from what the agent typed is shown beside the field, never put in.
     */
    private void offer(String fromDevice, String sourceKey) {
        String read = withoutFormatting(fromDevice);
        String typed = withoutFormatting(nik.get());
        offeredNik.set("");
        if (typed.isEmpty()) {
            cardMessage.set("");
            nik.set(read);
        } else if (typed.equals(read)) {
            cardMessage.set(texts.text("device.nik.same", texts.text(sourceKey)));
        } else {
            offeredNik.set(read);
            cardMessage.set(texts.text("device.nik.differs", texts.text(sourceKey), DeviceService.maskNik(read)));
        }
    }

    /** The agent chose the NIK from the card over the one typed. */
    public void useOfferedNik() {
        String offered = offeredNik.get();
        if (!offered.isEmpty()) {
            offeredNik.set("");
            cardMessage.set("");
            nik.set(offered);
        }
    }

    void message(String text) {
        cardMessage.set(text);
    }

    /** Forgets the last resident. */
    void clear() {
        offeredNik.set("");
        cardMessage.set("");
        name.set("");
        birthDate.set("");
        sex.set(null);
        nik.set("");
    }

    static String withoutFormatting(String text) {
        return text.replaceAll("[\\s.\\-]", "");
    }

    public StringProperty nikProperty() { return nik; }
    public StringProperty nameProperty() { return name; }
    public StringProperty birthDateProperty() { return birthDate; }
    public ObjectProperty<Sex> sexProperty() { return sex; }
    public ReadOnlyStringProperty feedbackProperty() { return feedback.getReadOnlyProperty(); }
    public ReadOnlyStringProperty partsProperty() { return parts.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty validProperty() { return valid.getReadOnlyProperty(); }
    public ReadOnlyStringProperty cardMessageProperty() { return cardMessage.getReadOnlyProperty(); }
    public ReadOnlyStringProperty offeredNikProperty() { return offeredNik.getReadOnlyProperty(); }
}
