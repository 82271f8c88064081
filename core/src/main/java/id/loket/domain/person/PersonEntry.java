package id.loket.domain.person;

import id.loket.domain.text.Message;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing recorded here for a person: what it was, on which day, and whether it is done.
 *
 * @param on     the day it was recorded or happened; empty for a standing fact (on a list)
 * @param what   the entry in words ("Pendaftaran Perlinsos berhasil, REG-000012")
 * @param detail more words where there are some (the reason, the come-back day), never a full NIK
 */
public record PersonEntry(Optional<LocalDate> on, EntryState state, Message what, Optional<Message> detail) {

    public PersonEntry {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(detail, "detail");
    }

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /** A day as the counter writes it (dd-mm-yyyy), for a message's argument. */
    public static String day(LocalDate day) {
        return SHOWN.format(day);
    }

    public static PersonEntry on(LocalDate day, EntryState state, Message what) {
        return new PersonEntry(Optional.of(day), state, what, Optional.empty());
    }

    public PersonEntry withDetail(Message more) {
        return new PersonEntry(on, state, what, Optional.of(more));
    }
}
