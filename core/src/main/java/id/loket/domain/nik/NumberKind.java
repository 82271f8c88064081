package id.loket.domain.nik;

import id.loket.domain.text.Message;

/**
 * Which number a shared check is looking at, so its messages name the right thing ("NIK" or "nomor KK").
 *
 * <p>Each message has its own key per kind rather than one key with the name as an argument: the name
 * would otherwise have to be translated separately and would read awkwardly in one of the languages.
 */
enum NumberKind {
    NIK,
    KK;

    Message empty() {
        return switch (this) {
            case NIK -> Message.of("nik.empty");
            case KK -> Message.of("nik.kk.empty");
        };
    }

    /** {@code characters} is already a printable list such as {@code "O", "x"}. */
    Message notDigits(String characters) {
        return switch (this) {
            case NIK -> Message.of("nik.character", characters);
            case KK -> Message.of("nik.kk.character", characters);
        };
    }

    Message wrongLength(int digitCount) {
        return switch (this) {
            case NIK -> Message.of("nik.length", digitCount);
            case KK -> Message.of("nik.kk.length", digitCount);
        };
    }

    Message damagedByExcel(String asTyped) {
        return switch (this) {
            case NIK -> Message.of("nik.excel", asTyped);
            case KK -> Message.of("nik.kk.excel", asTyped);
        };
    }

    Message unknownProvince(String dottedCode) {
        return switch (this) {
            case NIK -> Message.of("nik.province.unknown", dottedCode);
            case KK -> Message.of("nik.kk.province.unknown", dottedCode);
        };
    }

    Message unknownRegency(String dottedCode, String provinceName) {
        return switch (this) {
            case NIK -> Message.of("nik.regency.unknown", dottedCode, provinceName);
            case KK -> Message.of("nik.kk.regency.unknown", dottedCode, provinceName);
        };
    }

    Message unknownDistrict(String dottedCode) {
        return switch (this) {
            case NIK -> Message.of("nik.district.unknown", dottedCode);
            case KK -> Message.of("nik.kk.district.unknown", dottedCode);
        };
    }

    Message zeroSerial() {
        return switch (this) {
            case NIK -> Message.of("nik.serial.zero");
            case KK -> Message.of("nik.kk.serial.zero");
        };
    }
}
