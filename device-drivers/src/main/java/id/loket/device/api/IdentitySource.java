package id.loket.device.api;

/** Where an identity record came from. */
public enum IdentitySource {
    /** Read from the e-KTP chip by Loket itself (needs the Dukcapil SAM and keys). */
    CHIP,
    /** Delivered decoded by a licensed reader vendor's local service or serial line. */
    VENDOR_BRIDGE,
    /** Only the contactless card's UID; the application looks up the NIK linked to it. */
    CARD_UID,
    /** Read from a QR code (e.g. the IKD app). */
    QR,
    /** Typed by the agent. */
    MANUAL
}
