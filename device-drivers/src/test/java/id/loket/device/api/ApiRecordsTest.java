package id.loket.device.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiRecordsTest {

    @Test
    void anErrorStatusNeedsAProblemCode() {
        assertThatThrownBy(() -> new DeviceStatus(DeviceStatus.State.ERROR, Optional.empty(), Optional.of("x")))
                .isInstanceOf(IllegalArgumentException.class);
        DeviceStatus paper = DeviceStatus.error(DeviceProblem.PAPER_OUT, "DLE EOT 4 = 72");
        assertThat(paper.usable()).isFalse();
        assertThat(paper.toString()).isEqualTo("ERROR PAPER_OUT (DLE EOT 4 = 72)");
    }

    @Test
    void onlyAReadyDeviceIsUsableEvenWithAWarning() {
        assertThat(DeviceStatus.ready().usable()).isTrue();
        assertThat(DeviceStatus.of(DeviceStatus.State.READY, DeviceProblem.PAPER_LOW, "near end").usable()).isTrue();
        assertThat(DeviceStatus.of(DeviceStatus.State.BUSY).usable()).isFalse();
        assertThat(DeviceStatus.disconnected(DeviceProblem.PORT_GONE, null).usable()).isFalse();
    }

    @Test
    void sameStatusIgnoresTheDetail() {
        assertThat(DeviceStatus.error(DeviceProblem.PORT_BUSY, "errno 16").sameAs(
                DeviceStatus.error(DeviceProblem.PORT_BUSY, "errno 13"))).isTrue();
        assertThat(DeviceStatus.error(DeviceProblem.PORT_BUSY, "x").sameAs(
                DeviceStatus.error(DeviceProblem.PORT_GONE, "x"))).isFalse();
        assertThat(new DeviceStatus(DeviceStatus.State.READY, Optional.empty(), Optional.of("  ")).detail()).isEmpty();
    }

    @Test
    void anIdentityRecordHoldsTextAsReadAndDatesAsIso() {
        IdentityRecord record = IdentityRecord.builder(IdentitySource.VENDOR_BRIDGE)
                .nik(" 6471054707500003 ").name("SITI AMINAH").birthDate(LocalDate.of(1950, 7, 7))
                .set(IdentityField.RT, "003").set(IdentityField.RW, "").validUntil(LocalDate.of(2030, 1, 1)).build();
        assertThat(record.nik()).contains("6471054707500003");
        assertThat(record.rt()).contains("003");
        assertThat(record.rw()).as("blank is absent").isEmpty();
        assertThat(record.birthDate()).contains(LocalDate.of(1950, 7, 7));
        assertThat(record.validUntil()).contains(LocalDate.of(2030, 1, 1));
        assertThat(record.validForLife()).isFalse();
        assertThat(record.fields()).containsOnlyKeys(IdentityField.NIK, IdentityField.NAME, IdentityField.BIRTH_DATE,
                IdentityField.RT, IdentityField.VALID_UNTIL);
    }

    @Test
    void aNikIsNotValidatedHereButARecordNeedsANikOrAUid() {
        assertThat(IdentityRecord.builder(IdentitySource.QR).nik("12AB").build().nik()).contains("12AB");
        assertThat(IdentityRecord.builder(IdentitySource.CARD_UID).cardUid("04A1").build().nik()).isEmpty();
        assertThatThrownBy(() -> IdentityRecord.builder(IdentitySource.MANUAL).name("X").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdentityRecord.builder(IdentitySource.MANUAL).set(IdentityField.BIRTH_DATE, "07-07-1950"))
                .hasMessageContaining("ISO date");
    }

    @Test
    void aRecordLogsOnlyAMaskedNik() {
        IdentityRecord record = IdentityRecord.builder(IdentitySource.CHIP).nik("6471054707500003").name("SITI").build();
        assertThat(record.toString()).isEqualTo("IdentityRecord[CHIP nik=647105********03 fields=2]");
        assertThat(IdentityRecord.mask("1234")).isEqualTo("****");
    }

    @Test
    void aPrintResultIsConfirmedXorFailed() {
        assertThat(PrintResult.confirmed("ok").problem()).isEmpty();
        assertThat(PrintResult.failed(DeviceProblem.PAPER_OUT, "no paper").confirmed()).isFalse();
        assertThatThrownBy(() -> new PrintResult(true, Optional.of(DeviceProblem.PAPER_OUT), "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PrintResult(false, Optional.empty(), "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPrintJobKeepsItsOwnCopy() {
        byte[] bytes = {1, 2, 3};
        PrintJob job = PrintJob.escPos("A-001", bytes);
        bytes[0] = 9;
        assertThat(job.content()).containsExactly(1, 2, 3);
        job.content()[1] = 9;
        assertThat(job.content()).containsExactly(1, 2, 3);
        assertThat(job).isEqualTo(PrintJob.escPos("A-001", new byte[] {1, 2, 3}));
        assertThatThrownBy(() -> PrintJob.pdf(" ", new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rolesMatchTheSettingNames() {
        assertThat(DeviceRole.fromSetting("card-reader")).contains(DeviceRole.CARD_READER);
        assertThat(DeviceRole.fromSetting("scanner")).contains(DeviceRole.SCANNER);
        assertThat(DeviceRole.fromSetting("printer")).contains(DeviceRole.PRINTER);
        assertThat(DeviceRole.fromSetting("camera")).isEmpty();
    }
}
