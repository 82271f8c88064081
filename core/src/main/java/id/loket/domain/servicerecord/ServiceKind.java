package id.loket.domain.servicerecord;

import java.util.List;
import java.util.Optional;

/**
 * Which form a ticket's service gets at the counter. Only the Perlinsos service gets the registration
 * form (identity, household, consent, portal outcome); every other service gets a short record of what
 * was done and how it ended, without the resident's identity: a question answered at the information
 * counter is no reason to keep a NIK.
 */
public enum ServiceKind {
    /** Service B: activating the resident's digital ID (IKD) on their phone. */
    IKD_ACTIVATION(List.of(ServiceOutcome.ACTIVATED, ServiceOutcome.NOT_ACTIVATED)),
    /** Service D: information and complaints. */
    INFORMATION(List.of(ServiceOutcome.ANSWERED, ServiceOutcome.FORWARDED)),
    /** Any other service the office offers. */
    GENERAL(List.of(ServiceOutcome.DONE, ServiceOutcome.NOT_DONE));

    /** The service code of the Perlinsos registration, as in the settings' queue.services. */
    public static final String PERLINSOS = "PERLINSOS";
    public static final String IKD = "IKD";
    public static final String INFORMASI = "INFORMASI";
    /** Service C: the BPJS Ketenagakerjaan proposal for vulnerable workers, with its own form. */
    public static final String PEKERJA_RENTAN = "PEKERJA_RENTAN";

    private final List<ServiceOutcome> outcomes;

    ServiceKind(List<ServiceOutcome> outcomes) {
        this.outcomes = outcomes;
    }

    /** The outcomes an agent chooses from for this kind, the usual one first. */
    public List<ServiceOutcome> outcomes() {
        return outcomes;
    }

    /**
     * The short form for a service, or empty for the Perlinsos service (the registration form) and the
     * pekerja rentan service (its proposal form).
     */
    public static Optional<ServiceKind> forService(String serviceCode) {
        return switch (serviceCode) {
            case PERLINSOS, PEKERJA_RENTAN -> Optional.empty();
            case IKD -> Optional.of(IKD_ACTIVATION);
            case INFORMASI -> Optional.of(INFORMATION);
            default -> Optional.of(GENERAL);
        };
    }
}
