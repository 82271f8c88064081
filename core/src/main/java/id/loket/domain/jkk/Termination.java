package id.loket.domain.jkk;

import id.loket.domain.text.LabelPrefix;

/** Pasal 10: why a person's cover ends. */
@LabelPrefix("jkk.termination.")
public enum Termination {
    /** a. meninggal dunia. */
    DIED,
    /** b. pindah kependudukan keluar Daerah. */
    MOVED_OUT,
    /** c. telah mampu membayar iuran secara mandiri. */
    ABLE_TO_PAY,
    /** d. beralih menjadi pekerja formal. */
    FORMAL_WORK
}
