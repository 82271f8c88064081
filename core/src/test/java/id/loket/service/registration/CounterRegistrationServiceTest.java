package id.loket.service.registration;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.service.security.LoginService;
import id.loket.wiring.AppContext;
import id.loket.domain.account.Agent;
import id.loket.domain.audit.AuditAction;
import id.loket.domain.household.Household;
import id.loket.domain.household.HouseholdMatch;
import id.loket.domain.household.RtRef;
import id.loket.domain.nik.Nik;
import id.loket.domain.queue.Lane;
import id.loket.domain.queue.Ticket;
import id.loket.domain.registration.FailureReason;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Registration at the counter through the services, on a real H2 file with the demo office: each path,
 * the outcomes with their reason or follow-up, a refusal, duplicates, walk-ins, members, reprints and
 * the ASN flag.
 */
class CounterRegistrationServiceTest {

    /** A NIK and KK the demo office does not have (serial 9876): a man born 12 March 1960. */
    private static final String NEW_NIK = "6471051203609876";
    private static final String NEW_KK = "6471052010269876";

    @TempDir
    Path dir;
    private AppContext app;
    private Agent agent;
    private List<String> unregistered;

    @BeforeEach
    void open() {
        app = TestApps.withDemoData(dir, 300);
        agent = ((LoginService.LoggedIn) app.security().login().login("agen1", "111111".toCharArray())).agent();
        unregistered = unregisteredNiks();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @ParameterizedTest
    @EnumSource(RegistrationPath.class)
    void eachPathIsSavedAndPrintedWithItsWordsOnTheReceipt(RegistrationPath path) throws IOException {
        app.queue().tickets().issue("PERLINSOS", Lane.REGULAR);
        Ticket ticket = app.queue().counter().callNext(agent).orElseThrow();
        Household household = household(unregistered.get(0));
        RegistrationDraft draft = new RegistrationDraft(household.id(), Optional.of(ticket.id()), path,
                IkdState.ALREADY_ACTIVE, Optional.of("081234567890"), true, Outcome.BERHASIL, Optional.empty(),
                Optional.of("PLS-777"));

        RegistrationService.Saved saved = (RegistrationService.Saved) app.registration().registrations().save(draft,
                agent);

        assertThat(saved.registration().path()).isEqualTo(path);
        assertThat(saved.print().printed()).isTrue();
        String receipt = text(saved.receiptPdf());
        assertThat(receipt).contains(app.foundation().texts().text("registration.path." + path.name()))
                .contains("A-001").contains("PLS-777").contains(household.headNik().masked())
                .doesNotContain(household.headNik().digits());
        if (path == RegistrationPath.MANDIRI_IKD) {
            assertThat(receipt).contains("aplikasi IKD");
        }
        assertThat(app.registration().lookup().lookup(household.headNik().digits(),
                agent).status().orElseThrow().alreadyRegistered())
                .isTrue();
    }

    @Test
    void aFailureCarriesItsListedReasonAndTheNoteOnTheReceipt() throws IOException {
        Household household = household(unregistered.get(0));
        RegistrationDraft draft = new RegistrationDraft(household.id(), Optional.empty(), RegistrationPath.OLEH_AGEN,
                IkdState.FAILED, Optional.empty(), true, Outcome.GAGAL, Optional.of("dicoba 3 kali"), Optional.empty(),
                Optional.of(FailureReason.NO_OTP), Optional.empty());

        RegistrationService.Saved saved = (RegistrationService.Saved) app.registration().registrations().save(draft,
                agent);

        assertThat(saved.registration().failureReason()).contains(FailureReason.NO_OTP);
        assertThat(text(saved.receiptPdf())).contains("Gagal: Kode OTP tidak masuk. dicoba 3 kali")
                .contains("Bawa KTP-el dan Kartu Keluarga");
        assertThat(app.registration().lookup().lookup(household.headNik().digits(),
                agent).status().orElseThrow().alreadyRegistered())
                .as("a failed attempt leaves the household to be registered").isFalse();
    }

    @Test
    void aFollowUpSaysOnTheReceiptWhenToComeBack() throws IOException {
        Household household = household(unregistered.get(0));
        RegistrationDraft draft = new RegistrationDraft(household.id(), Optional.empty(),
                RegistrationPath.DIBANTU_PONSEL_WARGA, IkdState.FAILED, Optional.empty(), true,
                Outcome.PERLU_TINDAK_LANJUT, Optional.of("KK belum diperbarui"), Optional.empty(), Optional.empty(),
                Optional.of(LocalDate.of(2026, 6, 8)));

        RegistrationService.Saved saved = (RegistrationService.Saved) app.registration().registrations().save(draft,
                agent);

        assertThat(saved.registration().followUpOn()).contains(LocalDate.of(2026, 6, 8));
        assertThat(text(saved.receiptPdf()).replaceAll("\\s+", " "))
                .contains("Senin, 8 Juni 2026").contains("HP Anda").contains("Pengaduan");
    }

    @Test
    void aRefusalIsCountedWithoutAnyPersonalDataOrRegistration() {
        app.queue().tickets().issue("PERLINSOS", Lane.REGULAR);
        Ticket ticket = app.queue().counter().callNext(agent).orElseThrow();
        int registered = app.reporting().progress().current().registered();

        app.registration().registrations().recordRefusal(Optional.of(ticket.id()), RegistrationPath.OLEH_AGEN, agent);

        assertThat(app.registration().registrations().refusalsToday()).isEqualTo(1);
        assertThat(app.reporting().progress().current().registered()).isEqualTo(registered);
        LocalDate today = LocalDate.of(2026, 6, 4);
        assertThat(app.security().auditTrail().search(today, today, Optional.of("agen1"),
                Optional.of(AuditAction.CONSENT_REFUSED)))
                .singleElement().satisfies(event -> assertThat(event.toString()).doesNotContainPattern("\\d{16}"));
    }

    @Test
    void aMemberFoundByTheKkIsNamedNotTheHeadAndIsFoundByTheirOwnNikNextTime() {
        Household household = household(unregistered.get(0));
        HouseholdLookup.Found byKk = app.registration().lookup().find(new HouseholdLookup.Query(NEW_NIK,
                household.kkNumber().orElseThrow().digits(), Optional.empty(), Optional.empty()), agent);
        assertThat(byKk.match().route()).isEqualTo(HouseholdMatch.Route.KK_NUMBER);
        assertThat(byKk.status().orElseThrow().household().id()).isEqualTo(household.id());
        assertThat(byKk.duplicates()).singleElement().satisfies(duplicate -> {
            assertThat(duplicate.kind()).isEqualTo(HouseholdMatch.ConflictKind.NIK_NOT_HEAD);
            assertThat(duplicate.maskedKk()).isEqualTo(household.kkNumber().orElseThrow().masked());
        });

        Nik member = app.registration().lookup().check(NEW_NIK).nik().orElseThrow();
        app.registration().registrations().save(draft(household), agent,
                Optional.of(new RegistrationService.Member(member, "ISTRI CONTOH", Optional.empty(), Optional.empty())));

        HouseholdLookup.Found byNik = app.registration().lookup().find(HouseholdLookup.Query.byNik(NEW_NIK), agent);
        assertThat(byNik.match().route()).isEqualTo(HouseholdMatch.Route.MEMBER_NIK);
        assertThat(byNik.status().orElseThrow().household().id()).isEqualTo(household.id());
        assertThat(byNik.status().orElseThrow().alreadyRegistered()).isTrue();
    }

    @Test
    void aHeadWhoIsAlsoAMemberElsewhereAndAKkOfAnotherHouseholdAreBothWarnedOf() {
        Household first = household(unregistered.get(0));
        Household second = household(unregistered.get(1));
        Household third = household(unregistered.get(2));
        // The head of the first household was once recorded as a member of the second.
        app.registration().registrations().save(draft(second), agent,
                Optional.of(new RegistrationService.Member(first.headNik(),
                first.headName(), Optional.empty(), Optional.empty())));

        HouseholdLookup.Found found = app.registration().lookup()
                .find(new HouseholdLookup.Query(first.headNik().digits(),
                third.kkNumber().orElseThrow().digits(), Optional.empty(), Optional.empty()), agent);

        assertThat(found.status().orElseThrow().household().id()).isEqualTo(first.id());
        assertThat(found.duplicates()).extracting(HouseholdLookup.Duplicate::kind, HouseholdLookup.Duplicate::maskedKk)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(HouseholdMatch.ConflictKind.NIK_MEMBER_ELSEWHERE,
                                second.kkNumber().orElseThrow().masked()),
                        org.assertj.core.groups.Tuple.tuple(HouseholdMatch.ConflictKind.KK_ELSEWHERE,
                                third.kkNumber().orElseThrow().masked()));
    }

    @Test
    void aWalkInIsAddedOffTheListFoundAfterwardsAndCannotBeAddedTwice() {
        List<RtRef> rts = app.registration().lookup().rts();
        assertThat(rts).isNotEmpty();
        HouseholdLookup.Found before = app.registration().lookup().find(HouseholdLookup.Query.byNik(NEW_NIK), agent);
        assertThat(before.searched()).isTrue();
        assertThat(before.match().route()).isEqualTo(HouseholdMatch.Route.NONE);

        HouseholdLookup.WalkInResult added = app.registration().lookup().addWalkIn(
                new HouseholdLookup.WalkIn(NEW_NIK, NEW_KK, "WARGA BARU", Optional.of(rts.get(0))), agent);

        assertThat(added).isInstanceOf(HouseholdLookup.Added.class);
        HouseholdLookup.Found after = app.registration().lookup().find(HouseholdLookup.Query.byNik(NEW_NIK), agent);
        assertThat(after.status().orElseThrow().household().rt()).isEqualTo(rts.get(0));
        assertThat(after.flags().onRtList()).isFalse();
        assertThat(app.reporting().progress().current().households())
                .as("the RT lists' totals count listed households; the walk-in is followed up apart").isEqualTo(300);
        assertThat(app.registration().lookup().addWalkIn(new HouseholdLookup.WalkIn(NEW_NIK, NEW_KK, "WARGA BARU",
                Optional.of(rts.get(0))), agent))
                .isInstanceOfSatisfying(HouseholdLookup.NotAdded.class, refused -> assertThat(refused.problems())
                        .extracting(m -> m.key()).containsExactly("counter.walkIn.nikKnown"));
    }

    @Test
    void aWalkInNeedsNameAndRtButNotAKkNumberAndSaysWhichIsMissing() {
        HouseholdLookup.WalkInResult result = app.registration().lookup().addWalkIn(
                new HouseholdLookup.WalkIn(NEW_NIK, "", " ", Optional.empty()), agent);
        assertThat(result).isInstanceOfSatisfying(HouseholdLookup.NotAdded.class, refused -> assertThat(refused.problems())
                .extracting(m -> m.key()).containsExactly("counter.walkIn.noName", "counter.walkIn.noRt"));
        // A KK number that is given must be right.
        assertThat(app.registration().lookup().addWalkIn(new HouseholdLookup.WalkIn(NEW_NIK, "123", "X",
                Optional.of(app.registration().lookup().rts().get(0))),
                        agent)).isInstanceOf(HouseholdLookup.NotAdded.class);
        Household listed = household(unregistered.get(0));
        assertThat(app.registration().lookup().addWalkIn(new HouseholdLookup.WalkIn(NEW_NIK,
                listed.kkNumber().orElseThrow().digits(), "X",
                Optional.of(listed.rt())), agent))
                .isInstanceOfSatisfying(HouseholdLookup.NotAdded.class, refused -> assertThat(refused.problems())
                        .extracting(m -> m.key()).containsExactly("counter.walkIn.kkKnown"));
    }

    @Test
    void residentsWithoutTheirFamilyCardAreServedRecordedExportedAndTheListsStillImport() throws IOException {
        RtRef rt = app.registration().lookup().rts().get(0);
        String secondNik = "6471051203609877";
        for (String nik : List.of(NEW_NIK, secondNik)) {
            assertThat(app.registration().lookup().addWalkIn(new HouseholdLookup.WalkIn(nik, "", "WARGA TANPA KK",
                    Optional.of(rt)),
                    agent)).as("two walk-ins without a KK number do not clash").isInstanceOf(HouseholdLookup.Added.class);
        }
        Household walkIn = household(NEW_NIK);
        assertThat(walkIn.kkNumber()).isEmpty();
        assertThat(app.registration().registrations().save(draft(walkIn),
                agent)).isInstanceOf(RegistrationService.Saved.class);
        assertThat(app.registration().lookup().find(HouseholdLookup.Query.byNik(NEW_NIK), agent).status().orElseThrow()
                .alreadyRegistered()).isTrue();

        StringWriter csv = new StringWriter();
        app.registration().householdExport().write(csv, "lurah");
        assertThat(csv.toString().lines().filter(line -> line.contains(NEW_NIK)))
                .containsExactly("," + NEW_NIK + ",WARGA TANPA KK," + rt.rt() + "," + rt.rw() + ",yes");

        Path list = Files.writeString(dir.resolve("rt.csv"), "No,No KK,NIK,Nama,Alamat,RT,RW,No HP\n"
                + "1,6471052010269878,6471051203609878,BUDI BARU,Jl. Uji 1," + rt.rt() + "," + rt.rw() + ",\n");
        assertThat(app.lists().rtListImport().importFile(list, app.foundation().office().kelurahanCode(),
                "lurah").failure()).isEmpty();
        Path social = Files.writeString(dir.resolve("dinsos.csv"), "NIK;Desil\n" + NEW_NIK + ";1\n");
        assertThat(app.lists().casework().socialLists().importFile(social, "lurah").failure()).isEmpty();
        assertThat(household(NEW_NIK).kkNumber()).isEmpty();
    }

    @Test
    void aReceiptIsFoundByItsQrAndPrintedAgainAsACopyWithTheTimeOfTheReprint() throws IOException {
        Household household = household(unregistered.get(0));
        RegistrationService.Saved saved = (RegistrationService.Saved) app.registration().registrations()
                .save(draft(household), agent);
        assertThat(text(saved.receiptPdf())).doesNotContain("SALINAN");

        RegistrationService.Found found = app.registration().registrations()
                .findReceipt(saved.registration().qrPayload(), agent)
                .orElseThrow();
        assertThat(found.household().id()).isEqualTo(household.id());
        assertThat(app.registration().registrations().findReceipt("LOKET-REG:REG-999999", agent)).isEmpty();

        RegistrationService.Reprinted again = app.registration().registrations().reprint(found.registration().id(),
                agent);

        assertThat(again.print().printed()).isTrue();
        assertThat(text(again.receiptPdf())).contains("SALINAN").containsPattern("Dicetak ulang \\S.*\\d{2}[.:]\\d{2}")
                .contains(saved.registration().code()).contains(household.headNik().masked())
                .contains(agent.displayName());
        assertThat(saved.receiptPath()).as("the first receipt is kept as it was").exists();
    }

    @Test
    void aHouseholdRegisteredOnAnEarlierDayWithoutAKeptReceiptGetsACopyMadeFromTheRecord() throws IOException {
        // The demo office's registrations were saved on earlier days and have no receipt kept at all.
        String registeredNik = registeredNiks().get(0);
        var status = app.registration().lookup().lookup(registeredNik, agent).status().orElseThrow();
        var registration = status.latest().orElseThrow();
        assertThat(registration.savedAt().toLocalDate()).isBefore(app.reporting().progress().today());

        RegistrationService.Reprinted copy = app.registration().registrations().reprint(registration.id(), agent);

        assertThat(copy.print().printed()).isTrue();
        assertThat(text(copy.receiptPdf())).contains("SALINAN").contains(registration.code())
                .contains(status.household().headNik().masked());
    }

    @Test
    void aCopyInEnglishSaysCopy() throws IOException {
        try (AppContext english = TestApps.withDemoData(dir.resolve("en"), 60, "ui.language", "en")) {
            Agent agen = ((LoginService.LoggedIn) english.security().login().login("agen1",
                    "111111".toCharArray())).agent();
            String nik = csvRows(english).filter(l -> l.endsWith(",yes")).map(l -> l.split(",")[1]).findFirst()
                    .orElseThrow();
            var registration = english.registration().lookup().lookup(nik,
                    agen).status().orElseThrow().latest().orElseThrow();

            String copy = text(english.registration().registrations().reprint(registration.id(), agen).receiptPdf());

            assertThat(copy).contains("COPY").contains("Printed again").doesNotContain("SALINAN");
        }
    }

    @Test
    void anAsnHeadIsFlaggedWithAUnitFromTheSettingsAndCountedInTheReport() {
        Household household = household(unregistered.get(0));
        String unit = app.registration().registrations().asnUnits().get(0);
        int before = asnCount(unit);

        assertThat(app.registration().registrations().flagAsn(household.id(), "Dinas Yang Tidak Ada", agent))
                .extracting(m -> m.key()).containsExactly("counter.asn.pickUnit");
        assertThat(app.registration().registrations().flagAsn(household.id(), unit, agent)).isEmpty();

        assertThat(asnCount(unit)).isEqualTo(before + 1);
        assertThat(app.registration().lookup().find(HouseholdLookup.Query.byNik(household.headNik().digits()),
                agent).flags())
                .satisfies(flags -> {
                    assertThat(flags.asn()).isTrue();
                    assertThat(flags.asnUnit()).contains(unit);
                });
    }

    @Test
    void theDefaultAsnUnitsAreBalikpapansDepartmentsAndKecamatan() {
        assertThat(app.registration().registrations().asnUnits()).contains("Dinas Sosial",
                "Kecamatan Balikpapan Selatan")
                .doesNotHaveDuplicates();
    }

    private int asnCount(String unit) {
        return app.reporting().progress().asn().stream().filter(u -> u.unit().equals(unit))
                .mapToInt(id.loket.storage.HouseholdRepository.AsnUnit::households).sum();
    }

    private static RegistrationDraft draft(Household household) {
        return new RegistrationDraft(household.id(), Optional.empty(), RegistrationPath.OLEH_AGEN,
                IkdState.ACTIVATED_HERE, Optional.empty(), true, Outcome.BERHASIL, Optional.empty(),
                Optional.of("PLS-1"));
    }

    private Household household(String nik) {
        return app.registration().lookup().lookup(nik, agent).status().orElseThrow().household();
    }

    private List<String> unregisteredNiks() {
        return csvRows(app).filter(l -> l.endsWith(",no")).map(l -> l.split(",")[1]).toList();
    }

    private List<String> registeredNiks() {
        return csvRows(app).filter(l -> l.endsWith(",yes")).map(l -> l.split(",")[1]).toList();
    }

    private static java.util.stream.Stream<String> csvRows(AppContext context) {
        StringWriter csv = new StringWriter();
        try {
            context.registration().householdExport().write(csv, "test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString().lines().skip(1);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
