package id.loket.domain.text;

import id.loket.domain.account.Role;
import id.loket.domain.household.ExplanationReason;
import id.loket.domain.queue.Lane;
import id.loket.domain.registration.Correction;
import id.loket.domain.registration.FailureReason;
import id.loket.domain.registration.IkdState;
import id.loket.domain.registration.Outcome;
import id.loket.domain.registration.RegistrationPath;
import java.util.Map;

/**
 * The message key of each enum constant a person sees ({@code registration.path.OLEH_AGEN}). Listed
 * here, in one table, so the bundle test can check that every constant has its text.
 */
public final class EnumLabels {

    static final Map<Class<? extends Enum<?>>, String> PREFIXES = Map.of(
            RegistrationPath.class, "registration.path.",
            IkdState.class, "registration.ikd.",
            Outcome.class, "registration.outcome.",
            FailureReason.class, "registration.failure.",
            Role.class, "role.",
            Lane.class, "lane.",
            Correction.Field.class, "correction.field.",
            ExplanationReason.class, "explanation.reason.");

    private EnumLabels() {
    }

    public static String key(Enum<?> constant) {
        String prefix = PREFIXES.get(constant.getDeclaringClass());
        if (prefix == null) {
            throw new IllegalArgumentException("no label prefix for " + constant.getDeclaringClass());
        }
        return prefix + constant.name();
    }

    public static Map<Class<? extends Enum<?>>, String> prefixes() {
        return PREFIXES;
    }
}
