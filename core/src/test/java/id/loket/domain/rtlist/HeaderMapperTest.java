package id.loket.domain.rtlist;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.domain.text.Message;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderMapperTest {

    /** A layout with every required column, with {@code header} put in place of the one for {@code field}. */
    private static List<String> layoutWith(RtListField field, String header) {
        List<String> headers = new ArrayList<>(List.of("No KK", "NIK", "Nama", "RT", "RW"));
        int replace = switch (field) {
            case KK_NUMBER -> 0;
            case HEAD_NIK -> 1;
            case HEAD_NAME -> 2;
            case RT -> 3;
            case RW -> 4;
            default -> -1;
        };
        if (replace >= 0) {
            headers.set(replace, header);
        } else {
            headers.add(header);
        }
        return headers;
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            No KK                    | KK_NUMBER
            No. KK                   | KK_NUMBER
            NO_KK                    | KK_NUMBER
            Nomor KK                 | KK_NUMBER
            nomor  kk                | KK_NUMBER
            Nomor Kartu Keluarga     | KK_NUMBER
            No. KK (16 digit)        | KK_NUMBER
            KK                       | KK_NUMBER
            NIK                      | HEAD_NIK
            N.I.K.                   | HEAD_NIK
            NIK Kepala Keluarga      | HEAD_NIK
            nik_kepala_keluarga      | HEAD_NIK
            NIK KK                   | HEAD_NIK
            Nama                     | HEAD_NAME
            NAMA KEPALA KELUARGA     | HEAD_NAME
            Nama Kepala Keluarga*    | HEAD_NAME
            Nama KK                  | HEAD_NAME
            Alamat                   | ADDRESS
            ALAMAT LENGKAP           | ADDRESS
            RT                       | RT
            R.T.                     | RT
            No RT                    | RT
            RW                       | RW
            No. RW                   | RW
            No HP                    | PHONE
            No. HP/WA                | PHONE
            Telepon                  | PHONE
            Telp.                    | PHONE
            Nomor Telepon            | PHONE
            ASN                      | ASN
            Status ASN               | ASN
            Desil                    | DESIL
            Desil DTSEN              | DESIL
            PKH                      | PKH
            Penerima PKH             | PKH
            Perangkat Daerah         | ASN_UNIT
            OPD                      | ASN_UNIT
            Unit Kerja               | ASN_UNIT
            """)
    void recognisesHeadersWhateverTheirCaseAndPunctuation(String header, RtListField field) {
        HeaderMapper.Match match = HeaderMapper.match(1, layoutWith(field, header));

        assertThat(match.problems()).isEmpty();
        HeaderMapping mapping = match.mapping().orElseThrow();
        assertThat(mapping.column(field)).isEqualTo(layoutWith(field, header).indexOf(header));
        assertThat(mapping.mapped()).anySatisfy(column -> {
            assertThat(column.field()).isEqualTo(field);
            assertThat(column.header()).isEqualTo(header.strip());
        });
    }

    @ParameterizedTest(name = "\"{0}\" is not a column Loket reads")
    @CsvSource(delimiter = '|', textBlock = """
            No
            Keterangan
            Tanggal Lahir
            Jenis Kelamin
            NIK Istri
            """)
    void leavesOtherHeadersUnused(String header) {
        List<String> headers = List.of("No KK", "NIK", "Nama", "RT", "RW", header);

        HeaderMapping mapping = HeaderMapper.match(3, headers).mapping().orElseThrow();

        assertThat(mapping.unusedHeaders()).containsExactly(header);
        assertThat(mapping.headerLine()).isEqualTo(3);
    }

    @Test
    void aLayoutWithoutTheRequiredColumnsNamesEachMissingOne() {
        HeaderMapper.Match match = HeaderMapper.match(1, List.of("No", "Nama Lengkap", "Alamat", "Keterangan"));

        assertThat(match.mapping()).isEmpty();
        assertThat(match.problems()).extracting(Message::key).containsExactly("import.layout.missing.kk",
                "import.layout.missing.nik", "import.layout.missing.rt", "import.layout.missing.rw");
        assertThat(match.recognised()).isEqualTo(2);
    }

    @Test
    void aCombinedRtRwColumnStandsForBoth() {
        HeaderMapping mapping = HeaderMapper.match(1, List.of("No KK", "NIK", "Nama", "RT/RW")).mapping().orElseThrow();

        assertThat(mapping.column(RtListField.RT_RW)).isEqualTo(3);
        assertThat(mapping.has(RtListField.RT)).isFalse();
    }

    @Test
    void separateRtAndRwColumnsWinOverACombinedOne() {
        HeaderMapping mapping = HeaderMapper.match(1, List.of("No KK", "NIK", "Nama", "RT/RW", "RT", "RW"))
                .mapping().orElseThrow();

        assertThat(mapping.column(RtListField.RT)).isEqualTo(4);
        assertThat(mapping.has(RtListField.RT_RW)).isFalse();
        assertThat(mapping.unusedHeaders()).containsExactly("RT/RW");
    }

    @Test
    void theMoreSpecificHeaderWinsAndTheOtherIsUnused() {
        HeaderMapping mapping = HeaderMapper.match(1,
                List.of("No KK", "NIK", "NIK Kepala Keluarga", "Nama", "Nama Kepala Keluarga", "RT", "RW"))
                .mapping().orElseThrow();

        assertThat(mapping.column(RtListField.HEAD_NIK)).isEqualTo(2);
        assertThat(mapping.column(RtListField.HEAD_NAME)).isEqualTo(4);
        assertThat(mapping.unusedHeaders()).containsExactly("NIK", "Nama");
    }

    @Test
    void twoEquallyGoodColumnsForOneFieldAreAProblemNotAGuess() {
        HeaderMapper.Match match = HeaderMapper.match(1, List.of("No KK", "Nomor KK", "NIK", "Nama", "RT", "RW"));

        assertThat(match.mapping()).isEmpty();
        assertThat(match.problems()).containsExactly(Message.of("import.layout.twice", "No KK", "Nomor KK"));
    }

    @Test
    void normalisingKeepsOnlyLettersAndDigits() {
        assertThat(HeaderMapper.normalise(" No. K.K. (wajib) ")).isEqualTo("nokk");
        assertThat(HeaderMapper.normalise("NIK_Kepala-Keluarga")).isEqualTo("nikkepalakeluarga");
        assertThat(HeaderMapper.normalise(null)).isEmpty();
    }
}
