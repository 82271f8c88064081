package id.loket.service;

import id.loket.domain.audit.AuditAction;
import id.loket.domain.account.Agent;
import id.loket.domain.household.Household;
import id.loket.domain.household.HouseholdStatus;
import id.loket.domain.nik.Nik;
import id.loket.domain.nik.NikCheck;
import id.loket.domain.nik.NikValidator;
import id.loket.storage.AuditLog;
import id.loket.storage.HouseholdRepository;
import id.loket.storage.RegistrationRepository;
import java.util.Optional;

/** Finds the household of a NIK typed or read at the counter, and whether it is already registered. */
public final class HouseholdLookup {

    /** What a lookup found: the NIK check always, and the household when the NIK is valid and listed. */
    public record Result(NikCheck check, Optional<HouseholdStatus> status) {

        public boolean nikValid() {
            return check.valid();
        }

        public boolean onRtList() {
            return status.isPresent();
        }
    }

    private final NikValidator validator;
    private final HouseholdRepository households;
    private final RegistrationRepository registrations;
    private final AuditLog audit;

    public HouseholdLookup(NikValidator validator, HouseholdRepository households,
                           RegistrationRepository registrations, AuditLog audit) {
        this.validator = validator;
        this.households = households;
        this.registrations = registrations;
        this.audit = audit;
    }

    /** Checks a NIK as it is typed: pure rules, no database, fast enough for every keystroke. */
    public NikCheck check(String typedNik) {
        return validator.check(typedNik);
    }

    public Result lookup(String typedNik, Agent agent) {
        NikCheck check = validator.check(typedNik);
        if (!check.valid()) {
            return new Result(check, Optional.empty());
        }
        Nik nik = check.nik().orElseThrow();
        Optional<Household> household = households.findByAnyNik(nik);
        household.ifPresent(h -> audit.record(agent.username(), AuditAction.HOUSEHOLD_READ, "household",
                String.valueOf(h.id()), "lookup by NIK " + nik.masked()));
        return new Result(check, household.map(h -> new HouseholdStatus(h, registrations.latestForHousehold(h.id()))));
    }
}
