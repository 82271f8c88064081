package id.loket.service.office;

import id.loket.domain.audit.AuditAction;
import id.loket.documents.OfficeReportRenderer;
import id.loket.domain.household.RtProgress;
import id.loket.domain.household.ExplainedHousehold;
import id.loket.domain.household.RtRef;
import id.loket.domain.office.OfficeProfile;
import id.loket.domain.text.EnumLabels;
import id.loket.domain.servicerecord.ServiceOutcome;
import id.loket.domain.text.Texts;
import id.loket.service.CsvCells;
import id.loket.storage.AtomicFile;
import id.loket.storage.AuditLog;
import id.loket.storage.HouseholdRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The lurah's reports: the checklist of households not yet registered per RT, the daily summary for
 * the camat and wali kota (PDF and CSV), and the ASN report. Every report that names people is an
 * audited export. A report is made in memory and written only where the supervisor says
 * ({@link #saveCopy}, or the command line's {@code --out}): the data folder keeps no copy, since a
 * checklist's names and addresses lying there in plain would be one more copy to lose.
 */
public final class OfficeReports {

    static final String PROGRESS_CSV_HEADER =
            "rt,rw,households,registered,percent,mandiri_ikd,dibantu_ponsel_warga,oleh_agen,gagal,perlu_tindak_lanjut";
    static final String ASN_CSV_HEADER = "perangkat_daerah,households,registered,not_registered";

    private final ProgressReport progress;
    private final OfficeReportRenderer renderer;
    private final OfficeReportRenderer.Office office;
    private final AuditLog audit;
    private final Texts texts;
    private final Clock clock;
    private final FairnessReport fairness;
    private final java.util.function.IntSupplier refusalsToday;
    private final java.util.function.Supplier<java.util.Map<ServiceOutcome, Integer>> otherServicesToday;
    private final java.util.function.Supplier<java.util.Optional<String>> officeKeyFingerprint;
    private final java.util.function.Function<RtRef, List<ExplainedHousehold>> explainedIn;

    /**
     * @param fairness      makes the daily fairness sheet, given the office as printed (one letterhead for all)
     * @param refusalsToday how many residents declined consent today (a count only: nothing personal is kept)
     * @param otherServicesToday how today's services other than the Perlinsos registration ended, counted
     * @param officeKeyFingerprint the office signing key's fingerprint, printed on the daily summary so the
     *                             kecamatan can check the key it registered against paper the lurah signed
     * @param explainedIn   an RT's households explained as not registering, listed apart on its checklist
     */
    public OfficeReports(ProgressReport progress, OfficeReportRenderer renderer, OfficeProfile office,
                         String signerRole, AuditLog audit, Texts texts, Clock clock,
                         java.util.function.Function<OfficeReportRenderer.Office, FairnessReport> fairness,
                         java.util.function.IntSupplier refusalsToday,
                         java.util.function.Supplier<java.util.Map<ServiceOutcome, Integer>> otherServicesToday,
                         java.util.function.Supplier<java.util.Optional<String>> officeKeyFingerprint,
                         java.util.function.Function<RtRef, List<ExplainedHousehold>> explainedIn) {
        this.explainedIn = explainedIn;
        this.otherServicesToday = otherServicesToday;
        this.progress = progress;
        this.renderer = renderer;
        this.office = new OfficeReportRenderer.Office(office.name(), office.address(), signerRole);
        this.fairness = fairness.apply(this.office);
        this.refusalsToday = refusalsToday;
        this.officeKeyFingerprint = officeKeyFingerprint;
        this.audit = audit;
        this.texts = texts;
        this.clock = clock;
    }

    /** A PDF made in memory, and the file name it is offered under ({@code checklist-RT002-RW001.pdf}). */
    public record Report(String fileName, byte[] pdf) {

        public Report {
            if (!fileName.matches("[A-Za-z0-9-]+\\.pdf")) {
                throw new IllegalArgumentException("unsafe report name: " + fileName);
            }
        }

        /** A report called {@code name} (letters, digits and dashes), as a PDF. */
        public static Report named(String name, byte[] pdf) {
            return new Report(name + ".pdf", pdf);
        }
    }

    public Report checklist(RtRef rt, String actor) {
        List<OfficeReportRenderer.ChecklistLine> lines = progress.checklist(rt).stream()
                .map(this::line)
                .toList();
        List<ExplainedHousehold> explained = explainedIn.apply(rt);
        byte[] pdf = renderer.checklist(office, rt.label(), progress.today(), lines, explained);
        audit.record(actor, AuditAction.EXPORT, "rt", rt.label(), "checklist, " + lines.size() + " households, "
                + explained.size() + " explained");
        return Report.named("checklist-" + rt.fileNamePart(), pdf);
    }

    public Report dailySummary(String actor) {
        ProgressReport.Totals totals = progress.current();
        int today = progress.perDay(progress.today(), progress.today()).getOrDefault(progress.today(), 0);
        byte[] pdf = renderer.dailySummary(office, LocalDateTime.now(clock), totals.kelurahan(), today,
                refusalsToday.getAsInt(), otherServices(otherServicesToday.get()), totals.perRw(), totals.perRt(),
                officeKeyFingerprint.get().orElseGet(() -> texts.text("doc.summary.officeKeyMissing")));
        audit.record(actor, AuditAction.EXPORT, "report", "daily-summary", "counts only");
        return Report.named("ringkasan-harian", pdf);
    }

    /** "IKD aktif 3, Dijawab 5": how the other services ended today, the outcomes that happened only. */
    private String otherServices(java.util.Map<ServiceOutcome, Integer> counts) {
        String done = java.util.Arrays.stream(ServiceOutcome.values()).filter(o -> counts.getOrDefault(o, 0) > 0)
                .map(o -> texts.text("doc.summary.otherServiceCount", texts.text(EnumLabels.key(o)), counts.get(o)))
                .collect(java.util.stream.Collectors.joining(", "));
        return done.isEmpty() ? texts.text("doc.summary.otherServicesNone") : done;
    }

    public Report asn(String actor) {
        List<OfficeReportRenderer.AsnLine> units = progress.asn().stream()
                .map(u -> new OfficeReportRenderer.AsnLine(u.unit(), u.households(), u.registered()))
                .toList();
        byte[] pdf = renderer.asn(office, LocalDateTime.now(clock), units);
        audit.record(actor, AuditAction.EXPORT, "report", "asn", "counts per Perangkat Daerah");
        return Report.named("laporan-asn", pdf);
    }

    /** The queue's fairness sheet of a day (A4, counts only). */
    public Report fairness(java.time.LocalDate day, String actor) {
        return fairness.sheet(day, actor);
    }

    /** Today's fairness sheet, so far. */
    public Report fairnessToday(String actor) {
        return fairness(progress.today(), actor);
    }

    /** Per RT: totals, registered by path, failed and follow-up; in RW and RT order. */
    public void progressCsv(Writer out, String actor) throws IOException {
        out.write(PROGRESS_CSV_HEADER + "\r\n");
        List<RtProgress> rows = progress.current().perRt().stream()
                .sorted((a, b) -> a.rt().compareTo(b.rt())).toList();
        for (RtProgress rt : rows) {
            out.write(String.join(",", rt.rt().rt(), rt.rt().rw(), n(rt.households()), n(rt.registered()),
                    n(rt.percent()), n(rt.selfService()), n(rt.helpedOnOwnPhone()), n(rt.byAgent()), n(rt.failed()),
                    n(rt.followUp())) + "\r\n");
        }
        out.flush();
        audit.record(actor, AuditAction.EXPORT, "report", "progress-csv", rows.size() + " RTs, counts only");
    }

    public void asnCsv(Writer out, String actor) throws IOException {
        out.write(ASN_CSV_HEADER + "\r\n");
        for (HouseholdRepository.AsnUnit unit : progress.asn()) {
            out.write(String.join(",", CsvCells.cell(unit.unit()), n(unit.households()), n(unit.registered()),
                    n(unit.households() - unit.registered())) + "\r\n");
        }
        out.flush();
        audit.record(actor, AuditAction.EXPORT, "report", "asn-csv", "counts per Perangkat Daerah");
    }

    private OfficeReportRenderer.ChecklistLine line(HouseholdRepository.Unregistered household) {
        String note = household.lastOutcome()
                .map(outcome -> texts.text(EnumLabels.key(outcome)))
                .orElse("");
        return new OfficeReportRenderer.ChecklistLine(household.headName(), household.address(),
                household.maskedNik(), note);
    }

    /**
     * Writes the report where the supervisor chose (a USB stick, the printing PC's share), whole or not
     * at all, and records where: a plain copy of names and addresses leaves Loket's protection there.
     */
    public Path saveCopy(Report report, Path target, String actor) {
        Path absolute = target.toAbsolutePath();
        try {
            AtomicFile.write(absolute, report.pdf());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + absolute, e);
        }
        audit.record(actor, AuditAction.EXPORT, "report", report.fileName(), "copy saved to " + absolute);
        return absolute;
    }

    private static String n(int value) {
        return String.valueOf(value);
    }
}
