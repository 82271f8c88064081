package id.loket.domain.skm;

import id.loket.domain.text.LabelPrefix;

/**
 * The nine elements (unsur) of the Survei Kepuasan Masyarakat, in the order PermenPANRB 14/2017 lists
 * them and the questionnaire asks them; {@code U1} is the first column of a paper sheet.
 */
@LabelPrefix("skm.element.")
public enum SkmElement {
    U1_PERSYARATAN,
    U2_PROSEDUR,
    U3_WAKTU,
    U4_BIAYA,
    U5_PRODUK,
    U6_KOMPETENSI,
    U7_PERILAKU,
    U8_PENGADUAN,
    U9_SARANA;

    /** How many elements the survey has: the weight of each is exactly one over this. */
    public static final int COUNT = values().length;

    /** 1 for the first element: the {@code u1} of a sheet or the CSV. */
    public int number() {
        return ordinal() + 1;
    }

    /** {@code u1}..{@code u9}, the column names of the paper sheet and the export. */
    public String column() {
        return "u" + number();
    }
}
