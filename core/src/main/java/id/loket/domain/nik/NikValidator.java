package id.loket.domain.nik;

import id.loket.domain.text.Message;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a NIK as typed at the counter or imported from a spreadsheet.
 *
 * <p>It reports every problem it can find at once (a wrong province and an impossible date, say), so the
 * resident's KTP only has to be looked at once. Only an input that is not 16 digits stops the check
 * early, because then the positions of the parts are unknown.
 */
public final class NikValidator {

    private final RegionCodes regions;
    private final Clock clock;

    /** The clock decides what "in the future" means for the birth date and so which century it is in. */
    public NikValidator(RegionCodes regions, Clock clock) {
        this.regions = Objects.requireNonNull(regions, "regions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public NikCheck check(String raw) {
        return check(raw, Optional.empty(), Optional.empty());
    }

    /**
     * @param statedBirthDate the birth date written on the form, checked against the NIK
     * @param statedSex       the sex written on the form, checked against the day encoding
     */
    public NikCheck check(String raw, Optional<LocalDate> statedBirthDate, Optional<Sex> statedSex) {
        Objects.requireNonNull(statedBirthDate, "statedBirthDate");
        Objects.requireNonNull(statedSex, "statedSex");
        IdNumberInput.Result input = IdNumberInput.read(raw, NumberKind.NIK);
        if (!input.sixteenDigits()) {
            return NikCheck.unreadable(input.normalized(), input.errors());
        }
        String digits = input.normalized();

        IdNumberParts.Findings region = IdNumberParts.checkRegion(digits, regions, NumberKind.NIK);
        BirthCode.Decoded birth = BirthCode.decode(digits.substring(6, 12), LocalDate.now(clock),
                statedBirthDate, statedSex);
        List<Message> errors = new ArrayList<>(region.errors());
        errors.addAll(birth.errors());
        IdNumberParts.checkSerial(digits, NumberKind.NIK).ifPresent(errors::add);

        Optional<Nik> nik = errors.isEmpty()
                ? Optional.of(Nik.validated(digits, birth.birthDate().orElseThrow(), birth.sex().orElseThrow()))
                : Optional.empty();
        return new NikCheck(digits, nik, errors, region.warnings(),
                region.provinceName(), region.regencyName(), region.districtName());
    }
}
