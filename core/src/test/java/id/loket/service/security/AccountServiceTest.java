package id.loket.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.account.Role;
import id.loket.domain.text.Message;
import id.loket.support.TestApps;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountServiceTest {

    @TempDir
    Path dir;
    private AppContext app;

    @BeforeEach
    void open() {
        app = TestApps.withDemoData(dir, 10);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aNewAgentCanLogInWithTheirPin() {
        assertThat(app.security().accounts().create("siti.agen", "Siti Aminah", Role.AGENT, "482913".toCharArray(),
                "482913".toCharArray(), "lurah")).isEmpty();
        assertThat(app.security().login().login("siti.agen",
                "482913".toCharArray())).isInstanceOf(LoginService.LoggedIn.class);
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource({
            "12345, 12345, account.problem.pinForm",
            "12ab56, 12ab56, account.problem.pinForm",
            "111111, 111111, account.problem.pinGuessable",
            "123456, 123456, account.problem.pinGuessable",
            "482913, 482914, account.problem.pinMismatch",
    })
    void weakOrMistypedPinsAreRefusedWithTheReason(String pin, String again, String problem) {
        assertThat(app.security().accounts().pinProblems(pin.toCharArray(), again.toCharArray()))
                .extracting(Message::key).contains(problem);
    }

    @Test
    void theFirstStartDoorIsClosedOnceAccountsExist() {
        assertThat(app.security().accounts().noAccounts()).isFalse();
        assertThat(app.security().accounts().createFirstSupervisor("penyusup", "Penyusup", "482913".toCharArray(),
                "482913".toCharArray())).extracting(Message::key).containsExactly("account.problem.notFirst");
        assertThat(app.security().login().login("penyusup",
                "482913".toCharArray())).isInstanceOf(LoginService.WrongPin.class);
    }

    @Test
    void aTakenOrMalformedUserNameIsRefused() {
        assertThat(app.security().accounts().create("Agen1", "X", Role.AGENT, "482913".toCharArray(),
                "482913".toCharArray(),
                "lurah")).extracting(Message::key).contains("account.problem.usernameTaken");
        assertThat(app.security().accounts().create("1x", "X", Role.AGENT, "482913".toCharArray(),
                "482913".toCharArray(),
                "lurah")).extracting(Message::key).contains("account.problem.username");
    }

    @Test
    void aSupervisorOpensALockedAccountAndSetsANewPin() {
        for (int i = 0; i < LoginService.MAX_FAILURES; i++) {
            app.security().login().login("agen1", "000000".toCharArray());
        }
        AccountService.Row locked = app.security().accounts().find("agen1").orElseThrow();
        assertThat(locked.lockedNow()).isTrue();
        app.security().accounts().unlock(locked.agent(), "lurah");
        assertThat(app.security().accounts().find("agen1").orElseThrow().lockedNow()).isFalse();
        assertThat(app.security().accounts().setPin(locked.agent(), "739184".toCharArray(), "739184".toCharArray(),
                "lurah"))
                .isEmpty();
        assertThat(app.security().login().login("agen1",
                "111111".toCharArray())).isInstanceOf(LoginService.WrongPin.class);
        assertThat(app.security().login().login("agen1",
                "739184".toCharArray())).isInstanceOf(LoginService.LoggedIn.class);
    }

    @Test
    void aDeactivatedAccountCannotLogInEvenWithItsRightPin() {
        AccountService.Row agent = app.security().accounts().find("agen1").orElseThrow();
        assertThat(app.security().accounts().deactivate(agent.agent(), "lurah")).isEmpty();
        assertThat(app.security().accounts().find("agen1").orElseThrow().active()).isFalse();
        assertThat(app.security().login().login("agen1",
                "111111".toCharArray())).isInstanceOf(LoginService.WrongPin.class);
    }

    @Test
    void aReactivatedAccountLogsInWithItsOldPin() {
        AccountService.Row agent = app.security().accounts().find("agen1").orElseThrow();
        app.security().accounts().deactivate(agent.agent(), "lurah");
        app.security().accounts().reactivate(agent.agent(), "lurah");
        assertThat(app.security().accounts().find("agen1").orElseThrow().active()).isTrue();
        assertThat(app.security().login().login("agen1",
                "111111".toCharArray())).isInstanceOf(LoginService.LoggedIn.class);
    }

    @Test
    void deactivatingAndReactivatingAreOnTheAuditTrail() {
        AccountService.Row agent = app.security().accounts().find("agen2").orElseThrow();
        app.security().accounts().deactivate(agent.agent(), "lurah");
        app.security().accounts().reactivate(agent.agent(), "lurah");
        assertThat(app.security().auditTrail().search(app.reporting().progress().today(),
                app.reporting().progress().today(),
                java.util.Optional.of("lurah"), java.util.Optional.of(id.loket.domain.audit.AuditAction.ACCOUNT_CHANGED)))
                .extracting(id.loket.domain.audit.AuditEvent::detail)
                .contains("deactivated", "reactivated");
    }

    @Test
    void theLastActiveSupervisorCannotBeDeactivated() {
        assertThat(app.security().accounts().create("sekretaris", "Sekretaris Lurah", Role.SUPERVISOR,
                "482913".toCharArray(),
                "482913".toCharArray(), "lurah")).isEmpty();
        AccountService.Row lurah = app.security().accounts().find("lurah").orElseThrow();
        assertThat(app.security().accounts().deactivate(lurah.agent(),
                "sekretaris")).as("another supervisor remains").isEmpty();
        AccountService.Row sekretaris = app.security().accounts().find("sekretaris").orElseThrow();
        assertThat(app.security().accounts().deactivate(sekretaris.agent(), "lurah"))
                .extracting(Message::key).containsExactly("account.problem.lastSupervisor");
        assertThat(app.security().login().login("sekretaris",
                "482913".toCharArray())).isInstanceOf(LoginService.LoggedIn.class);
    }

    @Test
    void aSupervisorCannotDeactivateTheirOwnAccount() {
        AccountService.Row lurah = app.security().accounts().find("lurah").orElseThrow();
        assertThat(app.security().accounts().deactivate(lurah.agent(), "lurah"))
                .extracting(Message::key).containsExactly("account.problem.deactivateSelf");
        assertThat(app.security().accounts().find("lurah").orElseThrow().active()).isTrue();
    }
}
