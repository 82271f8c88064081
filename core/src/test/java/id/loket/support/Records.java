package id.loket.support;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * A copy of a record with one component changed, for tests that alter one of the real dependencies
 * (kiosk mode, a shorter idle lock, a voice they listen to). Going through the record's components
 * keeps such a test unchanged when the record gains a field.
 */
public final class Records {

    private Records() {
    }

    public static <R extends Record> R with(R record, String component, Object value) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        boolean found = false;
        try {
            for (int i = 0; i < components.length; i++) {
                found |= components[i].getName().equals(component);
                values[i] = components[i].getName().equals(component) ? value
                        : components[i].getAccessor().invoke(record);
            }
            if (!found) {
                throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no component " + component);
            }
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            @SuppressWarnings("unchecked")
            R copy = (R) canonical.newInstance(values);
            return copy;
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot copy " + record.getClass().getSimpleName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + record.getClass().getSimpleName(), e);
        }
    }
}
