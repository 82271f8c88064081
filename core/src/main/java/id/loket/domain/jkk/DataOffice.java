package id.loket.domain.jkk;

import java.util.Objects;
import java.util.Optional;

/**
 * One row of Lampiran I: a job (or the fakir miskin group) and the Perangkat Daerah responsible for its
 * data, plus the documents that office asks for beyond the KTP-el, KK and the RT's letter.
 *
 * @param jobType empty on the fakir miskin / orang tidak mampu rows, which belong to no job type
 */
public record DataOffice(int rowNo, String jobLabel, Optional<JobType> jobType, String office,
                         Optional<String> extraDocuments) {

    public static final int MAX_OFFICE = 200;
    public static final int MAX_EXTRA_DOCUMENTS = 500;

    public DataOffice {
        Objects.requireNonNull(jobLabel, "jobLabel");
        Objects.requireNonNull(jobType, "jobType");
        Objects.requireNonNull(office, "office");
        extraDocuments = extraDocuments.map(String::strip).filter(text -> !text.isEmpty());
    }
}
