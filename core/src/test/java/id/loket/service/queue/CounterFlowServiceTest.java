package id.loket.service.queue;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.service.office.ProgressReport;
import id.loket.service.registration.HouseholdLookup;
import id.loket.service.registration.RegistrationService;
import id.loket.service.security.LoginService;
import id.loket.wiring.AppContext;
import id.loket.domain.account.Agent;
import id.loket.domain.household.Household;
import id.loket.domain.queue.Lane;
import id.loket.domain.queue.Ticket;
import id.loket.domain.registration.IkdState;
import id.loket.domain.registration.Outcome;
import id.loket.domain.registration.RegistrationDraft;
import id.loket.domain.registration.RegistrationPath;
import id.loket.support.TestApps;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The thin flow through the use cases, on a real H2 file: ticket, call, lookup, save, receipt. */
class CounterFlowServiceTest {

    @TempDir
    Path dir;
    private AppContext app;
    private Agent agent;

    @BeforeEach
    void open() {
        app = TestApps.withDemoData(dir, 300);
        LoginService.LoginResult result = app.security().login().login("agen1", "111111".toCharArray());
        agent = ((LoginService.LoggedIn) result).agent();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aTicketIsNumberedAndItsPrintoutSavedInTheDataFolder() {
        TicketService.IssuedTicket issued = app.queue().tickets().issue("PERLINSOS", Lane.REGULAR);
        assertThat(issued.ticket().displayNumber()).isEqualTo("A-001");
        assertThat(issued.pdfPath()).exists().startsWith(dir);
        assertThat(issued.peopleAhead()).isZero();
    }

    @Test
    void priorityTicketsUseThePriorityLetter() {
        assertThat(app.queue().tickets().issue("IKD", Lane.PRIORITY).ticket().displayNumber()).isEqualTo("P-001");
    }

    @Test
    void theWholeFlowSavesARegistrationWithAMaskedReceipt() throws IOException {
        app.queue().tickets().issue("PERLINSOS", Lane.REGULAR);
        Ticket called = app.queue().counter().callNext(agent).orElseThrow();
        Household household = unregisteredHousehold();

        HouseholdLookup.Result found = app.registration().lookup().lookup(household.headNik().digits(), agent);
        assertThat(found.status()).hasValueSatisfying(s -> assertThat(s.alreadyRegistered()).isFalse());

        RegistrationService.SaveResult result = app.registration().registrations().save(draft(household, called, true),
                agent);
        assertThat(result).isInstanceOf(RegistrationService.Saved.class);
        RegistrationService.Saved saved = (RegistrationService.Saved) result;
        assertThat(saved.registration().code()).startsWith("REG-");
        String receipt = text(TestApps.documents(dir).read(saved.receiptPath()).orElseThrow());
        assertThat(receipt).contains(household.headNik().masked()).doesNotContain(household.headNik().digits())
                .contains(household.headName()).contains("A-001");

        assertThat(app.registration().lookup().lookup(household.headNik().digits(), agent).status())
                .hasValueSatisfying(s -> assertThat(s.alreadyRegistered()).isTrue());
    }

    @Test
    void withoutConsentNothingIsSaved() {
        Household household = unregisteredHousehold();
        int before = app.reporting().progress().current().registered();
        RegistrationService.SaveResult result = app.registration().registrations().save(draft(household, null, false),
                agent);
        assertThat(result).isInstanceOfSatisfying(RegistrationService.Rejected.class,
                r -> assertThat(r.problems()).extracting(m -> m.key()).contains("registration.problem.noConsent"));
        assertThat(app.reporting().progress().current().registered()).isEqualTo(before);
    }

    @Test
    void anInvalidNikIsExplainedAndLooksNothingUp() {
        HouseholdLookup.Result result = app.registration().lookup().lookup("647105123456789", agent);
        assertThat(result.nikValid()).isFalse();
        assertThat(result.status()).isEmpty();
        assertThat(app.foundation().texts().text(result.check().errors().get(0))).contains("15");
    }

    @Test
    void progressCountsRegistrationsPerRt() {
        ProgressReport.Totals before = app.reporting().progress().current();
        Household household = unregisteredHousehold();
        app.registration().registrations().save(draft(household, null, true), agent);
        ProgressReport.Totals after = app.reporting().progress().current();
        assertThat(after.households()).isEqualTo(300);
        assertThat(after.registered()).isEqualTo(before.registered() + 1);
    }

    private Household unregisteredHousehold() {
        java.io.StringWriter csv = new java.io.StringWriter();
        try {
            app.registration().householdExport().write(csv, "test");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String nik = csv.toString().lines().skip(1).filter(l -> l.endsWith(",no")).findFirst().orElseThrow()
                .split(",")[1];
        return app.registration().lookup().lookup(nik, agent).status().orElseThrow().household();
    }

    private static RegistrationDraft draft(Household household, Ticket ticket, boolean consent) {
        return new RegistrationDraft(household.id(), Optional.ofNullable(ticket).map(Ticket::id),
                RegistrationPath.OLEH_AGEN, IkdState.ACTIVATED_HERE, Optional.of("0812 3456 7890"), consent,
                Outcome.BERHASIL, Optional.empty(), Optional.of("PLS-00001234"));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
