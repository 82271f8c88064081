package id.loket.service.queue;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.service.DeviceProblemTexts;
import id.loket.service.device.PrintoutService;
import id.loket.service.registration.RegistrationService;
import id.loket.service.security.LoginService;
import id.loket.wiring.AppContext;
import id.loket.device.api.DeviceProblem;
import id.loket.device.sim.SimulatedPrinter;
import id.loket.domain.account.Agent;
import id.loket.domain.household.Household;
import id.loket.domain.queue.Lane;
import id.loket.domain.registration.IkdState;
import id.loket.domain.registration.Outcome;
import id.loket.domain.registration.RegistrationDraft;
import id.loket.domain.registration.RegistrationPath;
import id.loket.support.TestApps;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Print before issue and the reprint list, with the simulated printer on a real H2 file. */
class PrintBeforeIssueServiceTest {

    @TempDir
    Path dir;
    private AppContext app;
    private Agent agent;
    private SimulatedPrinter printer;

    @BeforeEach
    void open() {
        app = TestApps.withDemoData(dir.resolve("data"), 60, "device.printer", "simulated");
        agent = ((LoginService.LoggedIn) app.security().login().login("agen1", "111111".toCharArray())).agent();
        printer = (SimulatedPrinter) app.peripherals().deviceDrivers().printer();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aConfirmedTicketJoinsTheQueue() {
        TicketService.IssuedTicket issued = app.queue().tickets().issue("PERLINSOS", Lane.REGULAR);

        assertThat(issued.printed()).isTrue();
        assertThat(issued.printProblem()).isEmpty();
        assertThat(printer.printed()).extracting(job -> job.name()).containsExactly("A-001");
        assertThat(app.queue().counter().waitingToday()).isEqualTo(1);
        assertThat(app.queue().counter().callNext(agent))
                .hasValueSatisfying(t -> assertThat(t.displayNumber()).isEqualTo("A-001"));
    }

    @Test
    void aTicketThatDidNotPrintIsNotIssued() {
        printer.paperOut();
        TicketService.IssuedTicket failed = app.queue().tickets().issue("PERLINSOS", Lane.REGULAR);

        assertThat(failed.printed()).isFalse();
        assertThat(failed.printProblem()).hasValue(DeviceProblemTexts.message(DeviceProblem.PAPER_OUT));
        assertThat(app.queue().counter().waitingToday()).isZero();
        assertThat(app.queue().counter().callNext(agent)).isEmpty();
        assertThat(app.foundation().printouts().reprintList()).as("a lost ticket is not a receipt to reprint")
                .isEmpty();

        printer.ready();
        TicketService.IssuedTicket next = app.queue().tickets().issue("PERLINSOS", Lane.REGULAR);
        assertThat(next.printed()).isTrue();
        assertThat(next.ticket().displayNumber()).isEqualTo("A-002");
        assertThat(next.peopleAhead()).as("the unprinted ticket is nobody ahead").isZero();
        assertThat(app.queue().counter().waitingToday()).isEqualTo(1);
        assertThat(app.queue().counter().callNext(agent))
                .hasValueSatisfying(t -> assertThat(t.displayNumber()).isEqualTo("A-002"));
    }

    @Test
    void aReceiptThatDidNotPrintKeepsTheRegistrationAndGoesToTheReprintList() throws IOException {
        Household household = unregisteredHousehold();
        int registeredBefore = app.reporting().progress().current().registered();
        printer.paperOut();

        RegistrationService.Saved saved = (RegistrationService.Saved) app.registration().registrations()
                .save(draft(household), agent);

        assertThat(saved.print().printed()).isFalse();
        assertThat(saved.print().problem()).hasValue(DeviceProblemTexts.message(DeviceProblem.PAPER_OUT));
        assertThat(app.reporting().progress().current().registered()).isEqualTo(registeredBefore + 1);
        assertThat(app.foundation().printouts().reprintList()).singleElement().satisfies(pending -> {
            assertThat(pending.code()).isEqualTo(saved.registration().code());
            assertThat(pending.problem()).isEqualTo(DeviceProblemTexts.message(DeviceProblem.PAPER_OUT));
            assertThat(pending.attempts()).isEqualTo(1);
        });
        assertThat(printer.printed()).isEmpty();

        long job = app.foundation().printouts().reprintList().get(0).jobId();
        PrintoutService.PrintOutcome stillOut = app.foundation().printouts().reprint(job);
        assertThat(stillOut.printed()).isFalse();
        assertThat(app.foundation().printouts().reprintList()).singleElement()
                .satisfies(pending -> assertThat(pending.attempts()).isEqualTo(2));

        printer.ready();
        PrintoutService.PrintOutcome reprinted = app.foundation().printouts().reprint(job);
        assertThat(reprinted.printed()).isTrue();
        assertThat(app.foundation().printouts().reprintList()).isEmpty();
        assertThat(printer.printed()).singleElement().satisfies(printed -> {
            assertThat(printed.name()).isEqualTo(saved.registration().code());
            assertThat(printed.content()).as("the original PDF, opened from its sealed file").isEqualTo(saved.receiptPdf());
        });

        assertThat(app.foundation().printouts().reprint(job).printed()).as("a printed job is not printed again")
                .isTrue();
        assertThat(printer.printed()).hasSize(1);
    }

    @Test
    void aReprintWhoseKeptPdfIsGoneStaysOnTheListAndSaysSo() throws IOException {
        printer.paperOut();
        RegistrationService.Saved saved = (RegistrationService.Saved) app.registration().registrations()
                .save(draft(unregisteredHousehold()), agent);
        printer.ready();
        Files.delete(saved.receiptPath());

        PrintoutService.PrintOutcome outcome = app.foundation().printouts().reprint(saved.print().jobId());

        assertThat(outcome.printed()).isFalse();
        assertThat(outcome.problem()).hasValue(DeviceProblemTexts.message(DeviceProblem.DOCUMENT_INVALID));
        assertThat(app.foundation().printouts().reprintList()).singleElement()
                .satisfies(pending -> assertThat(pending.problem())
                        .isEqualTo(DeviceProblemTexts.message(DeviceProblem.DOCUMENT_INVALID)));
        assertThat(printer.printed()).isEmpty();
    }

    @Test
    void aConfirmedReceiptIsNotOnTheReprintList() {
        RegistrationService.Saved saved = (RegistrationService.Saved) app.registration().registrations()
                .save(draft(unregisteredHousehold()), agent);

        assertThat(saved.print().printed()).isTrue();
        assertThat(app.foundation().printouts().reprintList()).isEmpty();
        assertThat(printer.printed()).extracting(job -> job.name()).containsExactly(saved.registration().code());
    }

    @Test
    void theReprintListBelongsToTheCounterThatMadeTheReceipt(@TempDir Path other) {
        printer.failNext(DeviceProblem.PRINTER_OFFLINE);
        app.registration().registrations().save(draft(unregisteredHousehold()), agent);
        assertThat(app.foundation().printouts().reprintList()).hasSize(1);
        app.close();

        app = TestApps.open(dir.resolve("data"), "device.printer", "simulated", "counter.number", "2");
        assertThat(app.foundation().printouts().reprintList()).isEmpty();
    }

    private Household unregisteredHousehold() {
        StringWriter csv = new StringWriter();
        try {
            app.registration().householdExport().write(csv, "test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String nik = csv.toString().lines().skip(1).filter(l -> l.endsWith(",no")).findFirst().orElseThrow()
                .split(",")[1];
        return app.registration().lookup().lookup(nik, agent).status().orElseThrow().household();
    }

    private static RegistrationDraft draft(Household household) {
        return new RegistrationDraft(household.id(), Optional.empty(), RegistrationPath.OLEH_AGEN,
                IkdState.ACTIVATED_HERE, Optional.of("0812 3456 7890"), true, Outcome.BERHASIL, Optional.empty(),
                Optional.of("PLS-00001234"));
    }
}
