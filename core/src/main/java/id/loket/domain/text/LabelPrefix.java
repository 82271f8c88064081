package id.loket.domain.text;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an enum a person sees and names the start of its constants' message keys: the constant
 * {@code OLEH_AGEN} of an enum marked {@code @LabelPrefix("registration.path.")} is said through the
 * key {@code registration.path.OLEH_AGEN}. The mark sits on the enum, not in a table here, so the
 * text package depends on no rule package (each rule package depends on it for {@link Message}).
 * The bundle test finds every marked enum and checks that each constant has its text.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface LabelPrefix {

    /** The key prefix, ending with a dot. */
    String value();
}
