package id.loket.service.jkk;

import id.loket.config.JkkSettings;
import id.loket.config.LoketSettings;
import id.loket.domain.jkk.Eligibility;
import id.loket.domain.jkk.IncomeComparison;
import id.loket.domain.jkk.Premium;
import id.loket.domain.jkk.UmkTable;
import java.util.Objects;

/**
 * The pekerja rentan programme as this office's settings define it: the rules with the UMK of the office's
 * city, the premium, and who the proposal form is addressed to.
 *
 * @param cityName the office's city as printed ("Kota Balikpapan")
 */
public record JkkProgramme(Eligibility eligibility, Premium premium, String addressee, String cityName) {

    public JkkProgramme {
        Objects.requireNonNull(eligibility, "eligibility");
        Objects.requireNonNull(premium, "premium");
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(cityName, "cityName");
    }

    /** The programme of the office's city: its code is the first five characters of the kelurahan code. */
    public static JkkProgramme of(LoketSettings settings) {
        JkkSettings jkk = settings.jkk();
        String cityCode = settings.office().kelurahanCode().substring(0, 5);
        String cityName = settings.office().cityName();
        UmkTable umk = new UmkTable(cityName, JkkSettings.umkKey(cityCode), jkk.umkOf(cityCode));
        IncomeComparison comparison = jkk.incomeRule() == JkkSettings.IncomeRule.BELOW
                ? IncomeComparison.BELOW : IncomeComparison.AT_OR_BELOW;
        Premium premium = new Premium(jkk.jkkPercent(), jkk.premiumBase(), jkk.jkm(), jkk.coverYears(),
                jkk.coverMonths());
        return new JkkProgramme(new Eligibility(umk, comparison, cityCode), premium, jkk.addressee(), cityName);
    }
}
