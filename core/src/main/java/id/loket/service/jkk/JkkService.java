package id.loket.service.jkk;

import id.loket.domain.account.Agent;
import id.loket.domain.audit.AuditAction;
import id.loket.domain.jkk.Applicant;
import id.loket.domain.jkk.Assessment;
import id.loket.domain.jkk.DataOffice;
import id.loket.domain.jkk.Proposal;
import id.loket.domain.jkk.ProposalDraft;
import id.loket.domain.jkk.ProposalStatus;
import id.loket.domain.jkk.RuleVerdict;
import id.loket.domain.jkk.Termination;
import id.loket.domain.nik.NikCheck;
import id.loket.domain.nik.NikValidator;
import id.loket.domain.text.EnumLabels;
import id.loket.domain.text.Message;
import id.loket.storage.AuditLog;
import id.loket.storage.Jdbc;
import id.loket.storage.JkkRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Pekerja rentan proposals: saved at the counter when every rule holds (the rules again here, as
 * {@link id.loket.service.registration.RegistrationService#save} checks the draft again), moved along the status flow
 * and ended by a supervisor; Lampiran I kept and edited as data. Each change and its audit event are one
 * transaction; the trail names the NIK masked.
 */
public final class JkkService {

    public sealed interface Result permits Refused, Done {
    }

    /** Nothing was changed; each problem says what to fix. */
    public record Refused(List<Message> problems) implements Result {
    }

    public record Done(Proposal proposal) implements Result {
    }

    public static final int MAX_REASON = 300;

    private final Jdbc jdbc;
    private final JkkRepository repository;
    private final AuditLog audit;
    private final JkkProgramme programme;
    private final NikValidator nikValidator;
    private final int counterNumber;
    private final Clock clock;

    public JkkService(Jdbc jdbc, JkkRepository repository, AuditLog audit, JkkProgramme programme,
                        NikValidator nikValidator, int counterNumber, Clock clock) {
        this.nikValidator = nikValidator;
        this.jdbc = jdbc;
        this.repository = repository;
        this.audit = audit;
        this.programme = programme;
        this.counterNumber = counterNumber;
        this.clock = clock;
    }

    public JkkProgramme programme() {
        return programme;
    }

    /** The rules for a resident on today's date, without saving anything (the counter shows them live). */
    public Assessment assess(Applicant applicant) {
        return programme.eligibility().assess(applicant, LocalDate.now(clock));
    }

    /** A NIK as typed at the counter, checked as everywhere else. */
    public NikCheck checkNik(String typed) {
        return nikValidator.check(typed);
    }

    /**
     * Saves a proposal dated today: refused when the form is incomplete, a rule does not hold, the Lampiran I
     * row is not the job's, or the person was proposed this year already.
     */
    public Result save(ProposalDraft draft, Agent agent) {
        LocalDate day = LocalDate.now(clock);
        List<Message> problems = new ArrayList<>(draft.problems());
        Assessment assessment = programme.eligibility().assess(draft.applicant(), day);
        problems.addAll(assessment.inputProblems());
        if (assessment.inputValid() && !assessment.eligible()) {
            problems.add(Message.of("jkk.problem.notEligible", assessment.notHolding().stream()
                    .map(verdict -> String.valueOf(verdict.rule().letter())).collect(Collectors.joining(", "))));
            assessment.notHolding().stream().map(RuleVerdict::reason).forEach(problems::add);
        }
        Optional<DataOffice> office = repository.dataOffice(draft.dataOfficeRow())
                .filter(row -> row.jobType().filter(type -> type == draft.applicant().job()).isPresent());
        if (office.isEmpty()) {
            problems.add(Message.of("jkk.problem.dataOffice"));
        }
        if (!problems.isEmpty()) {
            return new Refused(problems);
        }
        BigDecimal umk = programme.eligibility().umk().forYear(day.getYear()).orElseThrow();
        LocalDateTime now = LocalDateTime.now(clock);
        String nik = draft.applicant().nik().digits();
        return jdbc.inTransaction(() -> {
            Optional<Proposal> earlier = repository.find(day.getYear(), nik);
            if (earlier.isPresent()) {
                return new Refused(List.of(Message.of("jkk.problem.alreadyProposed", String.valueOf(day.getYear()),
                        earlier.get().registeredOn(), Message.of(EnumLabels.key(earlier.get().status())))));
            }
            Proposal saved = repository.insert(draft, office.get(), umk, day.getYear(), day, counterNumber, agent.id(), now);
            repository.recordStatus(saved.id(), ProposalStatus.DIAJUKAN, Optional.empty(), agent.username(), now);
            audit.record(agent.username(), AuditAction.JKK_PROPOSAL_SAVED, "jkk_proposal", String.valueOf(saved.id()),
                    "NIK " + draft.applicant().nik().masked() + ", year " + saved.year() + ", job " + saved.jobType().letter()
                            + ", counter " + counterNumber + draft.ticketId().map(t -> ", ticket " + t).orElse(""));
            return new Done(saved);
        });
    }

    /**
     * Moves a proposal one step along the flow (a supervisor's work); a refusal needs its reason, which the
     * resident will be told.
     */
    public Result changeStatus(long proposalId, ProposalStatus next, Optional<String> reason, Agent supervisor) {
        Optional<String> given = reason.map(String::strip).filter(text -> !text.isEmpty());
        if (!supervisor.role().mayUseOffice()) {
            return new Refused(List.of(Message.of("jkk.problem.supervisorOnly")));
        }
        if (next == ProposalStatus.BERHENTI) {
            throw new IllegalArgumentException("an ended cover goes through terminate(), with its Pasal 10 reason");
        }
        if (next == ProposalStatus.DITOLAK && given.isEmpty()) {
            return new Refused(List.of(Message.of("jkk.problem.rejectReason")));
        }
        if (given.filter(text -> text.length() > MAX_REASON).isPresent()) {
            return new Refused(List.of(Message.of("jkk.problem.tooLong", String.valueOf(MAX_REASON))));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbc.inTransaction(() -> {
            Optional<Proposal> found = repository.find(proposalId);
            if (found.isEmpty()) {
                return new Refused(List.of(Message.of("jkk.problem.noProposal")));
            }
            Proposal proposal = found.get();
            if (!proposal.status().canMoveTo(next)) {
                return new Refused(List.of(Message.of("jkk.problem.statusStep",
                        Message.of(EnumLabels.key(proposal.status())), Message.of(EnumLabels.key(next)))));
            }
            repository.setStatus(proposalId, next, given);
            repository.recordStatus(proposalId, next, given, supervisor.username(), now);
            audit.record(supervisor.username(), AuditAction.JKK_PROPOSAL_STATUS_CHANGED, "jkk_proposal",
                    String.valueOf(proposalId), "NIK " + proposal.maskedNik() + ": " + proposal.status() + " -> " + next);
            return new Done(repository.find(proposalId).orElseThrow());
        });
    }

    /** Ends a person's cover for a reason of Pasal 10, from the day given (not after today). */
    public Result terminate(long proposalId, Termination termination, LocalDate on, Optional<String> note,
                            Agent supervisor) {
        Optional<String> given = note.map(String::strip).filter(text -> !text.isEmpty());
        if (!supervisor.role().mayUseOffice()) {
            return new Refused(List.of(Message.of("jkk.problem.supervisorOnly")));
        }
        if (on.isAfter(LocalDate.now(clock))) {
            return new Refused(List.of(Message.of("jkk.problem.terminatedInFuture")));
        }
        if (given.filter(text -> text.length() > MAX_REASON).isPresent()) {
            return new Refused(List.of(Message.of("jkk.problem.tooLong", String.valueOf(MAX_REASON))));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbc.inTransaction(() -> {
            Optional<Proposal> found = repository.find(proposalId);
            if (found.isEmpty()) {
                return new Refused(List.of(Message.of("jkk.problem.noProposal")));
            }
            Proposal proposal = found.get();
            if (!proposal.status().canMoveTo(ProposalStatus.BERHENTI)) {
                return new Refused(List.of(Message.of("jkk.problem.notCovered",
                        Message.of(EnumLabels.key(proposal.status())))));
            }
            repository.terminate(proposalId, termination, on, given);
            repository.recordStatus(proposalId, ProposalStatus.BERHENTI, Optional.of(termination.name()),
                    supervisor.username(), now);
            audit.record(supervisor.username(), AuditAction.JKK_PROPOSAL_TERMINATED, "jkk_proposal",
                    String.valueOf(proposalId), "NIK " + proposal.maskedNik() + ": " + termination + " on " + on);
            return new Done(repository.find(proposalId).orElseThrow());
        });
    }

    /** The proposals of a year, priority first (Pasal 5 ayat 2), each read audited once for the list. */
    public List<Proposal> ofYear(int year, String actor) {
        audit.record(actor, AuditAction.HOUSEHOLD_READ, "jkk_proposal", String.valueOf(year), "pekerja rentan proposals");
        return repository.ofYear(year).stream().sorted(Proposal.PRIORITY_FIRST).toList();
    }

    /** A person's proposal of a year, if any (the counter warns before the form is filled in twice). */
    public Optional<Proposal> find(int year, String nik) {
        return repository.find(year, nik);
    }

    public List<JkkRepository.StatusChange> history(long proposalId) {
        return repository.history(proposalId);
    }

    /** Lampiran I, as the office keeps it. */
    public List<DataOffice> dataOffices() {
        return repository.dataOffices();
    }

    /** The Lampiran I rows of a job type (pedagang kaki lima and pedagang keliling are both type f). */
    public List<DataOffice> dataOfficesOf(id.loket.domain.jkk.JobType job) {
        return repository.dataOffices().stream().filter(row -> row.jobType().filter(t -> t == job).isPresent()).toList();
    }

    public Optional<DataOffice> dataOffice(int rowNo) {
        return repository.dataOffice(rowNo);
    }

    /**
     * A supervisor changes the responsible office (or the extra documents) of a Lampiran I row. Returns what
     * stopped it; empty when it was saved.
     */
    public List<Message> updateDataOffice(int rowNo, String office, Optional<String> extraDocuments, Agent supervisor) {
        String name = office == null ? "" : office.strip();
        Optional<String> extra = extraDocuments.map(String::strip).filter(text -> !text.isEmpty());
        if (!supervisor.role().mayUseOffice()) {
            return List.of(Message.of("jkk.problem.supervisorOnly"));
        }
        if (name.isEmpty()) {
            return List.of(Message.of("jkk.problem.officeEmpty"));
        }
        if (name.length() > DataOffice.MAX_OFFICE) {
            return List.of(Message.of("jkk.problem.tooLong", String.valueOf(DataOffice.MAX_OFFICE)));
        }
        if (extra.filter(text -> text.length() > DataOffice.MAX_EXTRA_DOCUMENTS).isPresent()) {
            return List.of(Message.of("jkk.problem.tooLong", String.valueOf(DataOffice.MAX_EXTRA_DOCUMENTS)));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbc.inTransaction(() -> {
            Optional<DataOffice> before = repository.dataOffice(rowNo);
            if (before.isEmpty()) {
                return List.of(Message.of("jkk.problem.noDataOfficeRow", String.valueOf(rowNo)));
            }
            repository.updateDataOffice(rowNo, name, extra, supervisor.username(), now);
            audit.record(supervisor.username(), AuditAction.JKK_DATA_OFFICE_CHANGED, "jkk_data_office",
                    String.valueOf(rowNo), "office: " + before.get().office() + " -> " + name);
            return List.<Message>of();
        });
    }
}
