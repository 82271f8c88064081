package id.loket.domain.ssn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RecipientColumnsTest {

    @Test
    void theNikAndCardColumnsAreFoundByTheirWordsWhateverTheCaseAndPunctuation() {
        assertThat(RecipientColumns.find(List.of("No", "Nama", "N.I.K", "No. Kartu SSN")))
                .contains(new RecipientColumns(2, OptionalInt.of(3)));
        assertThat(RecipientColumns.find(List.of("Nomor Induk Kependudukan", "Alamat")))
                .contains(new RecipientColumns(0, OptionalInt.empty()));
    }

    @Test
    void aRowWithoutANikColumnIsNoHeader() {
        assertThat(RecipientColumns.find(List.of("Daftar Penerima SSN Kota Samarinda"))).isEmpty();
        assertThat(RecipientColumns.find(List.of("Nama", "Nomor Kartu"))).isEmpty();
    }
}
