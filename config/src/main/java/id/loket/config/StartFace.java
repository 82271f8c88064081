package id.loket.config;

/** The screen this PC opens with ({@code ui.start-face}). */
public enum StartFace {
    /** Ask which screen to open, setting value {@code chooser}. */
    CHOOSER("chooser"),
    /** The residents' touch screen for queue tickets, setting value {@code ticket}. */
    TICKET("ticket"),
    /** The agent's counter console, setting value {@code counter}. */
    COUNTER("counter"),
    /** The supervisor's office screens, setting value {@code office}. */
    OFFICE("office"),
    /** The display board for the waiting room (second screen or a PC of its own), setting value {@code board}. */
    BOARD("board"),
    /** The satisfaction survey (SKM) on a tablet or touch screen of its own, setting value {@code survey}. */
    SURVEY("survey");

    private final String settingValue;

    StartFace(String settingValue) {
        this.settingValue = settingValue;
    }

    /** The word used for this screen in {@code loket.properties}. */
    public String settingValue() {
        return settingValue;
    }
}
