package id.loket.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.loket.domain.nik.Sex;
import id.loket.domain.queue.Lane;
import id.loket.domain.queue.Ticket;
import id.loket.domain.skm.AgeBand;
import id.loket.domain.skm.ElementTally;
import id.loket.domain.skm.RespondentProfile;
import id.loket.domain.skm.SkmElement;
import id.loket.domain.skm.SkmPeriod;
import id.loket.domain.skm.SkmResponse;
import id.loket.domain.skm.SkmSource;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SkmRepositoryTest {

    private static final LocalDate JUNE_4 = LocalDate.of(2026, 6, 4);

    @TempDir
    Path dir;
    private Database database;
    private Jdbc jdbc;
    private SkmRepository store;

    @BeforeEach
    void open() {
        database = Database.openEmbedded(dir.resolve("data"), DatabaseKey.loadOrCreate(dir.resolve("loket.key")));
        jdbc = new Jdbc(database.dataSource());
        store = new SkmRepository(jdbc);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static SkmResponse response(LocalDate day, String service, int... answers) {
        return new SkmResponse(day, service, answers, RespondentProfile.NONE, SkmSource.TOUCH);
    }

    @Test
    void answersAreSummedPerServiceWithSkippedQuestionsLeftOutOfTheirElement() {
        store.insert(response(JUNE_4, "PERLINSOS", 4, 4, 4, 4, 4, 4, 4, 4, 4));
        store.insertAll(List.of(response(JUNE_4, "PERLINSOS", 0, 2, 2, 2, 2, 2, 2, 2, 2),
                response(JUNE_4, "IKD", 3, 3, 3, 3, 3, 3, 3, 3, 3)));

        Map<String, ElementTally> tallies = store.tallies(SkmPeriod.month(YearMonth.of(2026, 6)));

        ElementTally perlinsos = tallies.get("PERLINSOS");
        assertThat(perlinsos.respondents()).isEqualTo(2);
        assertThat(perlinsos.sum(SkmElement.U1_PERSYARATAN)).isEqualTo(4);
        assertThat(perlinsos.answers(SkmElement.U1_PERSYARATAN)).isEqualTo(1);
        assertThat(perlinsos.sum(SkmElement.U9_SARANA)).isEqualTo(6);
        assertThat(tallies.get("IKD").respondents()).isEqualTo(1);
    }

    @Test
    void daysOutsideThePeriodAreLeftOutAndMonthsAreTalliedInOrder() {
        store.insert(response(LocalDate.of(2026, 5, 31), "IKD", 1, 1, 1, 1, 1, 1, 1, 1, 1));
        store.insert(response(JUNE_4, "IKD", 4, 4, 4, 4, 4, 4, 4, 4, 4));
        store.insert(response(LocalDate.of(2026, 7, 1), "PERLINSOS", 2, 2, 2, 2, 2, 2, 2, 2, 2));

        assertThat(store.tallies(SkmPeriod.month(YearMonth.of(2026, 6))).keySet()).containsExactly("IKD");
        assertThat(store.monthly(SkmPeriod.year(2026), Optional.empty()).keySet())
                .containsExactly(YearMonth.of(2026, 5), YearMonth.of(2026, 6), YearMonth.of(2026, 7));
        assertThat(store.monthly(SkmPeriod.year(2026), Optional.of("PERLINSOS")).keySet())
                .containsExactly(YearMonth.of(2026, 7));
    }

    @Test
    void profileCountsIncludeThoseWhoGaveNone() {
        store.insert(new SkmResponse(JUNE_4, "IKD", new int[] {3, 3, 3, 3, 3, 3, 3, 3, 3},
                new RespondentProfile(Optional.of(Sex.PEREMPUAN), Optional.of(AgeBand.OVER_55), Optional.empty(),
                        Optional.empty()), SkmSource.TOUCH));
        store.insert(response(JUNE_4, "IKD", 3, 3, 3, 3, 3, 3, 3, 3, 3));

        Map<String, Long> sexes = store.profileCounts(SkmPeriod.between(JUNE_4, JUNE_4), SkmRepository.ProfileColumn.SEX);

        assertThat(sexes).containsEntry("PEREMPUAN", 1L).containsEntry("", 1L);
    }

    @Test
    void theTableRefusesAnAnswerOutsideOneToFourEvenPastTheDomain() {
        assertThrows(StorageException.class, () -> jdbc.update(
                "INSERT INTO skm_response (service_day, service_code, u1, source) VALUES (?, 'IKD', 5, 'TOUCH')", JUNE_4));
    }

    @Test
    void theServedPopulationCountsFinishedTicketsOfThePeriodOnly() {
        TicketRepository tickets = new TicketRepository(jdbc);
        long agent = new AgentRepository(jdbc).insert("agen1", "Agen", id.loket.domain.account.Role.AGENT, "x", false);
        Ticket served = tickets.issue(JUNE_4, "IKD", Lane.REGULAR, 'B', JUNE_4.atTime(9, 0));
        tickets.issue(JUNE_4, "IKD", Lane.REGULAR, 'B', JUNE_4.atTime(9, 5));
        jdbc.update("UPDATE ticket SET status = 'DONE', agent_id = ? WHERE id = ?", agent, served.id());

        assertThat(store.served(SkmPeriod.between(JUNE_4, JUNE_4))).isEqualTo(1);
        assertThat(store.served(SkmPeriod.between(JUNE_4.plusDays(1), JUNE_4.plusDays(1)))).isZero();
    }
}
