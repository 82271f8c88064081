package id.loket.domain.jkk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A saved proposal, as the list, the form and the export show it. The NIK is the full number: only the
 * office's own screens and the supervisor's export show it; paper and the audit trail mask it.
 */
public record Proposal(long id, int year, String nik, String name, String birthPlace, LocalDate birthDate,
                       String address, Optional<String> phone, JobType jobType, String jobSpecific,
                       Optional<String> ktpOccupation, int dataOfficeRow, String dataOffice, BigDecimal monthlyIncome,
                       BigDecimal umk, int umkYear, Poverty poverty, LocalDate domicileSince, boolean extremePoor,
                       boolean disability, LocalDate registeredOn, ProposalStatus status, Optional<String> statusReason,
                       Optional<Termination> termination, Optional<LocalDate> terminatedOn, LocalDateTime savedAt) {

    /** Pasal 5 ayat 2 first (extreme poor, disability), then in the order they were proposed. */
    public static final Comparator<Proposal> PRIORITY_FIRST = Comparator.comparing((Proposal p) -> !p.priority())
            .thenComparing(Proposal::savedAt).thenComparingLong(Proposal::id);

    public Proposal {
        Objects.requireNonNull(nik, "nik");
        Objects.requireNonNull(status, "status");
    }

    public boolean priority() {
        return extremePoor || disability;
    }

    /** First six and last four digits, for paper and the trail. */
    public String maskedNik() {
        return nik.substring(0, 6) + "******" + nik.substring(12);
    }

    /** The Perwali's words are Indonesian; a job found at the counter that differs from the KTP-el's is noted. */
    public boolean occupationDiffers() {
        return ktpOccupation.filter(o -> !o.equalsIgnoreCase(jobSpecific)).isPresent();
    }
}
