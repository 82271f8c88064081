package id.loket.wiring;

import id.loket.config.DeviceChoice;
import id.loket.device.api.ConfiguredDevices;
import id.loket.documents.TestPageRenderer;
import id.loket.service.device.DeviceService;
import id.loket.service.device.ResidentVoice;
import id.loket.service.board.Announcer;
import java.time.LocalDateTime;
import org.slf4j.LoggerFactory;

/**
 * Devices and sound: the counter's configured drivers (printer, scanner, ...), their status and test
 * page, and the three voices: the board's announcer, the ticket screen's spoken prompts and the survey's.
 *
 * @param deviceDrivers the drivers themselves, for the device commands and for tests that play the simulators
 * @param announcer     says the calls out loud on this PC (chime and speech), one after another
 * @param residentVoice the ticket screen's spoken prompts (ui.spoken-prompts), for residents who cannot read well
 * @param surveyVoice   the survey's questions, always said aloud
 */
public record Peripherals(ConfiguredDevices deviceDrivers, DeviceService devices, Announcer announcer,
                          ResidentVoice residentVoice, ResidentVoice surveyVoice) implements AutoCloseable {

    static Peripherals wire(Foundation base) {
        var office = base.office();
        TestPageRenderer testPage = new TestPageRenderer(base.texts());
        DeviceService devices = new DeviceService(base.deviceDrivers(), () -> testPage.render(office.name(), office.address(),
                LocalDateTime.now(base.clock()), base.receiptPaper()));
        var locale = base.texts().locale();
        // The configured sound device (device.sound) is both the loudspeaker and the voice.
        var sound = base.deviceDrivers().sound();
        Announcer announcer = new Announcer(sound, sound, locale);
        ResidentVoice residentVoice = new ResidentVoice(sound, sound, locale,
                base.settings().ui().spokenPrompts());
        // The survey says every question aloud, whatever ui.spoken-prompts says for the ticket screen:
        // residents who cannot read well must be able to answer it (PermenPANRB 14/2017 asks all who were served).
        ResidentVoice surveyVoice = new ResidentVoice(sound, sound, locale, true);
        return new Peripherals(base.deviceDrivers(), devices, announcer, residentVoice, surveyVoice);
    }

    /** Starts the counter's devices (the kiosk window does; commands on the command line do not need them). */
    void start(Foundation base) {
        DeviceChoice printer = Foundation.deviceSettings(base.settings()).printer();
        if (printer.driverId().equals("pdf-folder")) {
            // A stand-in for paper, meant to be opened by a person, so not sealed (docs/SECURITY.md).
            LoggerFactory.getLogger(AppContext.class).warn("Printer 'pdf-folder': tickets and receipts are saved "
                    + "as plain PDF files in {}. Set device.printer to a real printer before real residents are "
                    + "served.", printer.parameter("folder").orElse("?"));
        }
        devices.start();
    }

    @Override
    public void close() {
        announcer.close();
        residentVoice.close();
        surveyVoice.close();
        devices.close();
    }
}
