package id.loket.domain.ssn;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where the NIK and (optionally) the SSN card number are in the city's list of SSN recipients, found by
 * the header's words, as the city writes them: "NIK" or "Nomor Induk Kependudukan"; "Nomor Kartu",
 * "No. Kartu SSN", "Card number". Case, spaces and punctuation do not matter.
 */
public record RecipientColumns(int nik, OptionalInt card) {

    public static Optional<RecipientColumns> find(List<String> header) {
        OptionalInt nik = OptionalInt.empty();
        OptionalInt card = OptionalInt.empty();
        for (int i = 0; i < header.size(); i++) {
            String word = plain(header.get(i));
            if (nik.isEmpty() && (word.equals("nik") || word.startsWith("nomorindukkependudukan")
                    || word.equals("noinduk") || word.equals("niknomorindukkependudukan"))) {
                nik = OptionalInt.of(i);
            } else if (card.isEmpty() && (word.contains("kartu") || word.contains("card") || word.equals("ssn")
                    || word.equals("nomorssn") || word.equals("nossn"))) {
                card = OptionalInt.of(i);
            }
        }
        return nik.isPresent() ? Optional.of(new RecipientColumns(nik.getAsInt(), card)) : Optional.empty();
    }

    private static String plain(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
