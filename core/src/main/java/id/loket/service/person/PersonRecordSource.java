package id.loket.service.person;

import id.loket.domain.person.PersonEntry;
import id.loket.domain.text.Message;
import java.util.List;
import java.util.Optional;

/**
 * One programme's part of the person page. Each programme that records something about a person here
 * (the Perlinsos registration, its case work, SSN card requests, the vulnerable workers' proposals ...)
 * brings its own source; {@link PersonRecords} reads them all in one transaction and audits the read
 * once. A source reads only; it never writes and never audits on its own.
 */
public interface PersonRecordSource {

    /** A short stable id: the section's node is {@code #person-section-<id>} on screen. */
    String id();

    /** The section's title, e.g. "Pendaftaran Perlinsos". */
    Message title();

    /** Everything this programme recorded for the person, in any order (the page sorts it). */
    List<PersonEntry> entries(PersonContext person);

    /** The person's name as this programme recorded it, when the household records do not hold it. */
    default Optional<String> nameOf(PersonContext person) {
        return Optional.empty();
    }
}
