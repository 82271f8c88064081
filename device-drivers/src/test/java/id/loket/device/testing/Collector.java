package id.loket.device.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Collects what a listener hears, from any thread. */
public final class Collector<T> implements Consumer<T> {

    private final List<T> items = new CopyOnWriteArrayList<>();

    @Override
    public void accept(T item) {
        items.add(item);
    }

    public List<T> items() {
        return List.copyOf(items);
    }

    public int size() {
        return items.size();
    }

    public T last() {
        return items.get(items.size() - 1);
    }

    @Override
    public String toString() {
        return items.toString();
    }
}
