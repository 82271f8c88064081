package id.loket.documents;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Documents as the counter would hand them to the renderers. */
final class Samples {

    static final String OFFICE = "Kelurahan Sukamaju";
    static final String ADDRESS = "Jl. Merdeka No. 12, Kecamatan Cibeunying Kidul, Kota Bandung 40121";
    static final LocalDateTime THURSDAY_MORNING = LocalDateTime.of(2026, 6, 4, 9, 15);

    private Samples() {
    }

    static TicketDocument ticket() {
        return new TicketDocument(OFFICE, ADDRESS, "A-023", "Pendaftaran Perlinsos", false,
                THURSDAY_MORNING, 3, "LOKET-T-20260604-A-023");
    }

    static TicketDocument priorityTicket() {
        return new TicketDocument(OFFICE, ADDRESS, "P-005", "Pekerja Rentan / BPJS Ketenagakerjaan", true,
                THURSDAY_MORNING.plusMinutes(7), 0, "LOKET-T-20260604-P-005");
    }

    static ReceiptDocument receipt() {
        return receiptWith("H. Abdul Rahman, S.Pd.", "A-023", "PLS-2026-8F3K22Q9", steps(3));
    }

    static ReceiptDocument receiptWith(String name, String ticketNumber, String portalReference,
                                       List<String> nextSteps) {
        return new ReceiptDocument(OFFICE, ADDRESS, THURSDAY_MORNING.plusMinutes(24), "REG-2026-000123",
                ticketNumber, "3273********0001", name, "003", "005",
                "Dibantu petugas dengan ponsel warga", "Sudah aktif", "Berhasil", portalReference,
                nextSteps, "Dewi Lestari", "LOKET-R-REG-2026-000123");
    }

    static List<String> steps(int count) {
        List<String> all = List.of(
                "Tunggu verifikasi dari Dinas Sosial dalam 14 hari kerja.",
                "Cek status pendaftaran di aplikasi atau portal Perlinsos dengan NIK Anda.",
                "Jika ada perubahan data keluarga, datang kembali ke kelurahan dengan KK terbaru.",
                "Bawa tanda terima ini bila Anda menanyakan pendaftaran ke kelurahan.",
                "Hubungi ketua RT bila ada undangan verifikasi lapangan.");
        List<String> steps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            steps.add(all.get(i % all.size()));
        }
        return steps;
    }
}
