/**
 * The drivers of the sound role ({@code device.sound}): {@code os-sound}, the PC's own sound output
 * with espeak-ng for speech, and {@code none}. The simulator is with the others in
 * {@code id.loket.device.sim}. They live apart from {@code id.loket.device.sound} because the role's
 * interface ({@code api.SoundDevice}) is made of that package's {@code AudioOut} and {@code SpeechSynth},
 * and a package may not use one that uses it back.
 */
package id.loket.device.sound.driver;
