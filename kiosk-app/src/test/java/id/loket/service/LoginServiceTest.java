package id.loket.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.app.AppContext;
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
        assertThat(app.login().login("lurah", "999999".toCharArray()))
                .isInstanceOfSatisfying(LoginService.LoggedIn.class,
                        in -> assertThat(in.agent().role().mayUseOffice()).isTrue());
    }

    @Test
    void aWrongPinSaysHowManyTriesAreLeft() {
        assertThat(app.login().login("agen1", "000000".toCharArray()))
                .isEqualTo(new LoginService.WrongPin(LoginService.MAX_FAILURES - 1));
    }

    @Test
    void anUnknownUserGetsTheSameAnswerAsAWrongPin() {
        assertThat(app.login().login("nobody", "111111".toCharArray())).isInstanceOf(LoginService.WrongPin.class);
    }

    @Test
    void aVeryLongTypedNameIsJustAWrongLogin() {
        assertThat(app.login().login("6471054707500003".repeat(10), "111111".toCharArray()))
                .isInstanceOf(LoginService.WrongPin.class);
    }

    @Test
    void repeatedWrongPinsLockTheAccountEvenAgainstTheRightPin() {
        for (int i = 0; i < LoginService.MAX_FAILURES; i++) {
            app.login().login("agen1", "000000".toCharArray());
        }
        assertThat(app.login().login("agen1", "111111".toCharArray())).isInstanceOf(LoginService.Locked.class);
    }

    @Test
    void theCallersPinIsWipedAfterTheCheck() {
        char[] pin = "111111".toCharArray();
        app.login().login("agen1", pin);
        assertThat(new String(pin)).isEqualTo("\0\0\0\0\0\0");
    }
}
