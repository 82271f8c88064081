package id.loket.service.device;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.device.sound.SimulatedAudioOut;
import id.loket.device.sound.SimulatedSpeech;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The ticket screen's spoken prompts: they follow the resident, and a missing engine never stops the screen. */
class ResidentVoiceTest {

    private static final Locale ID = Locale.forLanguageTag("id");

    private final SimulatedSpeech speech = new SimulatedSpeech(Duration.ofSeconds(10));
    private final SimulatedAudioOut speaker = new SimulatedAudioOut(0);

    @Test
    void aPromptAskedForWhileOthersWaitReplacesThem() throws Exception {
        try (ResidentVoice voice = new ResidentVoice(speaker, speech, ID, true)) {
            speech.inject(SimulatedSpeech.Fault.HANGS);
            voice.say("satu");
            voice.say("dua");
            voice.say("tiga");
            speech.inject(SimulatedSpeech.Fault.NONE);
            voice.awaitQueued(10_000);

            assertThat(speech.spoken()).doesNotContain("dua").endsWith("tiga");
            assertThat(speaker.played()).as("only the newest prompt is heard").hasSize(1);
        }
    }

    @Test
    void hushForgetsThePromptsNotYetSaid() throws Exception {
        try (ResidentVoice voice = new ResidentVoice(speaker, speech, ID, true)) {
            speech.inject(SimulatedSpeech.Fault.HANGS);
            voice.say("pilih layanan");
            voice.hush();
            speech.inject(SimulatedSpeech.Fault.NONE);
            voice.awaitQueued(10_000);

            assertThat(speaker.played()).isEmpty();
        }
    }

    @Test
    void turnedOffItSaysNothing() throws Exception {
        try (ResidentVoice voice = new ResidentVoice(speaker, speech, ID, false)) {
            voice.say("pilih layanan");
            voice.awaitQueued(10_000);

            assertThat(voice.enabled()).isFalse();
            assertThat(speech.spoken()).isEmpty();
        }
    }

    @Test
    void withoutTheSpeechEngineTheNextPromptIsStillTried() throws Exception {
        try (ResidentVoice voice = new ResidentVoice(speaker, speech, ID, true)) {
            speech.inject(SimulatedSpeech.Fault.MISSING);
            voice.say("pilih layanan");
            voice.awaitQueued(10_000);
            speech.inject(SimulatedSpeech.Fault.NONE);
            voice.say("pilih antrean");
            voice.awaitQueued(10_000);

            assertThat(speech.spoken()).containsExactly("pilih antrean");
            assertThat(speaker.played()).hasSize(1);
        }
    }
}
