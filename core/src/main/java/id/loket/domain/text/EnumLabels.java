package id.loket.domain.text;

/**
 * The message key of each enum constant a person sees ({@code registration.path.OLEH_AGEN}): the
 * {@link LabelPrefix} of its enum followed by the constant's name.
 */
public final class EnumLabels {

    private EnumLabels() {
    }

    public static String key(Enum<?> constant) {
        LabelPrefix prefix = constant.getDeclaringClass().getAnnotation(LabelPrefix.class);
        if (prefix == null) {
            throw new IllegalArgumentException("no @LabelPrefix on " + constant.getDeclaringClass());
        }
        return prefix.value() + constant.name();
    }
}
