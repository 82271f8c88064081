package id.loket.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The slip a resident takes home after a complaint or suggestion: the number to ask with and the day the
 * office promised to answer by. It carries none of what the resident said: the kept copy then holds no
 * personal data beyond the fact of a complaint.
 *
 * @param kindLabel   "Pengaduan" or "Saran", in the resident's language
 * @param answerBy    the last day of the office's promise
 */
public record ComplaintSlipDocument(String officeName, String officeAddress, String number, String kindLabel,
                                    String serviceName, LocalDateTime receivedAt, LocalDate answerBy,
                                    boolean contactGiven) {

    public ComplaintSlipDocument {
        Require.notBlank(officeName, "officeName");
        Objects.requireNonNull(officeAddress, "officeAddress");
        Require.notBlank(number, "number");
        Require.notBlank(kindLabel, "kindLabel");
        Require.notBlank(serviceName, "serviceName");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(answerBy, "answerBy");
    }
}
