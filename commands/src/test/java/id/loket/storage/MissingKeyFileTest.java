package id.loket.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.cli.HeadlessMain;
import id.loket.cli.Terminals;
import id.loket.support.TestApps;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key file that went missing beside an existing database is never replaced by a new one. */
class MissingKeyFileTest {

    @TempDir
    Path temp;

    @Test
    void aMissingKeyBesideAnEncryptedDatabaseIsRefusedAndNoKeyIsMade() throws Exception {
        Path data = temp.resolve("data");
        Path keyFile = temp.resolve("keys/loket.key");
        Database.openEmbedded(data, DatabaseKey.forDatabaseIn(data, keyFile)).close();
        byte[] before = Files.readAllBytes(data.resolve("loket.mv.db"));
        Files.delete(keyFile);

        assertThatThrownBy(() -> DatabaseKey.forDatabaseIn(data, keyFile))
                .isInstanceOfSatisfying(KeyFileMissingException.class, e -> {
                    assertThat(e.keyFile()).isEqualTo(keyFile);
                    assertThat(e.dataDir()).isEqualTo(data);
                });

        assertThat(keyFile).doesNotExist();
        assertThat(Files.readAllBytes(data.resolve("loket.mv.db"))).isEqualTo(before);
    }

    @Test
    void aFirstStartInAnEmptyDataFolderMakesTheKey() {
        Path data = temp.resolve("data");
        Path keyFile = temp.resolve("keys/loket.key");

        Database.openEmbedded(data, DatabaseKey.forDatabaseIn(data, keyFile)).close();

        assertThat(keyFile).exists();
    }

    @Test
    void aDatabaseFromBeforeEncryptionGetsAKeyAsBefore() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data"));
        // How an MVStore file starts; what matters here is only that it is not encrypted.
        Files.writeString(data.resolve("loket.mv.db"), "H:2,block:0", StandardCharsets.ISO_8859_1);
        Path keyFile = temp.resolve("keys/loket.key");

        DatabaseKey.forDatabaseIn(data, keyFile);

        assertThat(keyFile).exists();
    }

    @Test
    void theCommandLineSaysWhereTheKeyWasExpectedAndToPutTheCopyBack() throws Exception {
        Path data = temp.resolve("data");
        Path config = TestApps.configFor(data);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] demo = {"--config", config.toString(), "--data-dir", data.toString(), "demo-data", "--households", "5"};
        assertThat(HeadlessMain.run(demo, new PrintWriter(out, true), new PrintWriter(err, true))).isZero();
        Path keyFile = TestApps.keyFile(data);
        Files.delete(keyFile);

        String[] export = {"--config", config.toString(), "--data-dir", data.toString(), "--user", "lurah",
                "export", "households", "--format", "csv"};
        int status = HeadlessMain.run(export, new PrintWriter(out, true), new PrintWriter(err, true),
                Terminals.answeringPin("999999"));

        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains("Berkas kunci basis data tidak ada di " + keyFile)
                .contains("Taruh kembali salinan berkas kunci")
                .contains("The database key file is missing at " + keyFile)
                .doesNotContain("Exception");
        assertThat(keyFile).doesNotExist();
    }
}
