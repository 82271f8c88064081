package id.loket.device.api;

/**
 * What went wrong with a device, as a code. The application words each code for the person at the
 * counter (what happened and what to do) in its own message bundle; the technical detail that comes
 * with a code is for the log only.
 */
public enum DeviceProblem {
    /** The printer reports that its paper ran out. */
    PAPER_OUT,
    /** The printer reports that its paper roll is nearly used up (a warning; printing still works). */
    PAPER_LOW,
    /** The printer's cover is open. */
    COVER_OPEN,
    /** The printer is off, unplugged, off line or not answering. */
    PRINTER_OFFLINE,
    /** The configured printer does not exist on this computer. */
    PRINTER_NOT_FOUND,
    /** The printer reports an error of its own (cutter jammed, head too hot, ...). */
    PRINTER_FAULT,
    /** The print spooler refused the job. */
    PRINT_REJECTED,
    /** The document to print is damaged or not a PDF. */
    DOCUMENT_INVALID,
    /** This printer cannot take this kind of document (for example raw ESC/POS on a PDF printer). */
    FORMAT_UNSUPPORTED,
    /** The folder where printouts are saved cannot be written. */
    OUTPUT_FOLDER_UNWRITABLE,
    /** The serial port is gone: cable pulled, device switched off, or the port does not exist. */
    PORT_GONE,
    /** The serial port exists but cannot be opened: another program holds it, or access is denied. */
    PORT_BUSY,
    /** The card was taken away before it was read completely. */
    CARD_REMOVED_DURING_READ,
    /** A card is there but could not be read. */
    CARD_UNREADABLE,
    /** The e-KTP reader's SAM (the Dukcapil security module) is missing or not accepted. */
    SAM_MISSING,
    /** The device did not answer in time. */
    TIMEOUT,
    /** The device sent bytes that are not a code (wrong speed setting, noise, a broken cable). */
    GARBAGE_FRAME,
    /** A code was longer than the limit, or its end mark never came (wrong end-of-code setting). */
    FRAME_TOO_LONG,
    /** The smart card service (PC/SC, pcscd) is not running or not installed. */
    PCSC_UNAVAILABLE,
    /** No card reader is connected (or none with the configured name). */
    NO_READER,
    /** The card reader vendor's local service does not answer. */
    BRIDGE_UNREACHABLE,
    /** The vendor's service sent a message Loket does not understand. */
    BRIDGE_MESSAGE_INVALID,
    /** The vendor's service reported an error Loket has no closer code for. */
    BRIDGE_ERROR,
    /** The driver is not started (or already stopped). */
    DRIVER_STOPPED,
    /** The PC has no sound output (no sound card or speaker line, as on a headless PC): nothing is heard. */
    NO_AUDIO_DEVICE,
    /** A sound could not be played because it is not playable audio. */
    AUDIO_INVALID,
    /** The speech program (espeak-ng) is not installed: the chime sounds, numbers are not spoken. */
    SPEECH_ENGINE_MISSING,
    /** The speech program did not finish in time and was stopped. */
    SPEECH_TIMEOUT,
    /** The speech program ended with an error or gave no sound (a missing voice, for example). */
    SPEECH_FAILED,
    /** Sound is turned off on this PC by the settings ({@code device.sound=none}). */
    SOUND_OFF
}
