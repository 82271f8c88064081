package id.loket.service.ssn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.wiring.AppContext;
import id.loket.domain.account.Agent;
import id.loket.domain.audit.AuditAction;
import id.loket.domain.person.EntryState;
import id.loket.domain.person.PersonPage;
import id.loket.domain.person.PersonSection;
import id.loket.domain.ssn.SsnRequestDraft;
import id.loket.domain.ssn.SsnRequestKind;
import id.loket.service.person.PersonRecords;
import id.loket.support.CaseworkFixtures;
import id.loket.support.TestApps;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SSN card requests at the counter and their export for Diskominfo, on a real H2 file. */
class SsnCardRequestsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 4);

    @TempDir
    Path dir;
    private AppContext app;
    private Agent agent;
    private String nik;

    private void open(String policeLetterFor) {
        app = TestApps.withDemoData(dir.resolve("data"), 40, "ssn.card-requests", "true",
                "ssn.police-letter-for", policeLetterFor);
        CaseworkFixtures fixtures = new CaseworkFixtures(app);
        agent = fixtures.agent();
        nik = fixtures.households().get(0).nik();
    }

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    private SsnCardRequests.Result record(SsnRequestKind kind, String cardNumber, String policeLetter) {
        return app.programmes().ssn().requests().record(new SsnRequestDraft(nik, "Siti Aminah", Optional.of(kind),
                cardNumber,
                policeLetter, "0812 3456 7890"), Optional.empty(), agent);
    }

    @Test
    void aLostCardWithoutThePoliceLetterTheOfficeAsksForIsRefusedAndNothingSaved() {
        open("lost");

        SsnCardRequests.Result result = record(SsnRequestKind.LOST_CARD, "", " ");

        assertThat(result).isInstanceOfSatisfying(SsnCardRequests.Rejected.class, rejected ->
                assertThat(rejected.problems()).extracting(SsnRequestDraft.Problem::field)
                        .containsExactly(SsnRequestDraft.Field.POLICE_LETTER));
        assertThat(section(page(), "ssn").entries()).isEmpty();
    }

    @Test
    void aDamagedCardNeedsNoPoliceLetterUnlessTheOfficeSaysSo() {
        open("lost");
        assertThat(record(SsnRequestKind.DAMAGED_CARD, "", "")).isInstanceOf(SsnCardRequests.Saved.class);
    }

    @Test
    void theCardNumberIsKeptAsGivenAndTheReceiptSaysItIsNoCard() throws Exception {
        open("lost-and-damaged");

        SsnCardRequests.Result result = record(SsnRequestKind.LOST_CARD, "  ssn/00-12 AB ", "SKK/123/VI/2026");

        assertThat(result).isInstanceOfSatisfying(SsnCardRequests.Saved.class, saved -> {
            assertThat(saved.request().code()).isEqualTo("SSN-000001");
            assertThat(saved.request().cardNumber()).contains("ssn/00-12 AB");
            assertThat(saved.printed().printed()).isTrue();
            assertThat(text(saved.receiptPdf())).contains("BUKAN KARTU SSN").contains("ssn/00-12 AB")
                    .contains("SKK/123/VI/2026").doesNotContain(nik);
        });
    }

    @Test
    void aSecondNewCardForTheSameNikIsRefusedNamingTheFirst() {
        open("none");
        assertThat(record(SsnRequestKind.NEW_CARD, "", "")).isInstanceOf(SsnCardRequests.Saved.class);

        SsnCardRequests.Result again = record(SsnRequestKind.NEW_CARD, "", "");

        assertThat(again).isInstanceOfSatisfying(SsnCardRequests.Rejected.class, rejected ->
                assertThat(rejected.problems()).singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo(SsnRequestDraft.Field.KIND);
                    assertThat(p.message().args()).containsExactly("SSN-000001", "04-06-2026");
                }));
        assertThat(record(SsnRequestKind.LOST_CARD, "", "")).isInstanceOf(SsnCardRequests.Saved.class);
    }

    @Test
    void junkInTheFormIsRefusedFieldByField() {
        open("none");

        SsnCardRequests.Result result = app.programmes().ssn().requests().record(new SsnRequestDraft("64710512", " ",
                Optional.empty(), "x".repeat(65), "", "call me"), Optional.empty(), agent);

        assertThat(result).isInstanceOfSatisfying(SsnCardRequests.Rejected.class, rejected ->
                assertThat(rejected.problems()).extracting(SsnRequestDraft.Problem::field).containsExactly(
                        SsnRequestDraft.Field.NIK, SsnRequestDraft.Field.NAME, SsnRequestDraft.Field.KIND,
                        SsnRequestDraft.Field.CARD_NUMBER, SsnRequestDraft.Field.PHONE));
    }

    @Test
    void theRequestShowsOpenOnThePersonPage() {
        open("none");
        record(SsnRequestKind.NEW_CARD, "", "");

        PersonSection ssn = section(page(), "ssn");

        assertThat(ssn.entries()).singleElement().satisfies(e -> {
            assertThat(e.state()).isEqualTo(EntryState.OPEN);
            assertThat(e.what().args()).first().isEqualTo("SSN-000001");
        });
    }

    @Test
    void theExportForDiskominfoHasTheFullNikAndIsAudited() throws Exception {
        open("lost");
        record(SsnRequestKind.LOST_CARD, "0042", "LP/7");
        StringWriter csv = new StringWriter();

        int rows = app.programmes().ssn().export().writeCsv(csv, DAY, DAY, "lurah");

        assertThat(rows).isEqualTo(1);
        List<String> lines = csv.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("code,saved_at,nik,name,request,card_number,police_letter,phone,counter,agent");
        assertThat(lines.get(1)).startsWith("SSN-000001,2026-06-04T09:00," + nik + ",Siti Aminah,LOST_CARD,0042,LP/7,");
        assertThat(app.security().auditTrail().search(DAY, DAY, Optional.of("lurah"), Optional.of(AuditAction.EXPORT)))
                .anySatisfy(e -> assertThat(e.detail()).contains("1 requests, full NIK"));
        StringWriter otherDays = new StringWriter();
        assertThat(app.programmes().ssn().export().writeCsv(otherDays, DAY.plusDays(1), DAY.plusDays(9),
                "lurah")).isZero();
    }

    @Test
    void theWorkbookKeepsEveryNumberAsText() throws Exception {
        open("lost");
        record(SsnRequestKind.LOST_CARD, "0042", "LP/7");
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();

        assertThat(app.programmes().ssn().export().writeXlsx(xlsx, DAY, DAY, "lurah")).isEqualTo(1);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(1).getCellText(2)).isEqualTo(nik);
            assertThat(rows.get(1).getCellText(5)).isEqualTo("0042");
        }
    }

    @Test
    void switchedOffTheCounterTakesNoRequestAndThePageHasNoSsnSection() {
        app = TestApps.withDemoData(dir.resolve("data"), 20);
        agent = new CaseworkFixtures(app).agent();
        nik = new CaseworkFixtures(app).households().get(0).nik();

        assertThat(app.programmes().ssn().requests().enabled()).isFalse();
        assertThatThrownBy(() -> record(SsnRequestKind.NEW_CARD, "", "")).isInstanceOf(IllegalStateException.class);
        assertThat(page().sections()).extracting(PersonSection::id).doesNotContain("ssn");
    }

    @Test
    void theRetentionPurgeRemovesRequestsPastTheRetentionPeriodWhole() {
        open("none");
        record(SsnRequestKind.NEW_CARD, "77", "");
        app.close();
        app = null;
        try (id.loket.storage.Database database = TestApps.database(dir.resolve("data"))) {
            id.loket.storage.Jdbc jdbc = new id.loket.storage.Jdbc(database.dataSource());
            new id.loket.storage.RetentionRepository(jdbc).purge(DAY.atStartOfDay(), DAY.atTime(10, 0));
            assertThat(jdbc.count("SELECT COUNT(*) FROM ssn_card_request")).isEqualTo(1);
            new id.loket.storage.RetentionRepository(jdbc).purge(DAY.plusDays(1).atStartOfDay(), DAY.atTime(10, 0));
            assertThat(jdbc.count("SELECT COUNT(*) FROM ssn_card_request")).isZero();
        }
    }

    private PersonPage page() {
        return ((PersonRecords.Shown) app.registration().personRecords().open(nik, agent)).page();
    }

    private static PersonSection section(PersonPage page, String id) {
        return page.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
