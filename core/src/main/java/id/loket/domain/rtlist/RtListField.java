package id.loket.domain.rtlist;

import id.loket.domain.text.Message;

/**
 * A column an RT list can have. The order is the order of the report columns; the first five (or the
 * combined {@link #RT_RW} instead of {@link #RT} and {@link #RW}) must be present for a file to be read.
 */
public enum RtListField {
    KK_NUMBER,
    HEAD_NIK,
    HEAD_NAME,
    ADDRESS,
    RT,
    RW,
    /** One column holding both, written "007/003" or "RT 7 / RW 3". */
    RT_RW,
    PHONE,
    ASN,
    ASN_UNIT,
    DESIL,
    PKH;

    /** The field's name as a person reads it in a report or on screen. */
    public Message label() {
        return switch (this) {
            case KK_NUMBER -> Message.of("import.field.kk");
            case HEAD_NIK -> Message.of("import.field.nik");
            case HEAD_NAME -> Message.of("import.field.name");
            case ADDRESS -> Message.of("import.field.address");
            case RT -> Message.of("import.field.rt");
            case RW -> Message.of("import.field.rw");
            case RT_RW -> Message.of("import.field.rtRw");
            case PHONE -> Message.of("import.field.phone");
            case ASN -> Message.of("import.field.asn");
            case ASN_UNIT -> Message.of("import.field.asnUnit");
            case DESIL -> Message.of("import.field.desil");
            case PKH -> Message.of("import.field.pkh");
        };
    }
}
