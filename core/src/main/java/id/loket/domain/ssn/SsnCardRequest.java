package id.loket.domain.ssn;

import id.loket.domain.nik.Nik;
import java.time.LocalDateTime;
import java.util.Optional;

/** A saved SSN card request: "SSN-000001", for the receipt, the person page and Diskominfo's list. */
public record SsnCardRequest(long id, String code, Nik nik, String name, SsnRequestKind kind,
                             Optional<String> cardNumber, Optional<String> policeLetter, Optional<String> phone,
                             int counterNumber, String agent, LocalDateTime savedAt) {

    public static String codeFor(long sequence) {
        return String.format("SSN-%06d", sequence);
    }
}
