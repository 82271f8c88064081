package id.loket.service.device;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.service.DeviceProblemTexts;
import id.loket.wiring.AppContext;
import id.loket.device.api.DeviceProblem;
import id.loket.device.api.IdentityRecord;
import id.loket.device.api.IdentitySource;
import id.loket.device.sim.SimulatedCardReader;
import id.loket.device.sim.SimulatedPrinter;
import id.loket.device.sim.SimulatedScanner;
import id.loket.device.sim.SimulatedSound;
import id.loket.device.sound.SimulatedSpeech;
import id.loket.device.sound.Wav;
import id.loket.domain.text.Texts;
import id.loket.support.TestApps;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the screens get from the devices: states in words, card reads as NIK and name, scans as text. */
class DeviceServiceTest {

    @TempDir
    Path dir;
    private AppContext app;

    @BeforeEach
    void open() {
        app = TestApps.open(dir.resolve("data"), "device.printer", "simulated");
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void cardEventsArriveAsIdentityOrProblemAndStopWhenTheWatchIsClosed() {
        SimulatedCardReader reader = (SimulatedCardReader) app.peripherals().deviceDrivers().cardReader();
        List<DeviceService.CardReading> seen = new CopyOnWriteArrayList<>();
        DeviceService.Watch watch = app.peripherals().devices().watchCards(seen::add);

        reader.insert(IdentityRecord.builder(IdentitySource.VENDOR_BRIDGE).nik("6471054707500003").name("SITI AMINAH").build());
        reader.pullDuringRead();
        watch.close();
        reader.insert(IdentityRecord.builder(IdentitySource.VENDOR_BRIDGE).nik("6471054707500011").build());

        assertThat(seen).contains(new DeviceService.CardReading.Identity("6471054707500003", "SITI AMINAH"),
                new DeviceService.CardReading.Failed(DeviceProblemTexts.message(DeviceProblem.CARD_REMOVED_DURING_READ)));
        assertThat(seen).noneMatch(r -> r instanceof DeviceService.CardReading.Identity id && id.nik().endsWith("0011"));
    }

    @Test
    void scansArriveExactlyAsScannedAndBadFramesAsProblems() {
        SimulatedScanner scanner = (SimulatedScanner) app.peripherals().deviceDrivers().scanner();
        List<String> codes = new CopyOnWriteArrayList<>();
        List<Object> errors = new CopyOnWriteArrayList<>();
        try (DeviceService.Watch watch = app.peripherals().devices().watchScans(codes::add, errors::add)) {
            scanner.scan(" 6471 0547 \u001D x");
            scanner.garbage(new byte[] {(byte) 0xFF, 0x00});
        }
        assertThat(codes).containsExactly(" 6471 0547 \u001D x");
        assertThat(errors).containsExactly(DeviceProblemTexts.message(DeviceProblem.GARBAGE_FRAME));
    }

    @Test
    void statesFollowTheDriversWithTheProblemInWords() {
        SimulatedPrinter printer = (SimulatedPrinter) app.peripherals().deviceDrivers().printer();
        List<DeviceService.State> seen = new CopyOnWriteArrayList<>();
        try (DeviceService.Watch watch = app.peripherals().devices().watchStates(seen::add)) {
            printer.paperOut();
        }
        printer.ready();

        DeviceService.State out = new DeviceService.State(DeviceService.Slot.PRINTER, DeviceService.Health.ERROR,
                DeviceProblemTexts.state(id.loket.device.api.DeviceStatus.State.ERROR),
                java.util.Optional.of(DeviceProblemTexts.message(DeviceProblem.PAPER_OUT)));
        assertThat(seen).containsExactly(out);
        assertThat(app.peripherals().devices().state(DeviceService.Slot.PRINTER).health()).isEqualTo(DeviceService.Health.READY);
        assertThat(DeviceService.Slot.PRINTER.id()).isEqualTo("printer");
        assertThat(DeviceService.Slot.CARD_READER.id()).isEqualTo("card-reader");
    }

    @Test
    void niksAreMaskedAsOnPrintouts() {
        assertThat(DeviceService.maskNik("6471054707500011")).isEqualTo("647105******0011");
    }

    @Test
    void theSoundIsADeviceWhoseStateFollowsItsDriverInWords() {
        app.startDevices();
        SimulatedSound sound = (SimulatedSound) app.peripherals().deviceDrivers().sound();
        assertThat(app.peripherals().devices().state(DeviceService.Slot.SOUND).health()).isEqualTo(DeviceService.Health.READY);
        List<DeviceService.State> seen = new CopyOnWriteArrayList<>();
        try (DeviceService.Watch watch = app.peripherals().devices().watchStates(seen::add)) {
            sound.noAudio();
        }

        assertThat(seen).containsExactly(new DeviceService.State(DeviceService.Slot.SOUND, DeviceService.Health.DISCONNECTED,
                DeviceProblemTexts.state(id.loket.device.api.DeviceStatus.State.DISCONNECTED),
                java.util.Optional.of(DeviceProblemTexts.message(DeviceProblem.NO_AUDIO_DEVICE))));
        assertThat(DeviceService.Slot.SOUND.id()).isEqualTo("sound");
        assertThat(DeviceService.Slot.onTheCounter()).doesNotContain(DeviceService.Slot.SOUND);
    }

    @Test
    void theSoundTestPlaysTheChimeAndSaysTheTestSentenceInTheScreensLanguage() {
        app.startDevices();
        SimulatedSound sound = (SimulatedSound) app.peripherals().deviceDrivers().sound();

        DeviceService.SoundOutcome outcome = app.peripherals().devices().testSound(Texts.forLocale(Texts.ENGLISH));

        assertThat(outcome).isEqualTo(new DeviceService.SoundOutcome(true, java.util.Optional.empty()));
        assertThat(sound.played()).hasSize(2);
        assertThat(sound.played().get(0)).isEqualTo(Wav.chime());
        assertThat(sound.spoken()).containsExactly("Loket sound test. One, two, three.");
    }

    @Test
    void aSoundTestWithoutASoundOutputSaysWhatToDo() {
        SimulatedSound sound = (SimulatedSound) app.peripherals().deviceDrivers().sound();
        sound.noAudio();

        DeviceService.SoundOutcome outcome = app.peripherals().devices().testSound(Texts.indonesian());

        assertThat(outcome.sounded()).isFalse();
        assertThat(outcome.problem()).contains(DeviceProblemTexts.message(DeviceProblem.NO_AUDIO_DEVICE));
        assertThat(Texts.indonesian().text(outcome.problem().orElseThrow())).contains("device.sound=none");
        assertThat(sound.spoken()).isEmpty();
    }

    @Test
    void aSoundTestWithoutTheSpeechProgramRingsTheChimeAndSaysSpeechIsMissing() {
        SimulatedSound sound = (SimulatedSound) app.peripherals().deviceDrivers().sound();
        sound.speechFault(SimulatedSpeech.Fault.MISSING);

        DeviceService.SoundOutcome outcome = app.peripherals().devices().testSound(Texts.indonesian());

        assertThat(outcome.sounded()).isFalse();
        assertThat(outcome.problem()).contains(DeviceProblemTexts.message(DeviceProblem.SPEECH_ENGINE_MISSING));
        assertThat(sound.played()).singleElement().isEqualTo(Wav.chime());
    }
}
