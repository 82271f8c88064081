package id.loket.device.sound;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Speech by espeak-ng, run as a program for each sentence: {@code espeak-ng -v id --stdout TEXT}
 * writes the sound as WAV, which Loket plays itself, so the same sound output (and its problems)
 * serve chime and speech. The program is stopped when it takes longer than the timeout.
 */
public final class EspeakSynth implements SpeechSynth {

    /** The name of the program on the PATH. */
    public static final String PROGRAM = "espeak-ng";

    private final List<String> command;
    private final Duration timeout;

    /** @param command the program and any fixed arguments, e.g. {@code [espeak-ng]} */
    public EspeakSynth(List<String> command, Duration timeout) {
        this.command = List.copyOf(command);
        this.timeout = timeout;
    }

    public static EspeakSynth onPath() {
        return new EspeakSynth(List.of(PROGRAM), Duration.ofSeconds(10));
    }

    @Override
    public byte[] speak(String text, Locale locale) throws SoundProblem {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("-v", "en".equals(locale.getLanguage()) ? "en" : "id", "--stdout", text));
        Process process;
        try {
            process = new ProcessBuilder(args).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new SoundProblem(SoundProblem.Code.SPEECH_ENGINE_MISSING, command.get(0) + " cannot be started", e);
        }
        // Read while it runs: a full pipe would otherwise stop the program half-way.
        CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new SoundProblem(SoundProblem.Code.SPEECH_TIMEOUT,
                        command.get(0) + " did not finish within " + timeout.toMillis() + " ms", null);
            }
            byte[] wav = output.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (process.exitValue() != 0 || !Wav.looksLikeWav(wav)) {
                throw new SoundProblem(SoundProblem.Code.SPEECH_FAILED, command.get(0) + " ended with status "
                        + process.exitValue() + " and " + wav.length + " bytes of output", null);
            }
            return Wav.fixLengths(wav);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new SoundProblem(SoundProblem.Code.SPEECH_TIMEOUT, "Interrupted while speaking", e);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new SoundProblem(SoundProblem.Code.SPEECH_FAILED, "Cannot read " + command.get(0) + "'s output", e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            // The program was stopped while it wrote: what came is judged by the caller.
            return new byte[0];
        }
    }
}
