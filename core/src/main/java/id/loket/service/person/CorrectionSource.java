package id.loket.service.person;

import id.loket.domain.person.EntryState;
import id.loket.domain.person.PersonEntry;
import id.loket.domain.text.Message;
import id.loket.service.casework.MaskedText;
import id.loket.storage.PersonRecordRepository;
import java.util.List;

/**
 * A supervisor's corrections of the household's saved registrations (UU 27/2022 right to correction):
 * who corrected which record, when and why. The reason is free text, so long numbers in it are masked.
 */
public final class CorrectionSource implements PersonRecordSource {

    private final PersonRecordRepository records;

    public CorrectionSource(PersonRecordRepository records) {
        this.records = records;
    }

    @Override
    public String id() {
        return "corrections";
    }

    @Override
    public Message title() {
        return Message.of("person.section.corrections");
    }

    @Override
    public List<PersonEntry> entries(PersonContext person) {
        return person.household().map(household -> records.corrections(household.id()).stream()
                .map(correction -> PersonEntry.on(correction.correctedAt().toLocalDate(), EntryState.FACT,
                                Message.of("person.corrections.entry", correction.code(), correction.correctedBy()))
                        .withDetail(Message.of("person.corrections.reason", MaskedText.mask(correction.reason()))))
                .toList()).orElse(List.of());
    }
}
