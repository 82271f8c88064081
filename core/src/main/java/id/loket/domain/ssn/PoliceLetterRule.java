package id.loket.domain.ssn;

/**
 * Which requests need the police letter (surat keterangan kehilangan) recorded: the Perwali leaves it to
 * the office, so it is a setting. A new card never needs one.
 */
public record PoliceLetterRule(boolean forLost, boolean forDamaged) {

    public boolean required(SsnRequestKind kind) {
        return switch (kind) {
            case NEW_CARD -> false;
            case LOST_CARD -> forLost;
            case DAMAGED_CARD -> forDamaged;
        };
    }
}
