package id.loket.domain.notice;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.domain.text.Message;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A notice's date range: both ends included, and the drafts that cannot be shown refused. */
class ServiceNoticeTest {

    private static final LocalDate FROM = LocalDate.of(2026, 6, 12);
    private static final LocalDate TO = LocalDate.of(2026, 6, 14);
    private final ServiceNotice notice = new ServiceNotice(1, "Jumat 12 Juni pelayanan sampai 11.00", FROM, TO,
            "lurah", LocalDateTime.of(2026, 6, 4, 9, 0));

    @Test
    void itIsInForceFromItsFirstDayToItsLastBothIncluded() {
        assertThat(notice.inForce(FROM.minusDays(1))).isFalse();
        assertThat(notice.inForce(FROM)).isTrue();
        assertThat(notice.inForce(TO)).isTrue();
        assertThat(notice.inForce(TO.plusDays(1))).isFalse();
    }

    @Test
    void aOneDayNoticeIsInForceThatDayOnly() {
        ServiceNotice oneDay = new ServiceNotice(2, "Tutup", FROM, FROM, "lurah", LocalDateTime.of(2026, 6, 4, 9, 0));
        assertThat(oneDay.inForce(FROM)).isTrue();
        assertThat(oneDay.inForce(FROM.plusDays(1))).isFalse();
    }

    @Test
    void aDraftThatEndsBeforeItStartsOrIsOverOrEmptyIsRefused() {
        LocalDate today = LocalDate.of(2026, 6, 4);
        assertThat(new NoticeDraft("x", Optional.of(TO), Optional.of(FROM)).problems(today))
                .containsExactly(Message.of("notice.problem.endsBeforeStart"));
        assertThat(new NoticeDraft("x", Optional.of(today.minusDays(3)), Optional.of(today.minusDays(1))).problems(today))
                .containsExactly(Message.of("notice.problem.alreadyOver"));
        assertThat(new NoticeDraft(" \u0007 ", Optional.empty(), Optional.of(TO)).problems(today))
                .containsExactly(Message.of("notice.problem.noText"), Message.of("notice.problem.noDates"));
        assertThat(new NoticeDraft("y".repeat(201), Optional.of(today), Optional.of(today)).problems(today))
                .containsExactly(Message.of("notice.problem.textTooLong", "200", "201"));
        assertThat(new NoticeDraft("Sampai 11.00", Optional.of(today), Optional.of(today)).problems(today)).isEmpty();
    }
}
