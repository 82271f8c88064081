package id.loket.domain.jkk;

import id.loket.domain.text.LabelPrefix;

/** The criteria of Pasal 5 ayat 1 that the counter can check, huruf a to f, in the Perwali's order. */
@LabelPrefix("jkk.rule.")
public enum EligibilityRule {
    /** a. not yet covered by BPJS Ketenagakerjaan. */
    NOT_YET_MEMBER('a'),
    /** b. fakir miskin or orang tidak mampu. */
    POOR('b'),
    /** c. at least 18 and not yet 64 on the day of registration. */
    AGE('c'),
    /** d. a KTP-el of the city: the address on the card, which the NIK's digits do not prove. */
    KTP_OF_CITY('d'),
    /** e. domiciled in the city for at least 6 months without a break (ketua RT's letter with the KK). */
    DOMICILE('e'),
    /** f. monthly income below the UMK of the current year. */
    INCOME('f');

    private final char letter;

    EligibilityRule(char letter) {
        this.letter = letter;
    }

    public char letter() {
        return letter;
    }
}
