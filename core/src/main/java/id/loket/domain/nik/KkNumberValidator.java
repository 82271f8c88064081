package id.loket.domain.nik;

import id.loket.domain.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a KK number: 16 digits, the first six the region of the issuing office, a serial that is not
 * 0000. Digits 7-12 are not checked: they are not a birth date as in a NIK, and the reference this
 * follows defines only the region digits and the serial for a KK number.
 */
public final class KkNumberValidator {

    private final RegionCodes regions;

    public KkNumberValidator(RegionCodes regions) {
        this.regions = Objects.requireNonNull(regions, "regions");
    }

    public KkCheck check(String raw) {
        IdNumberInput.Result input = IdNumberInput.read(raw, NumberKind.KK);
        if (!input.sixteenDigits()) {
            return KkCheck.unreadable(input.normalized(), input.errors());
        }
        String digits = input.normalized();

        IdNumberParts.Findings region = IdNumberParts.checkRegion(digits, regions, NumberKind.KK);
        List<Message> errors = new ArrayList<>(region.errors());
        IdNumberParts.checkSerial(digits, NumberKind.KK).ifPresent(errors::add);

        Optional<KkNumber> kk = errors.isEmpty() ? Optional.of(KkNumber.validated(digits)) : Optional.empty();
        return new KkCheck(digits, kk, errors, region.warnings(),
                region.provinceName(), region.regencyName(), region.districtName());
    }
}
