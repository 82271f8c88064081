package id.loket.service.person;

import id.loket.domain.account.Agent;
import id.loket.domain.audit.AuditAction;
import id.loket.domain.household.Household;
import id.loket.domain.nik.Nik;
import id.loket.domain.nik.NikCheck;
import id.loket.domain.nik.NikValidator;
import id.loket.domain.person.PersonPage;
import id.loket.domain.person.PersonSection;
import id.loket.domain.text.Message;
import id.loket.storage.AuditLog;
import id.loket.storage.HouseholdRepository;
import id.loket.storage.Jdbc;
import id.loket.storage.PersonRecordRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One record per person (Perwali Samarinda 70/2025: one number for all social protection, to avoid
 * double entries): everything this office recorded for one NIK, by programme, read in one transaction
 * so the page never mixes two moments, and audited as one read of personal data.
 */
public final class PersonRecords {

    /** How opening a person's page ended. */
    public sealed interface Result permits Shown, BadNik {
    }

    /** The page; its NIK is masked. */
    public record Shown(PersonPage page) implements Result {
    }

    /** The NIK typed is not a valid NIK: nothing was read. */
    public record BadNik(List<Message> problems) implements Result {
    }

    private final NikValidator validator;
    private final HouseholdRepository households;
    private final PersonRecordRepository people;
    private final AuditLog audit;
    private final Jdbc jdbc;
    private final List<PersonRecordSource> sources = new ArrayList<>();

    public PersonRecords(NikValidator validator, HouseholdRepository households, PersonRecordRepository people,
                         AuditLog audit, Jdbc jdbc) {
        this.validator = validator;
        this.households = households;
        this.people = people;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** Adds a programme's section; sections show in the order they were added. Done once, at wiring. */
    public PersonRecords with(PersonRecordSource source) {
        if (sources.stream().anyMatch(s -> s.id().equals(source.id()))) {
            throw new IllegalArgumentException("two person-page sources named " + source.id());
        }
        sources.add(source);
        return this;
    }

    /** The sections' ids in order (the composition root and tests check what was plugged in). */
    public List<String> sourceIds() {
        return sources.stream().map(PersonRecordSource::id).toList();
    }

    public Result open(String typedNik, Agent agent) {
        NikCheck check = validator.check(typedNik);
        if (check.nik().isEmpty()) {
            return new BadNik(check.errors());
        }
        Nik nik = check.nik().get();
        return jdbc.inTransaction(() -> {
            PersonContext person = new PersonContext(nik, households.findByAnyNik(nik));
            List<PersonSection> sections = new ArrayList<>();
            for (PersonRecordSource source : sources) {
                sections.add(new PersonSection(source.id(), source.title(), source.entries(person)));
            }
            Optional<String> name = nameOf(person);
            int entries = sections.stream().mapToInt(s -> s.entries().size()).sum();
            audit.record(agent.username(), AuditAction.PERSON_READ, "person", nik.masked(),
                    "person page: " + entries + " entries" + person.household().map(h -> ", household " + h.id())
                            .orElse(""));
            return new Shown(new PersonPage(nik.masked(), name, sections));
        });
    }

    private Optional<String> nameOf(PersonContext person) {
        Optional<String> recorded = person.isHead() ? person.household().map(Household::headName)
                : people.memberName(person.nik());
        if (recorded.isPresent()) {
            return recorded;
        }
        for (PersonRecordSource source : sources) {
            Optional<String> name = source.nameOf(person);
            if (name.isPresent()) {
                return name;
            }
        }
        return Optional.empty();
    }
}
