package id.loket.service.jkk;

import id.loket.domain.jkk.Proposal;
import id.loket.domain.jkk.ProposalStatus;
import id.loket.domain.person.EntryState;
import id.loket.domain.person.PersonEntry;
import id.loket.domain.text.EnumLabels;
import id.loket.domain.text.Message;
import id.loket.service.casework.MaskedText;
import id.loket.service.person.PersonContext;
import id.loket.service.person.PersonRecordSource;
import id.loket.storage.JkkRepository;
import java.util.List;
import java.util.Optional;

/**
 * The person's pekerja rentan proposals (JKK/JKM paid by the city), one a year, with where each stands,
 * so the agent sees before proposing again that this year's is already on its way.
 */
public final class JkkPersonSource implements PersonRecordSource {

    private final JkkRepository proposals;

    public JkkPersonSource(JkkRepository proposals) {
        this.proposals = proposals;
    }

    @Override
    public String id() {
        return "jkk";
    }

    @Override
    public Message title() {
        return Message.of("person.section.jkk");
    }

    @Override
    public List<PersonEntry> entries(PersonContext person) {
        return proposals.ofPerson(person.nik().digits()).stream().map(JkkPersonSource::entry).toList();
    }

    @Override
    public Optional<String> nameOf(PersonContext person) {
        return proposals.ofPerson(person.nik().digits()).stream().findFirst().map(Proposal::name);
    }

    private static PersonEntry entry(Proposal proposal) {
        PersonEntry entry = PersonEntry.on(proposal.registeredOn(), stateOf(proposal.status()),
                Message.of("person.jkk.entry", String.valueOf(proposal.year()),
                        Message.of(EnumLabels.key(proposal.status())), Message.of(EnumLabels.key(proposal.jobType()))));
        if (proposal.termination().isPresent()) {
            return entry.withDetail(Message.of("person.jkk.ended",
                    Message.of(EnumLabels.key(proposal.termination().get())),
                    proposal.terminatedOn().map(PersonEntry::day).orElse("-")));
        }
        return proposal.statusReason().map(reason -> entry.withDetail(
                Message.of("person.jkk.reason", MaskedText.mask(reason)))).orElse(entry);
    }

    /** Set or covered is done; on its way through the offices is waiting; refused or ended is not done. */
    private static EntryState stateOf(ProposalStatus status) {
        return switch (status) {
            case DITETAPKAN, AKTIF -> EntryState.DONE;
            case DIAJUKAN, DIVERIFIKASI, DICEK_BPJS -> EntryState.OPEN;
            case DITOLAK, BERHENTI -> EntryState.NOT_DONE;
        };
    }
}
