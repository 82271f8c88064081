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

/**
 * The office's case work after the counter: the days it asked the household back after a failed or
 * pending attempt (open until an attempt succeeds), and why it recorded the household as not
 * registering (in force, or taken back by a supervisor).
 */
public final class CaseworkSource implements PersonRecordSource {

    private final PersonRecordRepository records;

    public CaseworkSource(PersonRecordRepository records) {
        this.records = records;
    }

    @Override
    public String id() {
        return "casework";
    }

    @Override
    public Message title() {
        return Message.of("person.section.casework");
    }

    @Override
    public List<PersonEntry> entries(PersonContext person) {
        if (person.household().isEmpty()) {
            return List.of();
        }
        Household household = person.household().get();
        boolean registered = records.attempts(household.id()).stream()
                .anyMatch(attempt -> attempt.outcome() == Outcome.BERHASIL);
        List<PersonEntry> entries = new ArrayList<>();
        List<PersonRecordRepository.ComeBack> comeBacks = records.comeBacks(household.id());
        for (int i = 0; i < comeBacks.size(); i++) {
            PersonRecordRepository.ComeBack comeBack = comeBacks.get(i);
            // Only the latest day the office set is awaited, and only while no attempt succeeded.
            boolean awaited = !registered && i == comeBacks.size() - 1;
            entries.add(PersonEntry.on(comeBack.setAt().toLocalDate(), awaited ? EntryState.OPEN : EntryState.FACT,
                    Message.of("person.casework.comeBack", comeBack.code(), PersonEntry.day(comeBack.dueOn())))
                    .withDetail(Message.of("person.by", comeBack.setBy())));
        }
        for (PersonRecordRepository.Explained explained : records.explanations(household.id())) {
            Message reason = Message.of(EnumLabels.key(explained.reason()));
            PersonEntry entry = explained.undoneAt().isPresent()
                    ? PersonEntry.on(explained.reportedOn(), EntryState.FACT,
                            Message.of("person.casework.explanationUndone", reason))
                    : PersonEntry.on(explained.reportedOn(), EntryState.NOT_DONE,
                            Message.of("person.casework.explanation", reason));
            entries.add(entry.withDetail(Message.of("person.casework.reportedBy", explained.reportedBy())));
        }
        return entries;
    }
}
