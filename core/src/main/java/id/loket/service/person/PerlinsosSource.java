package id.loket.service.person;

import id.loket.domain.household.Household;
import id.loket.domain.person.EntryState;
import id.loket.domain.person.PersonEntry;
import id.loket.domain.registration.Outcome;
import id.loket.domain.text.EnumLabels;
import id.loket.domain.text.Message;
import id.loket.storage.PersonRecordRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Perlinsos registration: the household the person belongs to (on an RT list or a walk-in, head or
 * member), its social-list flags, and every attempt with its outcome. A successful attempt is what the
 * agent must not do again.
 */
public final class PerlinsosSource implements PersonRecordSource {

    private final PersonRecordRepository records;

    public PerlinsosSource(PersonRecordRepository records) {
        this.records = records;
    }

    @Override
    public String id() {
        return "perlinsos";
    }

    @Override
    public Message title() {
        return Message.of("person.section.perlinsos");
    }

    @Override
    public List<PersonEntry> entries(PersonContext person) {
        if (person.household().isEmpty()) {
            return List.of();
        }
        Household household = person.household().get();
        List<PersonEntry> entries = new ArrayList<>();
        Message where = person.isHead()
                ? Message.of("person.perlinsos.head", household.rt().label())
                : Message.of("person.perlinsos.member", household.headName(), household.rt().label());
        entries.add(new PersonEntry(Optional.empty(), EntryState.FACT, where, Optional.empty()));
        PersonRecordRepository.SocialFlags flags = records.socialFlags(household.id());
        flags.desil().ifPresent(desil -> entries.add(fact(Message.of("person.perlinsos.desil", desil))));
        if (flags.pkh()) {
            entries.add(fact(Message.of("person.perlinsos.pkh")));
        }
        List<PersonRecordRepository.Attempt> attempts = records.attempts(household.id());
        for (int i = 0; i < attempts.size(); i++) {
            PersonRecordRepository.Attempt attempt = attempts.get(i);
            // Only the latest attempt is still waiting or refused: a later one superseded the earlier ones.
            boolean latest = i == attempts.size() - 1;
            EntryState state = latest || attempt.outcome() == Outcome.BERHASIL ? stateOf(attempt.outcome())
                    : EntryState.FACT;
            PersonEntry entry = PersonEntry.on(attempt.savedAt().toLocalDate(), state,
                    Message.of("person.perlinsos.attempt", attempt.code(),
                            Message.of(EnumLabels.key(attempt.outcome()))));
            Message by = Message.of("person.by", attempt.agent());
            if (attempt.failureReason().isPresent()) {
                by = Message.of("person.perlinsos.because", Message.of(EnumLabels.key(attempt.failureReason().get())),
                        by);
            }
            if (attempt.counterComeBack().isPresent()) {
                by = Message.of("person.perlinsos.comeBack", by, PersonEntry.day(attempt.counterComeBack().get()));
            }
            entries.add(entry.withDetail(by));
        }
        return entries;
    }

    private static PersonEntry fact(Message what) {
        return new PersonEntry(Optional.empty(), EntryState.FACT, what, Optional.empty());
    }

    private static EntryState stateOf(Outcome outcome) {
        return switch (outcome) {
            case BERHASIL -> EntryState.DONE;
            case GAGAL -> EntryState.NOT_DONE;
            case PERLU_TINDAK_LANJUT -> EntryState.OPEN;
        };
    }
}
