package id.loket.domain.jkk;

import id.loket.domain.text.LabelPrefix;
import java.util.Set;

/**
 * Where a proposal stands (Perwali Pasal 7–8): the kelurahan proposes, the responsible Perangkat Daerah
 * verifies, BPJS Ketenagakerjaan checks the person is not a member yet, the Wali Kota's decision sets the
 * list, and the person is covered from the next year. It can be refused on any step before that, and a
 * covered person's cover ends for a reason of Pasal 10.
 */
@LabelPrefix("jkk.status.")
public enum ProposalStatus {
    DIAJUKAN,
    DIVERIFIKASI,
    DICEK_BPJS,
    DITETAPKAN,
    AKTIF,
    DITOLAK,
    BERHENTI;

    /** The steps that may follow this one; refused and ended proposals are final. */
    public Set<ProposalStatus> next() {
        return switch (this) {
            case DIAJUKAN -> Set.of(DIVERIFIKASI, DITOLAK);
            case DIVERIFIKASI -> Set.of(DICEK_BPJS, DITOLAK);
            case DICEK_BPJS -> Set.of(DITETAPKAN, DITOLAK);
            case DITETAPKAN -> Set.of(AKTIF, DITOLAK, BERHENTI);
            case AKTIF -> Set.of(BERHENTI);
            case DITOLAK, BERHENTI -> Set.of();
        };
    }

    public boolean canMoveTo(ProposalStatus next) {
        return next().contains(next);
    }
}
