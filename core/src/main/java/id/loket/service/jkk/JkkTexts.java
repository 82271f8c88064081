package id.loket.service.jkk;

import id.loket.domain.jkk.Applicant;
import id.loket.domain.jkk.Premium;
import id.loket.domain.jkk.RuleVerdict;
import id.loket.domain.jkk.Rupiah;
import id.loket.domain.text.EnumLabels;
import id.loket.domain.text.Message;
import id.loket.domain.text.Texts;

/** The programme's lines as the command line, the counter and the form say them. */
public final class JkkTexts {

    private JkkTexts() {
    }

    /** "a. Belum menjadi peserta BPJS Ketenagakerjaan: terpenuhi. Belum menjadi peserta ..." */
    public static String ruleLine(Texts texts, RuleVerdict verdict) {
        return texts.text("jkk.ruleLine", String.valueOf(verdict.rule().letter()),
                texts.text(EnumLabels.key(verdict.rule())), texts.text(EnumLabels.key(verdict.verdict())),
                texts.text(verdict.reason()));
    }

    /** Pasal 5 ayat 2: whether the resident is proposed first, and why. */
    public static Message priority(Applicant applicant) {
        if (applicant.extremePoor() && applicant.disability()) {
            return Message.of("jkk.priority.both");
        }
        if (applicant.extremePoor()) {
            return Message.of("jkk.priority.extremePoor");
        }
        if (applicant.disability()) {
            return Message.of("jkk.priority.disability");
        }
        return Message.of("jkk.priority.none");
    }

    /** "Iuran Rp16.800 per bulan (JKK Rp10.000 + JKM Rp6.800), ditanggung Pemerintah Kota sampai usia 64 tahun 11 bulan." */
    public static Message premium(Premium premium) {
        return Message.of("jkk.premium", Rupiah.format(premium.monthly()), Rupiah.format(premium.jkk()),
                Rupiah.format(premium.jkm()), String.valueOf(premium.coverYears()), String.valueOf(premium.coverMonths()));
    }
}
