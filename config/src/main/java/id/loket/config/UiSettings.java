package id.loket.config;

import java.time.Duration;
import java.util.Objects;

/**
 * How the screens look and behave on this PC.
 *
 * @param language      language of screens and printouts
 * @param theme         colour theme
 * @param startFace     screen opened at start
 * @param residentIdle  how long the resident screen waits without a touch before it resets; never under
 *                      {@link #MIN_RESIDENT_IDLE}, so an elderly resident always has time to read
 * @param agentIdleLock how long the agent console waits without input before it locks
 * @param kioskMode     full screen without decorations; leaving needs a supervisor PIN
 * @param spokenPrompts the resident ticket screen offers to say its pages aloud (espeak-ng)
 */
public record UiSettings(Language language, Theme theme, StartFace startFace, Duration residentIdle,
                         Duration agentIdleLock, boolean kioskMode, boolean spokenPrompts) {

    /** Shortest reading time a resident screen may give before resetting. */
    public static final Duration MIN_RESIDENT_IDLE = Duration.ofSeconds(60);
    /** Longest resident idle time; beyond it the next resident finds the last one's screen. */
    public static final Duration MAX_RESIDENT_IDLE = Duration.ofSeconds(600);
    /** Shortest agent idle time before the console locks. */
    public static final Duration MIN_AGENT_IDLE_LOCK = Duration.ofMinutes(1);
    /** Longest agent idle time before the console locks. */
    public static final Duration MAX_AGENT_IDLE_LOCK = Duration.ofMinutes(120);

    public UiSettings {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(startFace, "startFace");
        Objects.requireNonNull(residentIdle, "residentIdle");
        Objects.requireNonNull(agentIdleLock, "agentIdleLock");
        requireWithin("residentIdle", residentIdle, MIN_RESIDENT_IDLE, MAX_RESIDENT_IDLE);
        requireWithin("agentIdleLock", agentIdleLock, MIN_AGENT_IDLE_LOCK, MAX_AGENT_IDLE_LOCK);
    }

    /** Without spoken prompts, the default. */
    public UiSettings(Language language, Theme theme, StartFace startFace, Duration residentIdle,
                      Duration agentIdleLock, boolean kioskMode) {
        this(language, theme, startFace, residentIdle, agentIdleLock, kioskMode, false);
    }

    private static void requireWithin(String name, Duration value, Duration min, Duration max) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ": " + value);
        }
    }
}
