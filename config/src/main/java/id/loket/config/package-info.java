/**
 * The settings of one Loket installation: typed, immutable records read from {@code loket.properties}.
 *
 * <p>{@link id.loket.config.SettingsLoader} layers the documented defaults
 * ({@code config/defaults/loket.properties}), the office's own settings file and command-line overrides,
 * validates every value and returns a {@link id.loket.config.LoketSettings}. A bad value never reaches the
 * rest of the application: it stops the start with a {@link id.loket.config.SettingsException} that names
 * the file, the key, the value and what is allowed.
 *
 * <p>This module uses the JDK only, so the device drivers and the application can both depend on it.
 */
package id.loket.config;
