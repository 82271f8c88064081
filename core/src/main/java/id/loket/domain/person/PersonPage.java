package id.loket.domain.person;

import java.util.List;
import java.util.Optional;

/**
 * Everything this office recorded for one person, by programme, as the counter shows it: the NIK
 * masked, the name when any record holds it.
 */
public record PersonPage(String maskedNik, Optional<String> name, List<PersonSection> sections) {

    public PersonPage {
        sections = List.copyOf(sections);
    }

    /** Whether anything at all is recorded for this person here. */
    public boolean anything() {
        return sections.stream().anyMatch(section -> !section.entries().isEmpty());
    }
}
