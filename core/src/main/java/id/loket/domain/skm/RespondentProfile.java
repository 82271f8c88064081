package id.loket.domain.skm;

import id.loket.domain.nik.Sex;
import java.util.Objects;
import java.util.Optional;

/**
 * The optional respondent profile of the PermenPANRB form. Each part may be left out; together they
 * are coarse on purpose (bands, groups), so a profile with a service and a day points to no one.
 */
public record RespondentProfile(Optional<Sex> sex, Optional<AgeBand> age, Optional<Education> education,
                                Optional<Occupation> occupation) {

    public static final RespondentProfile NONE =
            new RespondentProfile(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public RespondentProfile {
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(age, "age");
        Objects.requireNonNull(education, "education");
        Objects.requireNonNull(occupation, "occupation");
    }

    public boolean isEmpty() {
        return sex.isEmpty() && age.isEmpty() && education.isEmpty() && occupation.isEmpty();
    }
}
