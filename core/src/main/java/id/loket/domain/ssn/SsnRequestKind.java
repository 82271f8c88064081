package id.loket.domain.ssn;

import id.loket.domain.text.LabelPrefix;

/** What an SSN card request asks Diskominfo for (Perwali Samarinda 70/2025 Pasal 11). */
@LabelPrefix("ssn.kind.")
public enum SsnRequestKind {
    NEW_CARD,
    LOST_CARD,
    DAMAGED_CARD
}
