package id.loket.service.registration;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.service.security.LoginService;
import id.loket.wiring.AppContext;
import id.loket.domain.account.Agent;
import id.loket.domain.queue.Lane;
import id.loket.domain.queue.Ticket;
import id.loket.domain.registration.IkdState;
import id.loket.domain.registration.Outcome;
import id.loket.domain.registration.RegistrationDraft;
import id.loket.domain.registration.RegistrationPath;
import id.loket.storage.Database;
import id.loket.storage.Jdbc;
import id.loket.support.TestApps;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save the counter sends again because the first answer never came (in LAN mode the server PC can go
 * away just after it committed): the agent presses Save again, and the office must end up with one
 * registration, whole, with its receipt.
 */
class RepeatedSaveTest {

    @TempDir
    Path dir;
    private AppContext app;
    private Database side;
    private Jdbc database;
    private Agent agent;
    private long household;
    private Ticket ticket;

    @BeforeEach
    void aTicketCalledForAnUnregisteredHousehold() {
        app = TestApps.withDemoData(dir, 40);
        agent = ((LoginService.LoggedIn) app.security().login().login("agen1", "111111".toCharArray())).agent();
        side = TestApps.database(dir);
        database = new Jdbc(side.dataSource());
        household = database.one("SELECT h.id FROM household h WHERE NOT EXISTS (SELECT 1 FROM registration r "
                + "WHERE r.household_id = h.id) ORDER BY h.id LIMIT 1", row -> row.getLong(1)).orElseThrow();
        app.queue().tickets().issue("PERLINSOS", Lane.REGULAR);
        ticket = app.queue().counter().callNext(agent).orElseThrow();
    }

    @AfterEach
    void close() {
        side.close();
        app.close();
    }

    private RegistrationDraft draft(Optional<Long> ticketId, String portalReference) {
        return new RegistrationDraft(household, ticketId, RegistrationPath.OLEH_AGEN, IkdState.NO_SMARTPHONE,
                Optional.of("081234567890"), true, Outcome.BERHASIL, Optional.empty(), Optional.of(portalReference));
    }

    private long registrationsOfTheHousehold() {
        return database.count("SELECT COUNT(*) FROM registration WHERE household_id = ?", household);
    }

    @Test
    void theSameDraftSavedAgainForTheSameTicketIsTheSameRegistration() {
        RegistrationService.Saved first = (RegistrationService.Saved) app.registration().registrations()
                .save(draft(Optional.of(ticket.id()), "PLS-1"), agent);

        RegistrationService.Saved again = (RegistrationService.Saved) app.registration().registrations()
                .save(draft(Optional.of(ticket.id()), "PLS-1"), agent);

        assertThat(again.registration().id()).isEqualTo(first.registration().id());
        assertThat(again.registration().code()).isEqualTo(first.registration().code());
        assertThat(again.print().printed()).as("the receipt the agent never got is printed").isTrue();
        assertThat(registrationsOfTheHousehold()).isEqualTo(1);
    }

    @Test
    void aChangedAnswerOnTheSameTicketIsANewRegistration() {
        app.registration().registrations().save(draft(Optional.of(ticket.id()), "PLS-1"), agent);

        app.registration().registrations().save(draft(Optional.of(ticket.id()), "PLS-2"), agent);

        assertThat(registrationsOfTheHousehold()).isEqualTo(2);
    }

    @Test
    void withoutATicketEverySaveIsItsOwnRegistration() {
        app.registration().registrations().save(draft(Optional.empty(), "PLS-1"), agent);

        app.registration().registrations().save(draft(Optional.empty(), "PLS-1"), agent);

        assertThat(registrationsOfTheHousehold()).isEqualTo(2);
    }

    @Test
    void aRegistrationLeftWithoutItsReceiptGetsItWhenTheSaveIsSentAgain() {
        RegistrationService.Saved first = (RegistrationService.Saved) app.registration().registrations()
                .save(draft(Optional.of(ticket.id()), "PLS-1"), agent);
        // As if the server went away between the commit and the receipt's path being written.
        database.update("UPDATE registration SET document_path = NULL WHERE id = ?", first.registration().id());

        app.registration().registrations().save(draft(Optional.of(ticket.id()), "PLS-1"), agent);

        assertThat(database.one("SELECT document_path FROM registration WHERE id = ?", row -> row.getString(1),
                first.registration().id())).hasValueSatisfying(path -> assertThat(path).isNotBlank());
        assertThat(registrationsOfTheHousehold()).isEqualTo(1);
    }
}
