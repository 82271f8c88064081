package id.loket.support;

import id.loket.wiring.AppContext;
import id.loket.domain.account.Agent;
import id.loket.domain.household.Household;
import id.loket.domain.registration.FailureReason;
import id.loket.domain.registration.IkdState;
import id.loket.domain.registration.Outcome;
import id.loket.domain.registration.Registration;
import id.loket.domain.registration.RegistrationDraft;
import id.loket.domain.registration.RegistrationPath;
import id.loket.service.security.LoginService;
import id.loket.service.registration.RegistrationService;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * The demo office's households and registrations as the office-side tests need them: logged-in
 * accounts, the households not yet registered (found through the supervisor's export), and
 * registrations saved through the counter's own service.
 */
public final class CaseworkFixtures {

    /** A household as the export lists it. */
    public record Listed(String kk, String nik, String name, String rt, String rw, boolean registered) {
    }

    private final AppContext app;

    public CaseworkFixtures(AppContext app) {
        this.app = app;
    }

    public Agent agent() {
        return logIn("agen1", "111111");
    }

    public Agent supervisor() {
        return logIn("lurah", "999999");
    }

    private Agent logIn(String user, String pin) {
        return ((LoginService.LoggedIn) app.security().login().login(user, pin.toCharArray())).agent();
    }

    /** Every household, in RW, RT and name order. */
    public List<Listed> households() {
        StringWriter csv = new StringWriter();
        try {
            app.registration().householdExport().write(csv, "test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Parsed as CSV, not split at commas: names such as "H. Abdul Rahman, S.Pd." are quoted.
        try (CSVParser parser = CSVParser.parse(csv.toString(), CSVFormat.RFC4180)) {
            return parser.getRecords().stream().skip(1)
                    .map(c -> new Listed(c.get(0), c.get(1), c.get(2), c.get(3), c.get(4),
                            c.get(5).equals("yes")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Listed> unregistered() {
        return households().stream().filter(h -> !h.registered()).toList();
    }

    public Household household(String nik) {
        return app.registration().lookup().lookup(nik, agent()).status().orElseThrow().household();
    }

    /** A failed registration saved at the counter: GAGAL needs its listed reason there. */
    public Registration failed(String nik, FailureReason reason, String note) {
        return save(nik, Outcome.GAGAL, note, null, Optional.of(reason), Optional.empty());
    }

    /** A registration that needs a follow-up: the counter asks for a note and the day to come back. */
    public Registration followUp(String nik, String note, LocalDate comeBack) {
        return save(nik, Outcome.PERLU_TINDAK_LANJUT, note, null, Optional.empty(), Optional.of(comeBack));
    }

    /** A successful registration with the portal's reference. */
    public Registration succeeded(String nik, String reference) {
        return save(nik, Outcome.BERHASIL, null, reference, Optional.empty(), Optional.empty());
    }

    /** Saves a registration at the counter, as an agent does (the counter's rules apply), and returns it. */
    public Registration save(String nik, Outcome outcome, String note, String reference,
                             Optional<FailureReason> reason, Optional<LocalDate> comeBack) {
        RegistrationDraft draft = new RegistrationDraft(household(nik).id(), Optional.empty(),
                RegistrationPath.OLEH_AGEN, IkdState.NO_SMARTPHONE, Optional.of("081234567890"), true, outcome,
                Optional.ofNullable(note), Optional.ofNullable(reference), reason, comeBack);
        RegistrationService.SaveResult result = app.registration().registrations().save(draft, agent());
        if (result instanceof RegistrationService.Saved saved) {
            return saved.registration();
        }
        throw new AssertionError("not saved: " + result);
    }
}
