package id.loket.domain.skm;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One filled-in questionnaire. It is linked only to the service and the day (never a name, NIK or
 * ticket number), so that a survey answer cannot be traced to a person.
 *
 * @param answers one per element in element order, 0 where the resident skipped the question
 */
public record SkmResponse(LocalDate day, String serviceCode, int[] answers, RespondentProfile profile,
                          SkmSource source) {

    public SkmResponse {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(serviceCode, "serviceCode");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(source, "source");
        if (answers.length != SkmElement.COUNT) {
            throw new IllegalArgumentException("nine answers expected, got " + answers.length);
        }
        answers = answers.clone();
        for (int answer : answers) {
            if (answer != 0 && !SkmScale.valid(answer)) {
                throw new IllegalArgumentException("an SKM answer is 1 to 4, or 0 when skipped: " + answer);
            }
        }
    }

    public Optional<SkmScale> answer(SkmElement element) {
        int value = answers[element.ordinal()];
        return value == 0 ? Optional.empty() : Optional.of(SkmScale.of(value));
    }

    @Override
    public int[] answers() {
        return answers.clone();
    }

    /** True when every question was skipped: such a response says nothing and is not kept. */
    public boolean unanswered() {
        return Arrays.stream(answers).allMatch(a -> a == 0);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SkmResponse r && day.equals(r.day) && serviceCode.equals(r.serviceCode)
                && Arrays.equals(answers, r.answers) && profile.equals(r.profile) && source == r.source;
    }

    @Override
    public int hashCode() {
        return Objects.hash(day, serviceCode, Arrays.hashCode(answers), profile, source);
    }

    @Override
    public String toString() {
        return "SkmResponse[" + day + " " + serviceCode + " " + Arrays.toString(answers) + " " + source + "]";
    }
}
