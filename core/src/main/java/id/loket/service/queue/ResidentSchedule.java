package id.loket.service.queue;

import id.loket.domain.audit.AuditAction;
import id.loket.domain.household.Household;
import id.loket.domain.nik.Nik;
import id.loket.domain.nik.NikCheck;
import id.loket.domain.nik.NikValidator;
import id.loket.domain.queue.LansiaAge;
import id.loket.domain.text.Message;
import id.loket.storage.AuditLog;
import id.loket.storage.HouseholdRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;

/**
 * The RT's day on the ticket screen: a resident who taps a KTP-el (or scans a NIK) learns which day
 * their RT is scheduled; whatever the answer, they are served today (a resident is never turned away
 * for coming on another day than their RT's). The read of the household is
 * audited under {@link #ACTOR}; only the RT and the day reach the screen and the ticket.
 */
public final class ResidentSchedule {

    /** Who reads a household from the ticket screen, in the audit trail. */
    public static final String ACTOR = "layar-tiket";

    private final NikValidator validator;
    private final HouseholdRepository households;
    private final RtDays schedule;
    private final AuditLog audit;
    private final Clock clock;

    public ResidentSchedule(NikValidator validator, HouseholdRepository households, RtDays schedule,
                            AuditLog audit, Clock clock) {
        this.validator = validator;
        this.households = households;
        this.schedule = schedule;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Whether a tapped KTP-el (or scanned NIK) belongs to someone aged 60 or more, so the ticket screen
     * suggests the priority lane. The card's birth date counts; without one, the date the NIK encodes.
     * Nothing is read from the database and nothing is kept.
     */
    public boolean lansia(String nikDigits, Optional<LocalDate> cardBirthDate) {
        Optional<LocalDate> born = cardBirthDate.or(() -> validator.check(nikDigits).nik().map(Nik::birthDate));
        return born.map(date -> LansiaAge.reached(date, LocalDate.now(clock))).orElse(false);
    }

    /** The line for the ticket: the RT's day (today, another day, passed, none yet), or that the NIK is not listed. */
    public Message noteFor(String nikDigits) {
        NikCheck check = validator.check(nikDigits);
        if (!check.valid()) {
            return Message.of("ticket.rt.notListed");
        }
        Nik nik = check.nik().orElseThrow();
        Optional<Household> found = households.findByAnyNik(nik);
        if (found.isEmpty()) {
            return Message.of("ticket.rt.notListed");
        }
        Household household = found.get();
        audit.record(ACTOR, AuditAction.HOUSEHOLD_READ, "household", String.valueOf(household.id()),
                "RT schedule for a ticket, NIK " + nik.masked());
        String rt = household.rt().label();
        Optional<LocalDate> day = schedule.scheduledDayOf(household.rt());
        if (day.isEmpty()) {
            return Message.of("ticket.rt.noSchedule", rt);
        }
        LocalDate today = LocalDate.now(clock);
        if (day.get().equals(today)) {
            return Message.of("ticket.rt.today", rt);
        }
        if (day.get().isBefore(today)) {
            // A date already gone helps nobody on the ticket: say the day has passed, and that today is fine.
            return Message.of("ticket.rt.pastDay", rt);
        }
        // MessageFormat formats a java.util.Date in the default zone: the day is given at its midnight there.
        Date date = Date.from(day.get().atStartOfDay(ZoneId.systemDefault()).toInstant());
        return Message.of("ticket.rt.otherDay", rt, date);
    }
}
