package id.loket.domain.skm;

import id.loket.domain.rtlist.HeaderMapper;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which column of a paper-survey sheet holds what: {@code tanggal,layanan,u1..u9}. Headers are matched
 * like the RT list's (case, spaces, punctuation and bracketed notes do not matter), and the usual
 * other names are accepted: "Tgl", "Jenis Layanan", "Unsur 1", "U01", "Q1".
 *
 * @param answers the column of each element, in element order
 * @param headerLine the line the headers were found on (1 = first line)
 */
public record SkmSheetColumns(int day, int service, List<Integer> answers, int headerLine) {

    private static final Set<String> DAY = Set.of("tanggal", "tgl", "date", "tanggalsurvei", "tanggallayanan",
            "tanggalpengisian", "hari");
    private static final Set<String> SERVICE = Set.of("layanan", "jenislayanan", "kodelayanan", "service",
            "servicecode", "unitlayanan", "kode");

    public SkmSheetColumns {
        answers = List.copyOf(answers);
        if (answers.size() != SkmElement.COUNT) {
            throw new IllegalArgumentException("nine answer columns expected");
        }
    }

    /** The columns of {@code headers} when all eleven are there, else empty. */
    public static Optional<SkmSheetColumns> find(int line, List<String> headers) {
        int day = -1;
        int service = -1;
        Integer[] answers = new Integer[SkmElement.COUNT];
        for (int i = 0; i < headers.size(); i++) {
            String name = HeaderMapper.normalise(headers.get(i));
            if (day < 0 && DAY.contains(name)) {
                day = i;
            } else if (service < 0 && SERVICE.contains(name)) {
                service = i;
            } else {
                int element = elementNumber(name);
                if (element > 0 && answers[element - 1] == null) {
                    answers[element - 1] = i;
                }
            }
        }
        if (day < 0 || service < 0 || java.util.Arrays.asList(answers).contains(null)) {
            return Optional.empty();
        }
        return Optional.of(new SkmSheetColumns(day, service, List.of(answers), line));
    }

    /** 1 to 9 for "u1", "u01", "unsur1", "q1", "p1", "pertanyaan1"; 0 for anything else. */
    private static int elementNumber(String name) {
        for (String prefix : List.of("unsur", "pertanyaan", "u", "q", "p")) {
            if (name.startsWith(prefix) && name.length() > prefix.length()) {
                String digits = name.substring(prefix.length());
                if (digits.matches("0?[1-9]")) {
                    return Integer.parseInt(digits);
                }
            }
        }
        return 0;
    }
}
