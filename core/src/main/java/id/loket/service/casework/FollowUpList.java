package id.loket.service.casework;

import id.loket.documents.CaseworkRenderer;
import id.loket.domain.audit.AuditAction;
import id.loket.domain.household.RtRef;
import id.loket.domain.registration.FailureReason;
import id.loket.domain.registration.Outcome;
import id.loket.domain.text.EnumLabels;
import id.loket.domain.text.Texts;
import id.loket.service.office.OfficeReports;
import id.loket.domain.registration.OutcomeReason;
import id.loket.storage.AuditLog;
import id.loket.storage.FollowUpRepository;
import id.loket.storage.Jdbc;
import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The households whose registration failed or needs a follow-up, per RT: for the
 * office screen, and on A4 for the ketua RT, who knows the families and can send them back. Every
 * listing names people, so every listing is an audit event; the NIK is masked in all of them.
 */
public final class FollowUpList {

    /**
     * One registration to follow up, as screens and sheets show it.
     *
     * @param need         what is needed: for GAGAL the listed failure reason and the note, else the note
     * @param dueOn        the day the household is expected: the office's if it set one, else the counter's
     * @param counterDueOn the day the agent gave at the counter, which applies again when the office clears its own
     */
    public record FollowUp(long registrationId, String code, RtRef rt, String headName, String maskedNik,
                           String address, Outcome outcome, String need, LocalDateTime savedAt,
                           Optional<LocalDate> dueOn, Optional<LocalDate> counterDueOn) {
    }

    /** Day and month: the registration window is one month of one year. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM");

    private final Jdbc jdbc;
    private final FollowUpRepository store;
    private final CaseworkRenderer renderer;
    private final CaseworkRenderer.Office office;
    private final AuditLog audit;
    private final Texts texts;
    private final Clock clock;

    public FollowUpList(Jdbc jdbc, FollowUpRepository store, CaseworkRenderer renderer, CaseworkRenderer.Office office,
                     AuditLog audit, Texts texts, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.renderer = renderer;
        this.office = office;
        this.audit = audit;
        this.texts = texts;
        this.clock = clock;
    }

    /** The open follow-ups of one RT, or of all RTs when {@code rt} is empty; audited as a read. */
    public List<FollowUp> list(Optional<RtRef> rt, String actor) {
        List<FollowUp> rows = load(rt);
        audit.record(actor, AuditAction.HOUSEHOLD_READ, "rt", rt.map(RtRef::label).orElse("all"),
                "follow-up list, " + rows.size() + " registrations");
        return rows;
    }

    /** The A4 sheet for the ketua RT (one RT) or for the office (all RTs). */
    public OfficeReports.Report sheet(Optional<RtRef> rt, String actor) {
        List<FollowUp> rows = load(rt);
        Map<RtRef, List<CaseworkRenderer.FollowUpRow>> byRt = new LinkedHashMap<>();
        for (FollowUp f : rows) {
            byRt.computeIfAbsent(f.rt(), r -> new ArrayList<>()).add(new CaseworkRenderer.FollowUpRow(
                    f.headName(), f.maskedNik(), f.address(), texts.text(EnumLabels.key(f.outcome())), f.need(),
                    DAY.format(f.savedAt()), f.dueOn().map(DAY::format).orElse("")));
        }
        List<CaseworkRenderer.RtGroup> groups = new ArrayList<>();
        byRt.forEach((ref, lines) -> groups.add(new CaseworkRenderer.RtGroup(ref.label(), lines)));
        if (groups.isEmpty()) {
            groups.add(new CaseworkRenderer.RtGroup(rt.map(RtRef::label).orElse(""), List.of()));
        }
        String scope = rt.map(RtRef::label).orElseGet(() -> texts.text("followUp.allRts"));
        LocalDate today = LocalDate.now(clock);
        byte[] pdf = renderer.followUps(office, scope, today, groups);
        audit.record(actor, AuditAction.EXPORT, "rt", rt.map(RtRef::label).orElse("all"),
                "follow-up sheet, " + rows.size() + " registrations");
        String name = rt.map(r -> "tindak-lanjut-" + r.fileNamePart()).orElse("tindak-lanjut-semua-RT");
        return OfficeReports.Report.named(name, pdf);
    }

    /**
     * The follow-ups as CSV for the supervisor: masked NIKs all the same, since the list is for
     * calling people back, not for matching records. Returns the rows written.
     */
    public int writeCsv(Optional<RtRef> rt, Writer out, String actor) throws IOException {
        List<FollowUp> rows = load(rt);
        out.write("rt,rw,code,head_name,head_nik_masked,outcome,need,saved_at,due_on\r\n");
        for (FollowUp f : rows) {
            out.write(String.join(",", f.rt().rt(), f.rt().rw(), f.code(), csv(f.headName()), f.maskedNik(),
                    f.outcome().name(), csv(f.need()), f.savedAt().toLocalDate().toString(),
                    f.dueOn().map(LocalDate::toString).orElse("")) + "\r\n");
        }
        out.flush();
        audit.record(actor, AuditAction.EXPORT, "rt", rt.map(RtRef::label).orElse("all"),
                "follow-up CSV, " + rows.size() + " registrations");
        return rows.size();
    }

    /**
     * Sets the day the household is asked back, or clears it (empty); the change is audited with it.
     * The office's day wins over the one given at the counter; once cleared, the counter's applies again.
     */
    public void setDueOn(long registrationId, Optional<LocalDate> dueOn, String actor) {
        jdbc.inTransaction(() -> {
            if (dueOn.isPresent()) {
                store.setDueOn(registrationId, dueOn.get(), actor, LocalDateTime.now(clock));
            } else {
                store.clearDueOn(registrationId);
            }
            audit.record(actor, AuditAction.FOLLOW_UP_SCHEDULED, "registration", String.valueOf(registrationId),
                    dueOn.map(d -> "asked back on " + d).orElse("date cleared"));
            return null;
        });
    }

    private List<FollowUp> load(Optional<RtRef> rt) {
        return store.open(rt).stream().map(r -> new FollowUp(r.registrationId(), r.code(), r.rt(), r.headName(),
                r.headNik().masked(), r.address(), r.outcome(), need(r), r.savedAt(), r.dueOn(),
                r.counterDueOn())).toList();
    }

    /** The listed reason and the note, as the receipt words them; the ketua RT reads the reason in words. */
    private String need(FollowUpRepository.Row row) {
        Optional<FailureReason> reason = row.outcome() == Outcome.GAGAL ? row.failureReason() : Optional.empty();
        return OutcomeReason.why(reason, row.note(), texts).orElseGet(() -> texts.text("followUp.noNote"));
    }

    private static String csv(String text) {
        return id.loket.service.CsvCells.cell(text);
    }
}
