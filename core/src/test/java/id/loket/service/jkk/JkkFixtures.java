package id.loket.service.jkk;

import id.loket.domain.jkk.Applicant;
import id.loket.domain.jkk.JobType;
import id.loket.domain.jkk.Poverty;
import id.loket.domain.jkk.ProposalDraft;
import id.loket.domain.nik.Nik;
import id.loket.support.TestApps;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** Proposals of eligible residents on {@link TestApps#FIRST_DAY} (4 June 2026). */
public final class JkkFixtures {

    private JkkFixtures() {
    }

    /** An eligible man of Balikpapan born on 15 January 19{@code yy}, serial {@code serial}. */
    public static ProposalDraft eligible(String serial, JobType job, int dataOfficeRow) {
        return draft(Nik.ofStored("647105150180" + serial, TestApps.FIRST_DAY), job, dataOfficeRow, false, false,
                "2000000");
    }

    public static ProposalDraft draft(Nik nik, JobType job, int dataOfficeRow, boolean extremePoor, boolean disability,
                                      String income) {
        Applicant applicant = new Applicant(nik, job, new BigDecimal(income), LocalDate.of(2020, 1, 1),
                Poverty.TIDAK_MAMPU, false, true, extremePoor, disability);
        return new ProposalDraft(applicant, "Budi Santoso", "Balikpapan", "Jl. Mawar No. 3, RT 001 / RW 003",
                Optional.of("0812 3456 7890"), "pemulung plastik di TPA Manggar", Optional.of("Wiraswasta"),
                dataOfficeRow, Optional.empty());
    }
}
