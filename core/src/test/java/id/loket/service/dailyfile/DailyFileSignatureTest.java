package id.loket.service.dailyfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.domain.dailyfile.DailyFigures;
import id.loket.service.rekap.DailyFileSamples;
import id.loket.service.rekap.OfficeKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A daily file is accepted only as its office signed it. */
class DailyFileSignatureTest {

    private static final String MANGGAR = "64.71.01.1001";
    private static final String LAMARU = "64.71.01.1002";
    private static final LocalDate DAY = LocalDate.of(2026, 6, 4);

    @TempDir
    Path dir;

    @Test
    void aFileAsTheOfficeSignedItVerifiesAgainstItsRegisteredKey() throws Exception {
        DailyFileSamples samples = new DailyFileSamples(dir);
        DailyFigures figures = DailyFileSamples.figures(MANGGAR, DAY, 3, 10);

        SignedDailyFile read = DailyFileFormat.read("a.json", samples.signed(figures));

        assertThat(read.figures()).isEqualTo(figures);
        assertThat(samples.registered(MANGGAR).verify(read)).isEqualTo(OfficeKeys.Verdict.SIGNED_BY_OFFICE);
    }

    @Test
    void aFileWhoseRegisteredCountWasEditedIsRefusedAsAltered() throws Exception {
        DailyFileSamples samples = new DailyFileSamples(dir);
        String text = new String(samples.signed(DailyFileSamples.figures(MANGGAR, DAY, 3, 10)), StandardCharsets.UTF_8);
        String edited = text.replaceFirst("\"registered\": 10", "\"registered\": 30")
                .replaceFirst("\"notRegistered\": 30", "\"notRegistered\": 10");
        assertThat(edited).isNotEqualTo(text);

        SignedDailyFile read = DailyFileFormat.read("edited.json", edited.getBytes(StandardCharsets.UTF_8));

        assertThat(samples.registered(MANGGAR).verify(read)).isEqualTo(OfficeKeys.Verdict.ALTERED);
    }

    @Test
    void aFileSignedWithAnotherOfficesKeyIsRefusedAsAltered() throws Exception {
        DailyFileSamples samples = new DailyFileSamples(dir);
        byte[] forged = samples.signedBy(DailyFileSamples.figures(MANGGAR, DAY, 3, 10), LAMARU);

        SignedDailyFile read = DailyFileFormat.read("forged.json", forged);

        assertThat(samples.registered(MANGGAR, LAMARU).verify(read)).isEqualTo(OfficeKeys.Verdict.ALTERED);
    }

    @Test
    void aSignatureCutShortOrFlippedIsRefusedAsAlteredNotAsAnError() throws Exception {
        DailyFileSamples samples = new DailyFileSamples(dir);
        SignedDailyFile good = DailyFileFormat.read("a.json", samples.signed(DailyFileSamples.figures(MANGGAR, DAY, 3, 10)));
        byte[] signature = java.util.Base64.getDecoder().decode(good.signatureBase64());
        byte[] flipped = signature.clone();
        flipped[40] ^= 1;
        OfficeKeys keys = samples.registered(MANGGAR);

        for (byte[] bad : new byte[][] {java.util.Arrays.copyOf(signature, 63), flipped, new byte[64]}) {
            SignedDailyFile tampered = new SignedDailyFile(good.figures(), good.keyFingerprint(),
                    java.util.Base64.getEncoder().encodeToString(bad));
            assertThat(keys.verify(tampered)).isEqualTo(OfficeKeys.Verdict.ALTERED);
        }
        assertThat(keys.verify(new SignedDailyFile(good.figures(), good.keyFingerprint(), "not base64 at all!")))
                .isEqualTo(OfficeKeys.Verdict.ALTERED);
    }

    @Test
    void aFileOfAnOfficeWithNoRegisteredKeyIsRefused() throws Exception {
        DailyFileSamples samples = new DailyFileSamples(dir);
        SignedDailyFile read = DailyFileFormat.read("a.json", samples.signed(DailyFileSamples.figures(LAMARU, DAY, 1, 1)));

        assertThat(samples.registered(MANGGAR).verify(read)).isEqualTo(OfficeKeys.Verdict.NO_KEY_FOR_OFFICE);
    }

    @Test
    void reIndentingTheFileKeepsItsSignatureValid() throws Exception {
        DailyFileSamples samples = new DailyFileSamples(dir);
        String text = new String(samples.signed(DailyFileSamples.figures(MANGGAR, DAY, 2, 5)), StandardCharsets.UTF_8);
        String flat = text.replaceAll("\\n\\s*", "");

        SignedDailyFile read = DailyFileFormat.read("flat.json", flat.getBytes(StandardCharsets.UTF_8));

        assertThat(samples.registered(MANGGAR).verify(read)).isEqualTo(OfficeKeys.Verdict.SIGNED_BY_OFFICE);
    }

    @Test
    void aFileWithoutItsSignatureIsRefusedAsUnsigned() {
        DailyFileSamples samples = new DailyFileSamples(dir);
        String text = new String(samples.signed(DailyFileSamples.figures(MANGGAR, DAY, 1, 1)), StandardCharsets.UTF_8);
        String unsigned = text.substring(0, text.indexOf(",\n  \"signature\"")) + "\n}";

        assertThatThrownBy(() -> DailyFileFormat.read("u.json", unsigned.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(DailyFileException.class,
                        e -> assertThat(e.describe().key()).isEqualTo("dailyFile.unsigned"));
    }

    @Test
    void junkIsRefusedAsNotADailyFile() {
        for (String junk : new String[] {"", "PK\u0003\u0004", "[1,2]", "{\"format\":\"loket-daily-file\"}",
                "{\"format\":\"other\",\"formatVersion\":1}"}) {
            assertThatThrownBy(() -> DailyFileFormat.read("junk", junk.getBytes(StandardCharsets.UTF_8)))
                    .as(junk).isInstanceOfSatisfying(DailyFileException.class,
                            e -> assertThat(e.describe().key()).isEqualTo("dailyFile.notDailyFile"));
        }
    }

    @Test
    void aNegativeCountIsRefusedAsNotADailyFile() {
        DailyFileSamples samples = new DailyFileSamples(dir);
        String text = new String(samples.signed(DailyFileSamples.figures(MANGGAR, DAY, 1, 1)), StandardCharsets.UTF_8);
        String negative = text.replaceFirst("\"walkIns\": 2", "\"walkIns\": -2");

        assertThatThrownBy(() -> DailyFileFormat.read("n.json", negative.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(DailyFileException.class,
                        e -> assertThat(e.describe().key()).isEqualTo("dailyFile.notDailyFile"));
    }

    @Test
    void theSigningKeyIsKeptBesideTheDatabaseKeyAndReadBackTheSame() {
        Path keyFile = dir.resolve("keys").resolve("office.key");
        var first = id.loket.storage.OfficeSigningKey.loadOrCreate(keyFile);
        var again = id.loket.storage.OfficeSigningKey.loadOrCreate(keyFile);

        assertThat(id.loket.storage.OfficeSigningKey.fileBeside(keyFile)).exists()
                .hasParent(keyFile.getParent());
        assertThat(again.publicKey()).isEqualTo(first.publicKey());
    }
}
