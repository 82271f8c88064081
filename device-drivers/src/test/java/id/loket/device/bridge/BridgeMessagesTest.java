package id.loket.device.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.device.api.CardEvent;
import id.loket.device.api.DeviceConfigurationException;
import id.loket.device.api.DeviceProblem;
import id.loket.device.api.DeviceRole;
import id.loket.device.api.DeviceStatus;
import id.loket.device.api.DriverParameters;
import id.loket.device.api.IdentityField;
import id.loket.device.api.IdentityRecord;
import id.loket.device.api.IdentitySource;
import id.loket.device.testing.Contexts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class BridgeMessagesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");

    /** A KTP-el as one vendor sends it, with the photo and fingerprints Loket must drop. */
    static final String VENDOR_A = """
            {"event":"card-read","data":{"nik":"6471054707500003","namaLengkap":"SITI AMINAH",
             "tempatLahir":"BALIKPAPAN","tanggalLahir":"07-07-1950","jenisKelamin":"PEREMPUAN",
             "alamat":"JL. ANGGREK BAHAGIA NO. 7","nomorRt":"003","nomorRw":"001","kelDesa":"GUNUNG BAHAGIA",
             "kecamatan":"BALIKPAPAN SELATAN","kabupaten":"KOTA BALIKPAPAN","provinsi":"KALIMANTAN TIMUR",
             "agama":"ISLAM","statusPerkawinan":"KAWIN","pekerjaan":"MENGURUS RUMAH TANGGA",
             "kewarganegaraan":"WNI","berlakuHingga":"SEUMUR HIDUP","golDarah":"O",
             "foto":"/9j/4AAQSkZJRgABAQ==","sidikJari":{"kanan":"AAECAw==","kiri":"BAUGBw=="},"ttd":"iVBORw0K"}}
            """;

    private final BridgeMessages defaults = new BridgeMessages(FieldMapping.defaults(), BridgeMessages.Keys.defaults(),
            1 << 20);

    private static CardEvent only(BridgeMessages.Interpretation meaning) {
        assertThat(meaning.events()).hasSize(1);
        return meaning.events().get(0);
    }

    private static IdentityRecord read(BridgeMessages.Interpretation meaning) {
        assertThat(meaning.invalid()).as("%s", meaning).isFalse();
        return ((CardEvent.CardRead) only(meaning)).record();
    }

    private static String invalidDetail(BridgeMessages.Interpretation meaning) {
        assertThat(meaning.invalid()).as("%s", meaning).isTrue();
        return ((CardEvent.CardReadFailed) only(meaning)).detail();
    }

    @Test
    void aVendorReadBecomesAFullRecordAndThePhotoSignatureAndFingerprintsAreDropped() {
        IdentityRecord record = read(defaults.interpret(VENDOR_A, NOW));
        assertThat(record.source()).isEqualTo(IdentitySource.VENDOR_BRIDGE);
        assertThat(record.nik()).contains("6471054707500003");
        assertThat(record.name()).contains("SITI AMINAH");
        assertThat(record.birthPlace()).contains("BALIKPAPAN");
        assertThat(record.birthDate()).contains(LocalDate.of(1950, 7, 7));
        assertThat(record.sex()).contains("PEREMPUAN");
        assertThat(record.rt()).contains("003");
        assertThat(record.rw()).contains("001");
        assertThat(record.kelurahan()).contains("GUNUNG BAHAGIA");
        assertThat(record.kecamatan()).contains("BALIKPAPAN SELATAN");
        assertThat(record.regency()).contains("KOTA BALIKPAPAN");
        assertThat(record.province()).contains("KALIMANTAN TIMUR");
        assertThat(record.religion()).contains("ISLAM");
        assertThat(record.maritalStatus()).contains("KAWIN");
        assertThat(record.occupation()).contains("MENGURUS RUMAH TANGGA");
        assertThat(record.citizenship()).contains("WNI");
        assertThat(record.validForLife()).isTrue();
        assertThat(record.validUntil()).isEmpty();
        assertThat(record.fields()).hasSize(17).doesNotContainKey(IdentityField.CARD_UID);
        assertThat(record.fields().values()).noneMatch(v -> v.contains("AAEC") || v.contains("/9j/") || v.contains("iVBOR"));
        assertThat(record.toString()).doesNotContain("SITI").contains("647105********03");
    }

    @Test
    void anotherVendorsNamesAndNestingAreMappedBySettings() {
        DriverParameters p = new DriverParameters(DeviceRole.CARD_READER, Contexts.choice("vendor-bridge-http",
                "type-key", "type", "data-key", "payload", "field.nik", "ktp.NIK", "field.name", "ktp.biodata.nama",
                "field.rt", "ktp.alamat.rt", "field.rw", "ktp.alamat.rw", "field.birthDate", "ktp.biodata.lahir",
                "field.validUntil", "ktp.berlaku", "date-format", "yyyyMMdd"));
        BridgeMessages vendorB = BridgeProviders.messages(p, 4096);
        String message = """
                {"type":"card-read","payload":{"ktp":{"NIK":6471054707500003,
                 "biodata":{"nama":"BUDI","lahir":"19800817"},"alamat":{"rt":7,"rw":"02"},"berlaku":"20300101"}}}
                """;
        IdentityRecord record = read(vendorB.interpret(message, NOW));
        assertThat(record.nik()).contains("6471054707500003");
        assertThat(record.name()).contains("BUDI");
        assertThat(record.rt()).contains("7");
        assertThat(record.rw()).contains("02");
        assertThat(record.birthDate()).contains(LocalDate.of(1980, 8, 17));
        assertThat(record.validUntil()).contains(LocalDate.of(2030, 1, 1));
    }

    @Test
    void aBareObjectWithANikIsARead() {
        IdentityRecord record = read(defaults.interpret("{\"NIK\":\"6471054707500003\",\"nama\":\"A\",\"rt\":\"1\"}", NOW));
        assertThat(record.fields()).containsOnlyKeys(IdentityField.NIK, IdentityField.NAME, IdentityField.RT);
    }

    @Test
    void presenceRemovalHeartbeatsAndArrays() {
        BridgeMessages.Interpretation meaning = defaults.interpret(
                "[{\"event\":\"card-inserted\"},{\"event\":\"ping\"},{\"event\":\"card-removed\"}]", NOW);
        assertThat(meaning.events()).containsExactly(new CardEvent.CardPresent(NOW), new CardEvent.CardRemoved(NOW));
        assertThat(defaults.interpret("{\"event\":\"heartbeat\"}", NOW).events()).isEmpty();
        assertThat(defaults.interpret("[]", NOW).events()).isEmpty();
    }

    @Test
    void vendorErrorCodesBecomeProblems() {
        assertThat(only(defaults.interpret("{\"event\":\"error\",\"code\":\"SAM_NOT_FOUND\",\"message\":\"no SAM\"}", NOW)))
                .isEqualTo(new CardEvent.CardReadFailed(DeviceProblem.SAM_MISSING, "vendor error SAM_NOT_FOUND: no SAM", NOW));
        assertThat(((CardEvent.CardReadFailed) only(defaults.interpret("{\"event\":\"error\",\"code\":\"card_removed\"}", NOW)))
                .problem()).isEqualTo(DeviceProblem.CARD_REMOVED_DURING_READ);
        assertThat(((CardEvent.CardReadFailed) only(defaults.interpret("{\"event\":\"error\",\"code\":\"E77\"}", NOW)))
                .problem()).isEqualTo(DeviceProblem.BRIDGE_ERROR);
        BridgeMessages mapped = BridgeProviders.messages(new DriverParameters(DeviceRole.CARD_READER,
                Contexts.choice("vendor-bridge-ws", "error.E77", "timeout")), 4096);
        assertThat(((CardEvent.CardReadFailed) only(mapped.interpret("{\"event\":\"error\",\"code\":\"E77\"}", NOW)))
                .problem()).isEqualTo(DeviceProblem.TIMEOUT);
    }

    @Test
    void statusMessagesSetTheReadersStatus() {
        assertThat(defaults.interpret("{\"event\":\"status\",\"state\":\"error\",\"code\":\"NO_SAM\"}", NOW).status())
                .map(DeviceStatus::problem).contains(java.util.Optional.of(DeviceProblem.SAM_MISSING));
        assertThat(defaults.interpret("{\"event\":\"status\",\"state\":\"ready\"}", NOW).status())
                .contains(DeviceStatus.ready());
    }

    @Test
    void brokenMessagesAreOneInvalidEventSayingWhatIsWrong() {
        assertThat(invalidDetail(defaults.interpret("{\"event\":\"card-read\",\"data\":{\"nik\":\"1\",}}", NOW)))
                .startsWith("not JSON: trailing comma");
        assertThat(invalidDetail(defaults.interpret("[{\"event\":\"card-removed\"},3]", NOW)))
                .isEqualTo("item 1 of the array is not an object");
        assertThat(invalidDetail(defaults.interpret("{\"event\":\"card-read\",\"data\":{\"nama\":\"X\"}}", NOW)))
                .startsWith("a card read without a NIK [nik, NIK]");
        assertThat(invalidDetail(defaults.interpret("{\"nik\":\"6471054707500003\",\"tanggalLahir\":\"31-02-1950\"}", NOW)))
                .startsWith("field birthDate is not a date");
        assertThat(invalidDetail(defaults.interpret("{\"nik\":\"6471054707500003\",\"nama\":{\"first\":\"A\"}}", NOW)))
                .isEqualTo("field name must be text or a number, not an object");
        assertThat(invalidDetail(defaults.interpret("{\"event\":\"card-eaten\"}", NOW))).startsWith("unknown event \"card-eaten\"");
        assertThat(invalidDetail(defaults.interpret("{\"event\":7}", NOW))).isEqualTo("\"event\" must be text, not a number");
        assertThat(invalidDetail(defaults.interpret("\"hello\"", NOW))).startsWith("a message must be a JSON object");
        assertThat(invalidDetail(defaults.interpret("{\"nama\":\"SITI\"}", NOW))).doesNotContain("SITI");
        BridgeMessages small = new BridgeMessages(FieldMapping.defaults(), BridgeMessages.Keys.defaults(), 10);
        assertThat(invalidDetail(small.interpret("{\"event\":\"card-removed\"}", NOW))).contains("longer than 10");
    }

    @Test
    void aMappingSettingThatCannotWorkIsAConfigurationError() {
        Assertions.assertThatThrownBy(() -> FieldMapping.from(new DriverParameters(DeviceRole.CARD_READER,
                Contexts.choice("vendor-bridge-http", "field.photo", "foto"))))
                .isInstanceOf(DeviceConfigurationException.class).hasMessageContaining("field.photo")
                .hasMessageContaining("nik");
        Assertions.assertThatThrownBy(() -> FieldMapping.from(new DriverParameters(DeviceRole.CARD_READER,
                Contexts.choice("vendor-bridge-http", "error.E1", "EXPLODED"))))
                .isInstanceOf(DeviceConfigurationException.class).hasMessageContaining("error.E1");
        Assertions.assertThatThrownBy(() -> FieldMapping.from(new DriverParameters(DeviceRole.CARD_READER,
                Contexts.choice("vendor-bridge-http", "date-format", "dd-bb-yyyy"))))
                .isInstanceOf(DeviceConfigurationException.class).hasMessageContaining("date-format");
        Assertions.assertThatThrownBy(() -> FieldMapping.from(new DriverParameters(DeviceRole.CARD_READER,
                Contexts.choice("vendor-bridge-http", "field.rt", "alamat..rt"))))
                .isInstanceOf(DeviceConfigurationException.class);
        assertThat(List.of(IdentityField.values())).hasSize(FieldMapping.DEFAULT_NAMES.size());
    }
}
