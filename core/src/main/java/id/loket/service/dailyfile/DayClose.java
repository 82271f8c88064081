package id.loket.service.dailyfile;

import id.loket.domain.audit.AuditAction;
import id.loket.domain.audit.AuditEvent;
import id.loket.domain.text.Message;
import id.loket.storage.AuditLog;
import id.loket.storage.StorageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The office's day close at {@code queue.day-closes-at}: the day's signed file goes into the outbox
 * ({@code dailyfile.outbox}) for a USB stick or a shared folder to take to the kecamatan. The close is
 * recorded in the audit log whether or not the file could be written, so a full or missing outbox never
 * stops the day from closing; the failure is said at the next start-up check and retried hourly.
 */
public final class DayClose {

    /** Who closes the day: the kiosk by itself, not a person. */
    public static final String ACTOR = "system";

    /** An outbox on a USB stick may come back; a closed day's file is tried again this often. */
    static final Duration RETRY_AFTER = Duration.ofHours(1);

    /** How far back the start-up check looks for a close whose file was not written. */
    static final Duration PROBLEM_HORIZON = Duration.ofDays(7);

    private static final String WRITTEN = "written ";
    private static final String NOT_WRITTEN = "not written ";
    private static final Logger LOG = LoggerFactory.getLogger(DayClose.class);

    /** One close: the file that went into the outbox, or why it could not, in words. */
    public record Outcome(LocalDate day, Optional<Path> file, Optional<Message> problem) {
    }

    private final DailyFiles files;
    private final AuditLog audit;
    private final Path outbox;
    private final LocalTime closesAt;
    private final Clock clock;

    public DayClose(DailyFiles files, AuditLog audit, Path outbox, LocalTime closesAt, Clock clock) {
        this.files = files;
        this.audit = audit;
        this.outbox = outbox;
        this.closesAt = closesAt;
        this.clock = clock;
    }

    /**
     * Closes whatever day is due: today once {@code closesAt} has passed, and yesterday when the PC was
     * used that day but switched off before its close. A day whose file was written is not closed again by itself.
     */
    public List<Outcome> closeIfDue() {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        List<AuditEvent> recent = audit.search(today.minusDays(1).atStartOfDay(), now.plusSeconds(1), Optional.empty(),
                Optional.of(AuditAction.DAY_CLOSED), 200);
        List<Outcome> done = new java.util.ArrayList<>();
        LocalDate yesterday = today.minusDays(1);
        if (due(recent, yesterday, now) && usedOn(yesterday)) {
            done.add(close(yesterday, ACTOR));
        }
        if (!now.toLocalTime().isBefore(closesAt) && due(recent, today, now)) {
            done.add(close(today, ACTOR));
        }
        return done;
    }

    /** A day nothing was done on (before the install, a holiday the PC stayed on) has no file to send. */
    private boolean usedOn(LocalDate day) {
        return !audit.search(day.atStartOfDay(), day.plusDays(1).atStartOfDay(), Optional.empty(), Optional.empty(), 1)
                .isEmpty();
    }

    private static boolean due(List<AuditEvent> recent, LocalDate day, LocalDateTime now) {
        List<AuditEvent> closes = recent.stream().filter(event -> day.toString().equals(event.entityId())).toList();
        if (closes.stream().anyMatch(event -> event.detail().startsWith(WRITTEN))) {
            return false;
        }
        // Newest first: a failed close is tried again once the outbox had time to come back.
        return closes.isEmpty() || closes.get(0).at().plus(RETRY_AFTER).isBefore(now);
    }

    /**
     * Closes {@code day}: writes its file into the outbox (replacing the one of an earlier close of the
     * same day, atomically) and records the close. An outbox that cannot be written is a problem in the
     * outcome and in the log, not a failure of the close.
     */
    public Outcome close(LocalDate day, String actor) {
        Outcome outcome;
        try {
            Path file = files.writeTo(outbox, day, actor);
            outcome = new Outcome(day, Optional.of(file), Optional.empty());
        } catch (IOException | UncheckedIOException e) {
            LOG.error("The day's file for {} could not be written to the outbox {}", day, outbox, e);
            outcome = new Outcome(day, Optional.empty(), Optional.of(notWritten(day)));
        } catch (StorageException e) {
            if (e.reason() != StorageException.Reason.KEY_UNUSABLE) {
                // The database itself failed: nothing is recorded, the next look tries the whole close again.
                throw e;
            }
            LOG.error("The day's file for {} could not be signed: the office signing key is unusable", day, e);
            outcome = new Outcome(day, Optional.empty(), Optional.of(notWritten(day)));
        }
        audit.record(actor, AuditAction.DAY_CLOSED, "day", day.toString(), outcome.file()
                .map(file -> WRITTEN + file)
                .orElse(NOT_WRITTEN + "to " + outbox));
        return outcome;
    }

    /**
     * The latest close of the last days whose file is not in the outbox (and no later close wrote it),
     * for the start-up check; empty when every close wrote its file.
     */
    public Optional<Message> unwrittenDay() {
        LocalDateTime now = LocalDateTime.now(clock);
        List<AuditEvent> closes = audit.search(now.minus(PROBLEM_HORIZON), now.plusSeconds(1), Optional.empty(),
                Optional.of(AuditAction.DAY_CLOSED), 200);
        java.util.Set<String> written = new java.util.HashSet<>();
        for (AuditEvent close : closes) {
            if (close.detail().startsWith(WRITTEN)) {
                written.add(close.entityId());
            } else if (!written.contains(close.entityId())) {
                return Optional.of(notWritten(LocalDate.parse(close.entityId())));
            }
        }
        return Optional.empty();
    }

    private Message notWritten(LocalDate day) {
        return Message.of("dayClose.notWritten", day.toString(), outbox.toString());
    }

    public Path outbox() {
        return outbox;
    }
}
