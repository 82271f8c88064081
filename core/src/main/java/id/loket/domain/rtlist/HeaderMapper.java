package id.loket.domain.rtlist;

import id.loket.domain.text.Message;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises the headers RT lists are written with, whatever their case, punctuation and spacing:
 * "No KK", "No. KK", "NOMOR KK" and "no_kk" are one header. A note in brackets is ignored, so
 * "NIK (16 digit)" is "NIK".
 *
 * <p>Some names are more specific than others: in a list with both "NIK" and "NIK Kepala Keluarga",
 * the second is the head's NIK and the first is left unused. Two equally good candidates for one field
 * are a layout problem, never a guess.
 */
public final class HeaderMapper {

    /** How many rows from the top of a table are searched for the header row; rows above it are titles. */
    public static final int SEARCH_ROWS = 20;

    /** Names with "kepala keluarga" (or "KK") in them beat the bare name. */
    private static final int SPECIFIC = 1;
    private static final int GENERAL = 2;

    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");
    private static final Map<String, Candidate> NAMES = names();

    private record Candidate(RtListField field, int rank) {
    }

    /**
     * The outcome for one row of headers.
     *
     * @param mapping    present when every required field was found, once
     * @param problems   what is missing or doubled, for a person to fix; empty exactly when mapped
     * @param recognised how many headers named a field, to pick the most header-like row to report
     */
    public record Match(Optional<HeaderMapping> mapping, List<Message> problems, int recognised) {
        public Match {
            problems = List.copyOf(problems);
            if (mapping.isPresent() != problems.isEmpty()) {
                throw new IllegalArgumentException("a mapping exists exactly when there are no problems");
            }
        }
    }

    private HeaderMapper() {
    }

    public static Match match(int line, List<String> headers) {
        Map<RtListField, Integer> best = new EnumMap<>(RtListField.class);
        Map<RtListField, Integer> bestRank = new EnumMap<>(RtListField.class);
        List<Message> problems = new ArrayList<>();
        int recognised = 0;
        for (int column = 0; column < headers.size(); column++) {
            Candidate candidate = NAMES.get(normalise(headers.get(column)));
            if (candidate == null) {
                continue;
            }
            recognised++;
            RtListField field = candidate.field();
            Integer rank = bestRank.get(field);
            if (rank == null || candidate.rank() < rank) {
                best.put(field, column);
                bestRank.put(field, candidate.rank());
            } else if (candidate.rank() == rank) {
                problems.add(Message.of("import.layout.twice", headers.get(best.get(field)).strip(),
                        headers.get(column).strip()));
            }
        }
        // Separate RT and RW columns win over a combined one; a lone RT or RW beside a combined column is unused.
        if (best.containsKey(RtListField.RT) && best.containsKey(RtListField.RW)) {
            best.remove(RtListField.RT_RW);
        } else if (best.containsKey(RtListField.RT_RW)) {
            best.remove(RtListField.RT);
            best.remove(RtListField.RW);
        }
        addMissing(best, problems);
        Optional<HeaderMapping> mapping = problems.isEmpty()
                ? Optional.of(new HeaderMapping(line, headers, best)) : Optional.empty();
        return new Match(mapping, problems, recognised);
    }

    private static void addMissing(Map<RtListField, Integer> found, List<Message> problems) {
        if (!found.containsKey(RtListField.KK_NUMBER)) {
            problems.add(Message.of("import.layout.missing.kk"));
        }
        if (!found.containsKey(RtListField.HEAD_NIK)) {
            problems.add(Message.of("import.layout.missing.nik"));
        }
        if (!found.containsKey(RtListField.HEAD_NAME)) {
            problems.add(Message.of("import.layout.missing.name"));
        }
        if (!found.containsKey(RtListField.RT_RW)) {
            if (!found.containsKey(RtListField.RT)) {
                problems.add(Message.of("import.layout.missing.rt"));
            }
            if (!found.containsKey(RtListField.RW)) {
                problems.add(Message.of("import.layout.missing.rw"));
            }
        }
    }

    /** Lower case letters and digits only, bracketed notes removed: "No. KK (16 digit)" is "nokk". */
    public static String normalise(String header) {
        String text = BRACKETED.matcher(header == null ? "" : header).replaceAll("");
        StringBuilder key = new StringBuilder(text.length());
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                key.append(c);
            }
        }
        return key.toString();
    }

    private static Map<String, Candidate> names() {
        Map<String, Candidate> names = new HashMap<>();
        add(names, RtListField.KK_NUMBER, SPECIFIC, "nokk", "nomorkk", "nkk", "nokartukeluarga",
                "nomorkartukeluarga", "kartukeluarga", "nomorkartukeluargakk");
        add(names, RtListField.KK_NUMBER, GENERAL, "kk");
        add(names, RtListField.HEAD_NIK, SPECIFIC, "nikkepalakeluarga", "nikkk", "nikkepala", "nikkepalakk",
                "nomornikkepalakeluarga");
        add(names, RtListField.HEAD_NIK, GENERAL, "nik", "nomornik", "nonik", "noktp", "nomorktp", "nikktp");
        add(names, RtListField.HEAD_NAME, SPECIFIC, "namakepalakeluarga", "namakk", "namakepala", "namakepalakk");
        add(names, RtListField.HEAD_NAME, GENERAL, "nama", "namalengkap", "namawarga");
        add(names, RtListField.ADDRESS, SPECIFIC, "alamat", "alamatlengkap", "alamatrumah", "alamatdomisili",
                "jalan");
        add(names, RtListField.RT, SPECIFIC, "rt", "nort", "nomorrt");
        add(names, RtListField.RW, SPECIFIC, "rw", "norw", "nomorrw");
        add(names, RtListField.RT_RW, SPECIFIC, "rtrw", "nortrw", "nomorrtrw");
        add(names, RtListField.PHONE, SPECIFIC, "nohp", "nomorhp", "hp", "telepon", "telp", "notelp", "notelepon",
                "nomortelepon", "notlp", "nowa", "nomorwa", "whatsapp", "nohpwa", "ponsel", "nomorponsel",
                "handphone", "nohandphone");
        add(names, RtListField.ASN, SPECIFIC, "asn", "statusasn", "pns", "asnpns");
        add(names, RtListField.ASN_UNIT, SPECIFIC, "perangkatdaerah", "opd", "unitkerja", "instansi",
                "perangkatdaerahasn", "unitkerjaasn");
        add(names, RtListField.DESIL, SPECIFIC, "desil", "desildtsen", "desilkesejahteraan", "desildtks");
        add(names, RtListField.PKH, SPECIFIC, "pkh", "penerimapkh", "statuspkh");
        return Map.copyOf(names);
    }

    private static void add(Map<String, Candidate> names, RtListField field, int rank, String... keys) {
        for (String key : keys) {
            if (names.put(key, new Candidate(field, rank)) != null) {
                throw new IllegalStateException("header name listed twice: " + key);
            }
        }
    }
}
