package id.loket.domain.ssn;

/** What an SSN card request asks Diskominfo for (Perwali Samarinda 70/2025 Pasal 11). */
public enum SsnRequestKind {
    NEW_CARD,
    LOST_CARD,
    DAMAGED_CARD
}
