package id.loket.support;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Invented heads of household with structurally valid NIK and KK numbers (Balikpapan Selatan), and
 * RT list files written the ways offices write them.
 */
public final class RtListFixtures {

    public static final String HEADER = "No,No KK,NIK,Nama,Alamat,RT,RW,No HP";
    private static final String[] NAMES = {"Ahmad Saputra", "Siti Aminah", "H. Abdul Rahman, S.Pd.",
            "Nur'aini", "Drs. La Ode Muh. Sa'ad", "Budi Santoso", "Hj. Ratna Dewi", "Yohanes O'Neil",
            "Andi Tenri Ajeng", "Daeng Marewa"};

    /** One head of household as a list writes them. */
    public record Head(String kk, String nik, String name, String address, int rt, int rw, String phone) {

        public Head withName(String other) {
            return new Head(kk, nik, other, address, rt, rw, phone);
        }

        public Head withRt(int otherRt, int otherRw) {
            return new Head(kk, nik, name, address, otherRt, otherRw, phone);
        }

        public Head withNik(String other) {
            return new Head(kk, other, name, address, rt, rw, phone);
        }

        /** The row under {@link #HEADER}, numbered. */
        public List<String> row(int number) {
            return List.of(String.valueOf(number), kk, nik, name, address, String.valueOf(rt), String.valueOf(rw),
                    phone);
        }
    }

    private final Random random;
    private final Set<String> used = new HashSet<>();

    public RtListFixtures(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} heads spread over {@code rts} RTs, five RTs to an RW, in list order. */
    public List<Head> heads(int count, int rts) {
        List<Head> heads = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int rtIndex = (int) ((long) i * rts / count);
            heads.add(head(rtIndex % 5 + 1, rtIndex / 5 + 1));
        }
        return heads;
    }

    public Head head(int rt, int rw) {
        boolean woman = random.nextInt(4) == 0;
        LocalDate born = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(365 * 60));
        String nik = unique("647105" + birthDigits(born, woman));
        String kk = unique("647105" + birthDigits(LocalDate.of(2010, 1, 1).plusDays(random.nextInt(5000)), false));
        String name = NAMES[random.nextInt(NAMES.length)];
        String phone = random.nextBoolean() ? "08" + (1_000_000_000L + random.nextInt(900_000_000)) : "";
        return new Head(kk, nik, name, "Jl. Mulawarman No. " + (1 + random.nextInt(200)), rt, rw, phone);
    }

    private static String birthDigits(LocalDate day, boolean woman) {
        return String.format("%02d%02d%02d", day.getDayOfMonth() + (woman ? 40 : 0), day.getMonthValue(),
                day.getYear() % 100);
    }

    /** Adds a serial that no earlier number has; the serial never ends in 0, so no number looks cut short. */
    private String unique(String twelveDigits) {
        while (true) {
            int serial = 1 + random.nextInt(9999);
            if (serial % 10 == 0) {
                continue;
            }
            String number = twelveDigits + String.format("%04d", serial);
            if (used.add(number)) {
                return number;
            }
        }
    }

    /** CSV text: the header line, then the rows, fields quoted where needed, lines ended by {@code eol}. */
    public static String csv(char separator, String eol, String header, List<List<String>> rows) {
        StringBuilder text = new StringBuilder(header.replace(',', separator)).append(eol);
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    text.append(separator);
                }
                text.append(quoted(row.get(i), separator));
            }
            text.append(eol);
        }
        return text.toString();
    }

    public static String csv(List<Head> heads) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < heads.size(); i++) {
            rows.add(heads.get(i).row(i + 1));
        }
        return csv(',', "\r\n", HEADER, rows);
    }

    private static String quoted(String value, char separator) {
        if (value.indexOf(separator) >= 0 || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    public static Path write(Path file, String text) throws IOException {
        return write(file, text, StandardCharsets.UTF_8, false);
    }

    public static Path write(Path file, String text, Charset charset, boolean bom) throws IOException {
        byte[] body = text.getBytes(charset);
        byte[] bytes = body;
        if (bom) {
            bytes = new byte[body.length + 3];
            bytes[0] = (byte) 0xEF;
            bytes[1] = (byte) 0xBB;
            bytes[2] = (byte) 0xBF;
            System.arraycopy(body, 0, bytes, 3, body.length);
        }
        return Files.write(file, bytes);
    }
}
