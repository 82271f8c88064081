package id.loket.service;

import id.loket.device.api.DeviceConfigurationException;
import id.loket.device.api.DeviceProblem;
import id.loket.device.api.DeviceRole;
import id.loket.device.api.DeviceStatus;
import id.loket.domain.text.Message;

/**
 * The words for what the device drivers report: each {@link DeviceProblem} as a message that says
 * what happened and what to do ("Printer kehabisan kertas. Isi kertas, lalu tekan Cetak Ulang."), each
 * state and role as a short label. The drivers' technical detail is for the log, never for these texts.
 */
public final class DeviceProblemTexts {

    private DeviceProblemTexts() {
    }

    /** What to tell the person at the counter about {@code problem}. */
    public static Message message(DeviceProblem problem) {
        return Message.of(key(problem));
    }

    /** The bundle key of {@code problem}'s message. */
    public static String key(DeviceProblem problem) {
        return switch (problem) {
            case PAPER_OUT -> "device.problem.PAPER_OUT";
            case PAPER_LOW -> "device.problem.PAPER_LOW";
            case COVER_OPEN -> "device.problem.COVER_OPEN";
            case PRINTER_OFFLINE -> "device.problem.PRINTER_OFFLINE";
            case PRINTER_NOT_FOUND -> "device.problem.PRINTER_NOT_FOUND";
            case PRINTER_FAULT -> "device.problem.PRINTER_FAULT";
            case PRINT_REJECTED -> "device.problem.PRINT_REJECTED";
            case DOCUMENT_INVALID -> "device.problem.DOCUMENT_INVALID";
            case FORMAT_UNSUPPORTED -> "device.problem.FORMAT_UNSUPPORTED";
            case OUTPUT_FOLDER_UNWRITABLE -> "device.problem.OUTPUT_FOLDER_UNWRITABLE";
            case PORT_GONE -> "device.problem.PORT_GONE";
            case PORT_BUSY -> "device.problem.PORT_BUSY";
            case CARD_REMOVED_DURING_READ -> "device.problem.CARD_REMOVED_DURING_READ";
            case CARD_UNREADABLE -> "device.problem.CARD_UNREADABLE";
            case SAM_MISSING -> "device.problem.SAM_MISSING";
            case TIMEOUT -> "device.problem.TIMEOUT";
            case GARBAGE_FRAME -> "device.problem.GARBAGE_FRAME";
            case FRAME_TOO_LONG -> "device.problem.FRAME_TOO_LONG";
            case PCSC_UNAVAILABLE -> "device.problem.PCSC_UNAVAILABLE";
            case NO_READER -> "device.problem.NO_READER";
            case BRIDGE_UNREACHABLE -> "device.problem.BRIDGE_UNREACHABLE";
            case BRIDGE_MESSAGE_INVALID -> "device.problem.BRIDGE_MESSAGE_INVALID";
            case BRIDGE_ERROR -> "device.problem.BRIDGE_ERROR";
            case DRIVER_STOPPED -> "device.problem.DRIVER_STOPPED";
            case NO_AUDIO_DEVICE -> "device.problem.NO_AUDIO_DEVICE";
            case AUDIO_INVALID -> "device.problem.AUDIO_INVALID";
            case SPEECH_ENGINE_MISSING -> "device.problem.SPEECH_ENGINE_MISSING";
            case SPEECH_TIMEOUT -> "device.problem.SPEECH_TIMEOUT";
            case SPEECH_FAILED -> "device.problem.SPEECH_FAILED";
            case SOUND_OFF -> "device.problem.SOUND_OFF";
        };
    }

    /** A device setting that cannot be used, naming the setting, the value and what is allowed. */
    public static Message configuration(DeviceConfigurationException e) {
        String role = e.role().settingName();
        return switch (e.kind()) {
            case UNKNOWN_DRIVER -> Message.of("device.config.unknownDriver", role, e.driverId(), e.allowed());
            case UNKNOWN_PARAMETER -> Message.of("device.config.unknownParameter", role, e.driverId(),
                    e.parameter().orElse(""), e.allowed());
            case MISSING_PARAMETER -> Message.of("device.config.missingParameter", role, e.driverId(),
                    e.parameter().orElse(""), e.allowed());
            case BAD_PARAMETER -> Message.of("device.config.badParameter", role, e.driverId(),
                    e.parameter().orElse(""), e.value().orElse(""), e.allowed());
        };
    }

    /** A short label for a state: "Siap", "Terputus", ... */
    public static Message state(DeviceStatus.State state) {
        return Message.of(switch (state) {
            case DISCONNECTED -> "device.state.DISCONNECTED";
            case CONNECTING -> "device.state.CONNECTING";
            case READY -> "device.state.READY";
            case BUSY -> "device.state.BUSY";
            case ERROR -> "device.state.ERROR";
        });
    }

    /** The role's name: "pembaca kartu", "pemindai", "printer", "suara". */
    public static Message role(DeviceRole role) {
        return Message.of(switch (role) {
            case CARD_READER -> "device.role.cardReader";
            case SCANNER -> "device.role.scanner";
            case PRINTER -> "device.role.printer";
            case SOUND -> "device.role.sound";
        });
    }
}
