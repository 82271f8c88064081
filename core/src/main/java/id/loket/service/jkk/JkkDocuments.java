package id.loket.service.jkk;

import id.loket.documents.JkkRenderer;
import id.loket.domain.audit.AuditAction;
import id.loket.domain.jkk.DataOffice;
import id.loket.domain.jkk.JobType;
import id.loket.domain.jkk.Proposal;
import id.loket.domain.jkk.Rupiah;
import id.loket.domain.text.EnumLabels;
import id.loket.domain.text.Texts;
import id.loket.service.CsvCells;
import id.loket.domain.office.OfficeProfile;
import id.loket.storage.AuditLog;
import id.loket.storage.JkkRepository;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The pekerja rentan paper and files: the Lampiran II proposal form of one proposal, the A4 list of a
 * year's proposals of one job type (numbers masked), and the export of a year's proposals for the
 * responsible offices as CSV or a workbook (full NIK, for a supervisor, audited).
 */
public final class JkkDocuments {

    /** The export's columns, in both formats. */
    static final List<String> COLUMNS = List.of("year", "nik", "name", "birth_place", "birth_date", "address", "phone",
            "job_type", "job_type_name", "job_specific", "ktp_occupation", "data_office", "monthly_income", "umk",
            "umk_year", "poverty", "domicile_since", "extreme_poor", "disability", "registered_on", "status",
            "status_reason", "termination", "terminated_on");

    private final JkkRepository repository;
    private final JkkProgramme programme;
    private final JkkRenderer renderer;
    private final OfficeProfile office;
    private final String signerRole;
    private final AuditLog audit;
    private final Texts texts;
    private final Clock clock;

    public JkkDocuments(JkkRepository repository, JkkProgramme programme, JkkRenderer renderer, OfficeProfile office,
                        String signerRole, AuditLog audit, Texts texts, Clock clock) {
        this.repository = repository;
        this.programme = programme;
        this.renderer = renderer;
        this.office = office;
        this.signerRole = signerRole;
        this.audit = audit;
        this.texts = texts;
        this.clock = clock;
    }

    /** The latest proposal of a person, if any: the one whose form is printed again. */
    public Optional<Proposal> latestOf(String nik) {
        return repository.ofPerson(nik).stream().findFirst();
    }

    /** The filled-in proposal form (Lampiran II); audited, since it carries the full NIK on paper. */
    public byte[] form(Proposal proposal, String actor) {
        Optional<DataOffice> row = repository.dataOffice(proposal.dataOfficeRow());
        List<String> documents = new ArrayList<>(List.of(texts.text("jkk.doc.ktp"), texts.text("jkk.doc.kk"),
                texts.text("jkk.doc.rtLetter", cityWord()), texts.text("jkk.doc.poverty")));
        row.flatMap(DataOffice::extraDocuments).ifPresent(extra -> {
            for (String item : extra.split(";")) {
                if (!item.isBlank()) {
                    documents.add(item.strip());
                }
            }
        });
        if (proposal.disability()) {
            documents.add(texts.text("jkk.doc.disability"));
        }
        String city = cityWord();
        byte[] pdf = renderer.form(new JkkRenderer.Form(office.name(), programme.addressee(), city,
                proposal.name(), proposal.nik(), proposal.birthPlace() + ", " + date(proposal.birthDate()),
                proposal.address(), proposal.phone().orElse("-"), proposal.jobSpecific(),
                texts.text(EnumLabels.key(proposal.jobType())), String.valueOf(proposal.umkYear()),
                Rupiah.format(proposal.monthlyIncome()), proposal.dataOffice(), documents,
                texts.text(JkkTexts.premium(programme.premium())), proposal.registeredOn(), number(proposal)));
        audit.record(actor, AuditAction.EXPORT, "jkk_proposal", String.valueOf(proposal.id()),
                "proposal form (Lampiran II), NIK " + proposal.maskedNik());
        return pdf;
    }

    /** The A4 list of a year's proposals of one job type, priority first, NIK masked; audited. */
    public byte[] list(int year, JobType job, String actor) {
        List<Proposal> proposals = repository.ofYear(year).stream().filter(p -> p.jobType() == job)
                .sorted(Proposal.PRIORITY_FIRST).toList();
        List<JkkRenderer.ListRow> rows = proposals.stream().map(p -> new JkkRenderer.ListRow(p.name(), p.maskedNik(),
                p.address(), p.jobSpecific(), Rupiah.format(p.monthlyIncome()), priority(p),
                texts.text(EnumLabels.key(p.status())))).toList();
        String offices = String.join("; ", repository.dataOffices().stream()
                .filter(r -> r.jobType().filter(t -> t == job).isPresent()).map(DataOffice::office).distinct().toList());
        byte[] pdf = renderer.list(new JkkRenderer.ListDocument(office.name(), office.address(),
                texts.text("jkk.list.title", String.valueOf(year)), texts.text(EnumLabels.key(job)), offices, rows,
                texts.text(JkkTexts.premium(programme.premium())), signerRole, LocalDate.now(clock)));
        audit.record(actor, AuditAction.EXPORT, "jkk_proposal", String.valueOf(year),
                "proposals list PDF, job " + job.letter() + ", " + rows.size() + " rows");
        return pdf;
    }

    /** A year's proposals as CSV (RFC 4180, UTF-8, CRLF), full NIK; returns the rows written. */
    public int writeCsv(int year, Writer out, String actor) throws IOException {
        out.write(String.join(",", COLUMNS) + "\r\n");
        List<Proposal> proposals = sorted(year);
        for (Proposal p : proposals) {
            List<String> cells = cells(p).stream().map(CsvCells::cell).toList();
            out.write(String.join(",", cells) + "\r\n");
        }
        out.flush();
        audit.record(actor, AuditAction.EXPORT, "jkk_proposal", String.valueOf(year),
                "pekerja rentan proposals CSV, " + proposals.size() + " rows");
        return proposals.size();
    }

    /** The same as a workbook of one sheet; every cell is text, so a NIK keeps its 16 digits. */
    public int writeXlsx(int year, OutputStream out, String actor) throws IOException {
        List<Proposal> proposals = sorted(year);
        Workbook workbook = new Workbook(out, "Loket", "1.0");
        Worksheet sheet = workbook.newWorksheet(texts.text("jkk.export.sheet", String.valueOf(year)));
        for (int c = 0; c < COLUMNS.size(); c++) {
            sheet.value(0, c, COLUMNS.get(c));
            sheet.style(0, c).bold().set();
        }
        int row = 1;
        for (Proposal p : proposals) {
            List<String> cells = cells(p);
            for (int c = 0; c < cells.size(); c++) {
                sheet.value(row, c, cells.get(c));
            }
            row++;
        }
        workbook.finish();
        audit.record(actor, AuditAction.EXPORT, "jkk_proposal", String.valueOf(year),
                "pekerja rentan proposals workbook, " + proposals.size() + " rows");
        return proposals.size();
    }

    private List<Proposal> sorted(int year) {
        return repository.ofYear(year).stream().sorted(Proposal.PRIORITY_FIRST).toList();
    }

    private List<String> cells(Proposal p) {
        return List.of(String.valueOf(p.year()), p.nik(), p.name(), p.birthPlace(), p.birthDate().toString(),
                p.address(), p.phone().orElse(""), String.valueOf(p.jobType().letter()), p.jobType().perwaliName(),
                p.jobSpecific(), p.ktpOccupation().orElse(""), p.dataOffice(), p.monthlyIncome().toPlainString(),
                p.umk().toPlainString(), String.valueOf(p.umkYear()), p.poverty().name(), p.domicileSince().toString(),
                p.extremePoor() ? "yes" : "no", p.disability() ? "yes" : "no", p.registeredOn().toString(),
                p.status().name(), p.statusReason().orElse(""), p.termination().map(Enum::name).orElse(""),
                p.terminatedOn().map(LocalDate::toString).orElse(""));
    }

    private String priority(Proposal p) {
        if (p.extremePoor() && p.disability()) {
            return texts.text("jkk.list.priority.both");
        }
        if (p.extremePoor()) {
            return texts.text("jkk.list.priority.extremePoor");
        }
        return p.disability() ? texts.text("jkk.list.priority.disability") : "";
    }

    /** "Balikpapan" from "Kota Balikpapan", as the form writes the place. */
    private String cityWord() {
        return programme.cityName().replaceFirst("^(?i)kota\\s+", "");
    }

    private String date(LocalDate day) {
        // No weekday: a birth date reads "15 Januari 1980".
        return DateTimeFormatter.ofPattern("d MMMM yyyy", texts.locale()).format(day);
    }

    /** The proposal's number on paper: year and id, e.g. 2026/000017. */
    public static String number(Proposal proposal) {
        return proposal.year() + "/" + String.format("%06d", proposal.id());
    }
}
