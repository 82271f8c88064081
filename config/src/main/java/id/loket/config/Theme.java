package id.loket.config;

/** The colour theme of every screen ({@code ui.theme}). */
public enum Theme {
    /** The normal theme, setting value {@code standard}. */
    STANDARD("standard"),
    /** Strong contrast for residents with low vision, setting value {@code high-contrast}. */
    HIGH_CONTRAST("high-contrast");

    private final String settingValue;

    Theme(String settingValue) {
        this.settingValue = settingValue;
    }

    /** The word used for this theme in {@code loket.properties}. */
    public String settingValue() {
        return settingValue;
    }
}
