package id.loket.service.ssn;

import id.loket.domain.person.EntryState;
import id.loket.domain.person.PersonEntry;
import id.loket.domain.ssn.SsnCardRequest;
import id.loket.domain.text.EnumLabels;
import id.loket.domain.text.Message;
import id.loket.service.person.PersonContext;
import id.loket.service.person.PersonRecordSource;
import id.loket.storage.SsnRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The person's SSN: whether the city's list names them a recipient, and each card request taken here.
 * A request is open: the kelurahan only passes it on, and Loket does not learn when Diskominfo prints
 * the card.
 */
public final class SsnCardSource implements PersonRecordSource {

    private final SsnRepository store;

    public SsnCardSource(SsnRepository store) {
        this.store = store;
    }

    @Override
    public String id() {
        return "ssn";
    }

    @Override
    public Message title() {
        return Message.of("person.section.ssn");
    }

    @Override
    public List<PersonEntry> entries(PersonContext person) {
        List<PersonEntry> entries = new ArrayList<>();
        store.recipient(person.nik()).ifPresent(card -> entries.add(new PersonEntry(Optional.empty(), EntryState.DONE,
                card.map(number -> Message.of("person.ssn.recipientWithCard", number))
                        .orElse(Message.of("person.ssn.recipient")), Optional.empty())));
        for (SsnCardRequest request : store.forNik(person.nik())) {
            PersonEntry entry = PersonEntry.on(request.savedAt().toLocalDate(), EntryState.OPEN,
                    Message.of("person.ssn.request", request.code(), Message.of(EnumLabels.key(request.kind()))));
            Message detail = Message.of("person.by", request.agent());
            if (request.cardNumber().isPresent()) {
                detail = Message.of("person.ssn.cardNumber", detail, request.cardNumber().get());
            }
            if (request.policeLetter().isPresent()) {
                detail = Message.of("person.ssn.policeLetter", detail, request.policeLetter().get());
            }
            entries.add(entry.withDetail(detail));
        }
        return entries;
    }

    @Override
    public Optional<String> nameOf(PersonContext person) {
        List<SsnCardRequest> requests = store.forNik(person.nik());
        return requests.isEmpty() ? Optional.empty() : Optional.of(requests.get(requests.size() - 1).name());
    }
}
