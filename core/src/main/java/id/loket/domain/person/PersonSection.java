package id.loket.domain.person;

import id.loket.domain.text.Message;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One programme's part of the person page: its title and its entries, newest first (standing facts,
 * which have no day, first of all). An empty section is shown too: "nothing recorded yet" is what the
 * agent needs to know before entering anything.
 */
public record PersonSection(String id, Message title, List<PersonEntry> entries) {

    /** Standing facts first, then the newest day first; entries of one day keep their order. */
    static final Comparator<PersonEntry> NEWEST_FIRST = Comparator.comparing(
            (PersonEntry entry) -> entry.on().orElse(null), Comparator.nullsFirst(Comparator.reverseOrder()));

    public PersonSection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        entries = entries.stream().sorted(NEWEST_FIRST).toList();
    }

    /** The newest entry that is done, if any: what the agent must not do again. */
    public Optional<PersonEntry> latestDone() {
        return entries.stream().filter(entry -> entry.state() == EntryState.DONE).findFirst();
    }
}
