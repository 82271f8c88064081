package id.loket.service.device;

import id.loket.device.api.CardEvent;
import id.loket.device.api.ConfiguredDevices;
import id.loket.device.api.DeviceDriver;
import id.loket.device.api.DeviceRole;
import id.loket.device.api.DeviceStatus;
import id.loket.device.api.IdentityRecord;
import id.loket.device.api.PrintJob;
import id.loket.device.api.PrintResult;
import id.loket.device.api.SoundDevice;
import id.loket.device.api.Subscription;
import id.loket.device.sound.SoundProblem;
import id.loket.device.sound.Wav;
import id.loket.device.support.SoundDriver;
import id.loket.device.wedge.KeyboardWedgeScanner;
import id.loket.domain.nik.Sex;
import id.loket.domain.text.Message;
import id.loket.domain.text.Texts;
import id.loket.service.DeviceProblemTexts;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PC's devices as the screens see them, with no driver type in sight: each device's state
 * in words, card reads as a NIK and a name (or what went wrong), scans as the code's text.
 *
 * <p>Listeners are called on the drivers' own threads; a screen hands them on to the UI thread itself.
 * Every {@code watch...} method returns a {@link Watch} that the screen closes when it goes away.
 */
public final class DeviceService implements AutoCloseable {

    /** A device's place on the desk; {@link #id()} is the settings' role name ({@code card-reader}). */
    public enum Slot {
        CARD_READER(DeviceRole.CARD_READER), SCANNER(DeviceRole.SCANNER), PRINTER(DeviceRole.PRINTER),
        SOUND(DeviceRole.SOUND);

        private final DeviceRole role;

        Slot(DeviceRole role) {
            this.role = role;
        }

        /**
         * The devices an agent works with, which the counter's status bar shows. The counter makes no
         * sound: the sound serves the display board and the resident screens, and shows on the devices tab.
         */
        public static List<Slot> onTheCounter() {
            return List.of(CARD_READER, SCANNER, PRINTER);
        }

        public String id() {
            return role.settingName();
        }

        public Message label() {
            return DeviceProblemTexts.role(role);
        }
    }

    /** How a device is, in the three words a status bar needs (plus "not there" and "starting"). */
    public enum Health { READY, BUSY, CONNECTING, DISCONNECTED, ERROR }

    /**
     * One device's state: {@code state} is the short label ("Siap"), {@code problem} what happened and
     * what to do, if anything (a READY printer may warn that paper is low).
     */
    public record State(Slot slot, Health health, Message state, Optional<Message> problem) {
    }

    /** How the sound test went: {@code problem} says what to do when it did not sound in full. */
    public record SoundOutcome(boolean sounded, Optional<Message> problem) {
    }

    /** What a card read gave. */
    public sealed interface CardReading {
        /**
         * The card was read: its NIK as on the card (not yet validated), the holder's name, and the birth
         * date and sex when the reader gives them (checked against the NIK at the counter).
         */
        record Identity(String nik, String name, Optional<LocalDate> birthDate, Optional<Sex> sex)
                implements CardReading {

            public Identity(String nik, String name) {
                this(nik, name, Optional.empty(), Optional.empty());
            }

            @Override
            public String toString() {
                return "Identity[nik=" + IdentityRecord.mask(nik) + "]";
            }
        }

        /** The read failed; {@code problem} says what to do. */
        record Failed(Message problem) implements CardReading {
        }

        /** A card was put on the reader. */
        record Present() implements CardReading {
        }

        /** The card was taken away. */
        record Removed() implements CardReading {
        }
    }

    /** A registered listener; closing it removes it. */
    @FunctionalInterface
    public interface Watch extends AutoCloseable {
        @Override
        void close();
    }

    private static final Logger LOG = LoggerFactory.getLogger(DeviceService.class);

    private final ConfiguredDevices devices;
    private final Supplier<byte[]> testPage;

    /** @param testPage makes the printer test page (a PDF) */
    public DeviceService(ConfiguredDevices devices, Supplier<byte[]> testPage) {
        this.devices = devices;
        this.testPage = testPage;
    }

    /** Starts every device; connecting goes on in the background. Starting twice does nothing. */
    public void start() {
        devices.startAll();
    }

    public List<State> states() {
        return java.util.Arrays.stream(Slot.values()).map(this::state).toList();
    }

    public State state(Slot slot) {
        return describe(slot, driver(slot).status());
    }

    /** Calls {@code listener} with every change of any device's state. */
    public Watch watchStates(Consumer<State> listener) {
        List<Subscription> subscriptions = java.util.Arrays.stream(Slot.values())
                .map(slot -> driver(slot).onStatusChange(status -> listener.accept(describe(slot, status))))
                .toList();
        return () -> subscriptions.forEach(Subscription::close);
    }

    /** Calls {@code listener} with every card put on, read, failed or taken away. */
    public Watch watchCards(Consumer<CardReading> listener) {
        Subscription subscription = devices.cardReader().onCardEvent(event -> listener.accept(reading(event)));
        return subscription::close;
    }

    /** Calls {@code onCode} with every scanned code exactly as scanned, {@code onError} with every bad one. */
    public Watch watchScans(Consumer<String> onCode, Consumer<Message> onError) {
        Subscription codes = devices.scanner().onScan(scan -> onCode.accept(scan.payload()));
        Subscription errors = devices.scanner().onScanError(error ->
                onError.accept(DeviceProblemTexts.message(error.problem())));
        return () -> {
            codes.close();
            errors.close();
        };
    }

    /** Whether the scanner types like a keyboard, so the window must hand it the keys. */
    public boolean keyboardScanner() {
        return devices.scanner() instanceof KeyboardWedgeScanner;
    }

    /**
     * Hands a typed character to a keyboard scanner. True when it belongs to a scan under way (the
     * screen should not see it as typing); always false without a keyboard scanner.
     */
    public boolean keyTyped(char c) {
        return devices.scanner() instanceof KeyboardWedgeScanner wedge && wedge.keyTyped(c);
    }

    /**
     * Hands Enter to a keyboard scanner. When it ended a scan, the scan is reported to the watchers and
     * its code returned, so the window can take the code's characters back out of the field they went to.
     */
    public Optional<String> enterPressed() {
        if (devices.scanner() instanceof KeyboardWedgeScanner wedge) {
            return wedge.enterPressed().map(id.loket.device.api.ScanEvent::payload);
        }
        return Optional.empty();
    }

    /**
     * Prints the test page (nothing is stored). Blocks until the driver answers; the outcome's problem
     * says what to do when it failed.
     */
    public PrintoutService.PrintOutcome printTestPage() {
        PrintResult result = devices.printer().print(PrintJob.pdf("TEST", testPage.get()));
        return new PrintoutService.PrintOutcome(0, result.confirmed(), result.problem().map(DeviceProblemTexts::message));
    }

    /**
     * The sound test: the board's chime, then a short sentence spoken in {@code texts}' language, through
     * the sound the settings name. Blocks until both have sounded (a few seconds); the outcome's problem
     * says what to do when they did not.
     */
    public SoundOutcome testSound(Texts texts) {
        SoundDevice sound = devices.sound();
        try {
            sound.play(Wav.chime());
            sound.play(sound.speak(texts.text("device.test.soundSentence"), texts.locale()));
            return new SoundOutcome(true, Optional.empty());
        } catch (SoundProblem e) {
            LOG.info("Sound test incomplete: {}", e.getMessage());
            return new SoundOutcome(false, Optional.of(DeviceProblemTexts.message(SoundDriver.problem(e.code()))));
        }
    }

    /**
     * Prints a PDF made elsewhere (an office report) on this PC's printer, the driver the settings name.
     * Nothing is stored. Blocks until the driver answers.
     */
    public PrintoutService.PrintOutcome printPdf(String name, byte[] pdf) {
        if (!devices.printer().accepts(PrintJob.Format.PDF)) {
            return new PrintoutService.PrintOutcome(0, false,
                    Optional.of(DeviceProblemTexts.message(id.loket.device.api.DeviceProblem.FORMAT_UNSUPPORTED)));
        }
        PrintResult result = devices.printer().print(PrintJob.pdf(name, pdf));
        return new PrintoutService.PrintOutcome(0, result.confirmed(), result.problem().map(DeviceProblemTexts::message));
    }

    /** A NIK as printouts show it, first six and last four digits: {@code 647105******0011}. */
    public static String maskNik(String digits) {
        if (digits.length() <= 10) {
            return "*".repeat(digits.length());
        }
        return digits.substring(0, 6) + "*".repeat(digits.length() - 10) + digits.substring(digits.length() - 4);
    }

    private DeviceDriver driver(Slot slot) {
        return switch (slot) {
            case CARD_READER -> devices.cardReader();
            case SCANNER -> devices.scanner();
            case PRINTER -> devices.printer();
            case SOUND -> devices.sound();
        };
    }

    static State describe(Slot slot, DeviceStatus status) {
        Health health = switch (status.state()) {
            case READY -> Health.READY;
            case BUSY -> Health.BUSY;
            case CONNECTING -> Health.CONNECTING;
            case DISCONNECTED -> Health.DISCONNECTED;
            case ERROR -> Health.ERROR;
        };
        return new State(slot, health, DeviceProblemTexts.state(status.state()),
                status.problem().map(DeviceProblemTexts::message));
    }

    private static CardReading reading(CardEvent event) {
        if (event instanceof CardEvent.CardRead read) {
            return read.record().nik()
                    .<CardReading>map(nik -> new CardReading.Identity(nik, read.record().name().orElse(""),
                            read.record().birthDate(), read.record().sex().flatMap(DeviceService::sexOnCard)))
                    .orElseGet(() -> new CardReading.Failed(Message.of("device.card.noNik")));
        }
        if (event instanceof CardEvent.CardReadFailed failed) {
            return new CardReading.Failed(DeviceProblemTexts.message(failed.problem()));
        }
        if (event instanceof CardEvent.CardPresent) {
            return new CardReading.Present();
        }
        return new CardReading.Removed();
    }

    /**
     * The sex as card readers write it: the KTP's words (LAKI-LAKI, PEREMPUAN), a vendor's English, or
     * one letter. "PRIA" and "WANITA" are the everyday words. Anything else is left unknown, not guessed.
     */
    static Optional<Sex> sexOnCard(String text) {
        String word = text.strip().toUpperCase(java.util.Locale.ROOT).replace(' ', '-');
        return switch (word) {
            case "LAKI-LAKI", "LAKI", "PRIA", "MALE" -> Optional.of(Sex.LAKI_LAKI);
            case "PEREMPUAN", "WANITA", "FEMALE" -> Optional.of(Sex.PEREMPUAN);
            default -> Sex.fromCode(word);
        };
    }

    /** Stops every device. */
    @Override
    public void close() {
        devices.close();
    }
}
