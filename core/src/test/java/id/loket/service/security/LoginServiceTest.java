package id.loket.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.support.TestApps;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoginServiceTest {

    @TempDir
    Path dir;
    private AppContext app;

    @BeforeEach
    void open() {
        app = TestApps.withDemoData(dir, 20);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theRightPinLogsIn() {
        assertThat(app.security().login().login("lurah", "999999".toCharArray()))
                .isInstanceOfSatisfying(LoginService.LoggedIn.class,
                        in -> assertThat(in.agent().role().mayUseOffice()).isTrue());
    }

    @Test
    void aWrongPinSaysHowManyTriesAreLeft() {
        assertThat(app.security().login().login("agen1", "000000".toCharArray()))
                .isEqualTo(new LoginService.WrongPin(LoginService.MAX_FAILURES - 1));
    }

    @Test
    void anUnknownUserGetsTheSameAnswerAsAWrongPin() {
        assertThat(app.security().login().login("nobody",
                "111111".toCharArray())).isInstanceOf(LoginService.WrongPin.class);
    }

    @Test
    void anUnknownNameCountsDownAndLocksExactlyAsARealNameWithWrongPins() {
        java.util.List<String> real = new java.util.ArrayList<>();
        java.util.List<String> unknown = new java.util.ArrayList<>();
        for (int i = 0; i < LoginService.MAX_FAILURES + 1; i++) {
            real.add(answer(app.security().login().login("agen1", "000000".toCharArray())));
            unknown.add(answer(app.security().login().login("agen9", "000000".toCharArray())));
        }

        assertThat(unknown).isEqualTo(real)
                .startsWith("wrong, 4 left", "wrong, 3 left").endsWith("locked", "locked");
    }

    @Test
    void anUnknownNamesCountIsKeptWhenLoketStartsAgainAsARealNamesIs() {
        app.security().login().login("agen1", "000000".toCharArray());
        app.security().login().login("agen9", "000000".toCharArray());
        app.close();
        app = AppContext.open(TestApps.settings(dir), TestApps.FIRST_DAY);

        assertThat(answer(app.security().login().login("agen9", "000000".toCharArray())))
                .isEqualTo(answer(app.security().login().login("agen1", "000000".toCharArray())))
                .isEqualTo("wrong, 3 left");
    }

    @Test
    void aLongTypedNameIsCountedUnderItsFirstSixtyCharacters() {
        String typed = "x".repeat(200);
        app.security().login().login(typed, "000000".toCharArray());

        assertThat(app.security().login().login(typed, "000000".toCharArray()))
                .isEqualTo(new LoginService.WrongPin(LoginService.MAX_FAILURES - 2));
    }

    /** The answer as a person sees it: the words do not show the lock's time, which differs by a second. */
    private static String answer(LoginService.LoginResult result) {
        if (result instanceof LoginService.WrongPin wrong) {
            return "wrong, " + wrong.triesLeft() + " left";
        }
        return result instanceof LoginService.Locked ? "locked" : "logged in";
    }

    @Test
    void aVeryLongTypedNameIsJustAWrongLogin() {
        assertThat(app.security().login().login("6471054707500003".repeat(10), "111111".toCharArray()))
                .isInstanceOf(LoginService.WrongPin.class);
    }

    @Test
    void repeatedWrongPinsLockTheAccountEvenAgainstTheRightPin() {
        for (int i = 0; i < LoginService.MAX_FAILURES; i++) {
            app.security().login().login("agen1", "000000".toCharArray());
        }
        assertThat(app.security().login().login("agen1",
                "111111".toCharArray())).isInstanceOf(LoginService.Locked.class);
    }

    @Test
    void theCallersPinIsWipedAfterTheCheck() {
        char[] pin = "111111".toCharArray();
        app.security().login().login("agen1", pin);
        assertThat(new String(pin)).isEqualTo("\0\0\0\0\0\0");
    }
}
