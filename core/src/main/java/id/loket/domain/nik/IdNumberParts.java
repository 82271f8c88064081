package id.loket.domain.nik;

import id.loket.domain.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks a NIK and a KK number share once they are 16 digits: the region code of the issuing
 * office in digits 1-6 and the serial number in digits 13-16.
 */
final class IdNumberParts {

    /** What the region digits say; names are present for each level of the region code that is known. */
    record Findings(List<Message> errors, List<Message> warnings, Optional<String> provinceName,
            Optional<String> regencyName, Optional<String> districtName) {
        Findings {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }
    }

    private IdNumberParts() {
    }

    static Findings checkRegion(String digits, RegionCodes regions, NumberKind kind) {
        List<Message> errors = new ArrayList<>();
        List<Message> warnings = new ArrayList<>();
        String province = digits.substring(0, 2);
        String regency = digits.substring(0, 4);
        String district = digits.substring(0, 6);

        Optional<String> provinceName = regions.provinceName(province);
        Optional<String> regencyName = Optional.empty();
        Optional<String> districtName = Optional.empty();
        if (provinceName.isEmpty()) {
            // The regency and kecamatan cannot be right under a province that does not exist; one
            // message is clearer than three.
            errors.add(kind.unknownProvince(province));
        } else {
            regencyName = regions.regencyName(regency);
            if (regencyName.isEmpty()) {
                errors.add(kind.unknownRegency(dotted(regency), provinceName.get()));
            } else {
                districtName = regions.districtName(district);
                if (districtName.isEmpty()) {
                    // Only a warning: kecamatan are split and renumbered often, and a NIK keeps the code
                    // it was issued with. The list cannot prove such a number wrong.
                    warnings.add(kind.unknownDistrict(dotted(district)));
                }
            }
        }
        return new Findings(errors, warnings, provinceName, regencyName, districtName);
    }

    /** Digits 13-16 are a serial number, which is never 0000. */
    static Optional<Message> checkSerial(String digits, NumberKind kind) {
        return digits.endsWith("0000") ? Optional.of(kind.zeroSerial()) : Optional.empty();
    }

    /** {@code "647105"} as {@code "64.71.05"}, the way region codes are written in official lists. */
    static String dotted(String digits) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i += 2) {
            if (i > 0) {
                out.append('.');
            }
            out.append(digits, i, Math.min(digits.length(), i + 2));
        }
        return out.toString();
    }
}
