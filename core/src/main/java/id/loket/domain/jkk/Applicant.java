package id.loket.domain.jkk;

import id.loket.domain.nik.Nik;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the counter knows about a resident asking to be proposed, for the rules of Pasal 5.
 *
 * @param nik           the checked NIK; its birth date decides the age rule
 * @param job           the job type found at the counter (Pasal 6 ayat 4: it counts over the KTP-el's occupation)
 * @param monthlyIncome the declared average monthly income in rupiah
 * @param domicileSince the day the ketua RT's letter says the resident has lived in the city since
 * @param bpjsMember    already a BPJS Ketenagakerjaan member (huruf a)
 * @param ktpOfCity     the KTP-el's address is in the city (huruf d); the NIK alone does not prove it
 * @param extremePoor   in the extreme-poor household data (Pasal 5 ayat 2): proposed first
 * @param disability    a person with a disability (Pasal 5 ayat 2): proposed first
 */
public record Applicant(Nik nik, JobType job, BigDecimal monthlyIncome, LocalDate domicileSince, Poverty poverty,
                        boolean bpjsMember, boolean ktpOfCity, boolean extremePoor, boolean disability) {

    public Applicant {
        Objects.requireNonNull(nik, "nik");
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(monthlyIncome, "monthlyIncome");
        Objects.requireNonNull(domicileSince, "domicileSince");
        Objects.requireNonNull(poverty, "poverty");
    }

    /** Pasal 5 ayat 2: extreme-poor households and people with disabilities are proposed first. */
    public boolean priority() {
        return extremePoor || disability;
    }
}
