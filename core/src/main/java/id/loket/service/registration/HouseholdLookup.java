package id.loket.service.registration;

import id.loket.domain.account.Agent;
import id.loket.domain.audit.AuditAction;
import id.loket.domain.household.Household;
import id.loket.domain.household.HouseholdFlags;
import id.loket.domain.household.HouseholdMatch;
import id.loket.domain.household.HouseholdStatus;
import id.loket.domain.household.RtRef;
import id.loket.domain.nik.KkCheck;
import id.loket.domain.nik.KkNumber;
import id.loket.domain.nik.KkNumberValidator;
import id.loket.domain.nik.Nik;
import id.loket.domain.nik.NikCheck;
import id.loket.domain.nik.NikValidator;
import id.loket.domain.nik.Sex;
import id.loket.domain.text.Message;
import id.loket.storage.AuditLog;
import id.loket.storage.HouseholdRepository;
import id.loket.storage.Jdbc;
import id.loket.storage.RegistrationRepository;
import id.loket.storage.RtRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the household of a resident at the counter: by the NIK of its head, by the NIK of a member met
 * here before, or by its KK number; says whether it is already registered and which other records the
 * same numbers point at. A household on no RT list is added here as a walk-in.
 */
public final class HouseholdLookup {

    /** What a lookup by NIK alone found: the NIK check always, and the household when listed. */
    public record Result(NikCheck check, Optional<HouseholdStatus> status) {

        public boolean nikValid() {
            return check.valid();
        }

        public boolean onRtList() {
            return status.isPresent();
        }
    }

    /**
     * What the agent gave: a NIK and/or a KK number (either may be blank), and the birth date and sex
     * the resident stated, checked against the NIK.
     */
    public record Query(String nik, String kk, Optional<LocalDate> statedBirthDate, Optional<Sex> statedSex) {

        public static Query byNik(String nik) {
            return new Query(nik, "", Optional.empty(), Optional.empty());
        }
    }

    /** Another household the same numbers point at, as the agent sees it: numbers masked. */
    public record Duplicate(HouseholdMatch.ConflictKind kind, String maskedKk, String maskedHeadNik, String headName,
                            RtRef rt) {
    }

    /**
     * What a lookup found. {@code nikCheck} / {@code kkCheck} are empty for a field left blank; nothing
     * was looked up unless one of them is valid.
     */
    public record Found(Optional<NikCheck> nikCheck, Optional<KkCheck> kkCheck, HouseholdMatch match,
                        Optional<HouseholdStatus> status, HouseholdFlags flags, List<Duplicate> duplicates) {

        public boolean searched() {
            return nikCheck.map(NikCheck::valid).orElse(false) || kkCheck.map(KkCheck::valid).orElse(false);
        }
    }

    /** A household on no RT list, as the agent enters it at the counter; {@code kk} blank when not at hand. */
    public record WalkIn(String nik, String kk, String headName, Optional<RtRef> rt) {
    }

    /** How adding a walk-in ended. */
    public sealed interface WalkInResult permits Added, NotAdded {
    }

    public record Added(HouseholdStatus status) implements WalkInResult {
    }

    /** Nothing was added; each problem says what to fix. */
    public record NotAdded(List<Message> problems) implements WalkInResult {
    }

    private final NikValidator validator;
    private final KkNumberValidator kkValidator;
    private final HouseholdRepository households;
    private final RegistrationRepository registrations;
    private final RtRepository rts;
    private final AuditLog audit;
    private final Jdbc jdbc;
    private final String kelurahanCode;

    public HouseholdLookup(NikValidator validator, KkNumberValidator kkValidator, HouseholdRepository households,
                           RegistrationRepository registrations, RtRepository rts, AuditLog audit, Jdbc jdbc,
                           String kelurahanCode) {
        this.validator = validator;
        this.kkValidator = kkValidator;
        this.households = households;
        this.registrations = registrations;
        this.rts = rts;
        this.audit = audit;
        this.jdbc = jdbc;
        this.kelurahanCode = kelurahanCode;
    }

    /** Checks a NIK as it is typed: pure rules, no database, fast enough for every keystroke. */
    public NikCheck check(String typedNik) {
        return validator.check(typedNik);
    }

    /** As {@link #check(String)}, also against the birth date and sex the resident stated. */
    public NikCheck check(String typedNik, Optional<LocalDate> statedBirthDate, Optional<Sex> statedSex) {
        return validator.check(typedNik, statedBirthDate, statedSex);
    }

    /** Checks a KK number as it is typed. */
    public KkCheck checkKk(String typedKk) {
        return kkValidator.check(typedKk);
    }

    /** The kelurahan's RTs, for the RT of a walk-in. */
    public List<RtRef> rts() {
        return rts.all(kelurahanCode);
    }

    public Result lookup(String typedNik, Agent agent) {
        NikCheck check = validator.check(typedNik);
        if (!check.valid()) {
            return new Result(check, Optional.empty());
        }
        return new Result(check, find(Query.byNik(typedNik), agent).status());
    }

    /**
     * Looks the household up by whatever valid number was given. Every household shown (the one found
     * and each duplicate named) is an audited read.
     */
    public Found find(Query query, Agent agent) {
        Optional<NikCheck> nikCheck = query.nik().isBlank() ? Optional.empty()
                : Optional.of(validator.check(query.nik(), query.statedBirthDate(), query.statedSex()));
        Optional<KkCheck> kkCheck = query.kk().isBlank() ? Optional.empty() : Optional.of(kkValidator.check(query.kk()));
        Optional<Nik> nik = nikCheck.flatMap(NikCheck::nik);
        Optional<KkNumber> kk = kkCheck.flatMap(KkCheck::kkNumber);
        if (nik.isEmpty() && kk.isEmpty()) {
            return new Found(nikCheck, kkCheck, HouseholdMatch.resolve(false, Optional.empty(), Optional.empty(),
                    Optional.empty()), Optional.empty(), HouseholdFlags.LISTED, List.of());
        }
        Map<Long, Household> seen = new HashMap<>();
        Optional<Long> headOf = remember(nik.flatMap(households::findByHeadNik), seen);
        Optional<Long> memberOf = remember(nik.flatMap(households::findByMemberNik), seen);
        Optional<Long> kkHolder = remember(kk.flatMap(households::findByKk), seen);
        HouseholdMatch match = HouseholdMatch.resolve(nik.isPresent(), headOf, memberOf, kkHolder);

        String by = nik.map(n -> "NIK " + n.masked()).orElse("") + (nik.isPresent() && kk.isPresent() ? ", " : "")
                + kk.map(k -> "KK " + k.masked()).orElse("");
        seen.keySet().forEach(id -> audit.record(agent.username(), AuditAction.HOUSEHOLD_READ, "household",
                String.valueOf(id), "lookup by " + by));
        Optional<Household> chosen = match.chosen().map(seen::get);
        List<Duplicate> duplicates = new ArrayList<>();
        for (HouseholdMatch.Conflict conflict : match.conflicts()) {
            Household other = seen.get(conflict.householdId());
            duplicates.add(new Duplicate(conflict.kind(), other.kkNumber().map(KkNumber::masked).orElse("-"), other.headNik().masked(),
                    other.headName(), other.rt()));
        }
        return new Found(nikCheck, kkCheck, match,
                chosen.map(h -> new HouseholdStatus(h, registrations.latestForHousehold(h.id()))),
                chosen.flatMap(h -> households.flags(h.id())).orElse(HouseholdFlags.LISTED), duplicates);
    }

    private static Optional<Long> remember(Optional<Household> household, Map<Long, Household> seen) {
        household.ifPresent(h -> seen.put(h.id(), h));
        return household.map(Household::id);
    }

    /**
     * Adds a household that is on no RT list, so the resident is served all the same; it is marked for
     * the lurah to follow up. Refused when the NIK or the KK number is already recorded (then the
     * lookup finds that household instead), or when the NIK, the name or the RT is missing. The KK number
     * is optional: a resident without the family card at hand is served and recorded all the same.
     */
    public WalkInResult addWalkIn(WalkIn walkIn, Agent agent) {
        List<Message> problems = new ArrayList<>();
        NikCheck nikCheck = validator.check(walkIn.nik());
        KkCheck kkCheck = kkValidator.check(walkIn.kk());
        if (!nikCheck.valid()) {
            problems.add(Message.of("counter.walkIn.badNik"));
        }
        // A resident without the family card at hand is served and recorded all the same (the lurah follows
        // up with the ketua RT); a KK number that is given must be right.
        if (!walkIn.kk().isBlank() && !kkCheck.valid()) {
            problems.addAll(kkCheck.errors());
        }
        if (walkIn.headName().isBlank()) {
            problems.add(Message.of("counter.walkIn.noName"));
        }
        if (walkIn.rt().isEmpty()) {
            problems.add(Message.of("counter.walkIn.noRt"));
        }
        if (!problems.isEmpty()) {
            return new NotAdded(problems);
        }
        Nik nik = nikCheck.nik().orElseThrow();
        Optional<KkNumber> kk = walkIn.kk().isBlank() ? Optional.empty() : kkCheck.kkNumber();
        return jdbc.inTransaction(() -> {
            if (households.findByHeadNik(nik).isPresent() || households.findByMemberNik(nik).isPresent()) {
                return new NotAdded(List.of(Message.of("counter.walkIn.nikKnown")));
            }
            if (kk.flatMap(households::findByKk).isPresent()) {
                return new NotAdded(List.of(Message.of("counter.walkIn.kkKnown", kk.get().masked())));
            }
            long rtId = rts.idOf(kelurahanCode, walkIn.rt().get());
            long id = households.insertWalkIn(new HouseholdRepository.NewWalkIn(kk, nik, walkIn.headName().strip(),
                    rtId), agent.id());
            audit.record(agent.username(), AuditAction.HOUSEHOLD_ADDED, "household", String.valueOf(id),
                    "walk-in, not on an RT list: " + walkIn.rt().get().label() + ", NIK " + nik.masked()
                            + (kk.isEmpty() ? ", no KK number at hand" : ""));
            Household added = households.findById(id).orElseThrow();
            return new Added(new HouseholdStatus(added, Optional.empty()));
        });
    }
}
