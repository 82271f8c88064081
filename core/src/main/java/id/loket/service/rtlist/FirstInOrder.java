package id.loket.service.rtlist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.function.UnaryOperator;

/**
 * The rows an import did not take: every one counted, the first {@link #KEPT} in file order kept with
 * their values and reasons for the reports. The first ten thousand show what is wrong with a file;
 * past that a file has one fault throughout (a column Excel cut short, another office's list), and
 * keeping every row of a 300,000-row file with its values would take a few hundred megabytes.
 *
 * <p>Rows may arrive out of file order (a number found twice rejects an earlier row at the end), so the
 * kept rows are the first in {@code order} of all seen so far.
 */
public final class FirstInOrder<T> {

    public static final int KEPT = 10_000;

    private final int capacity;
    private final Comparator<T> order;
    /** Last in order first, so the row to give up for an earlier one is at hand. */
    private final PriorityQueue<T> kept;
    private int count;

    public FirstInOrder(int capacity, Comparator<T> order) {
        if (capacity < 1) {
            throw new IllegalArgumentException("keep at least one row: " + capacity);
        }
        this.capacity = capacity;
        this.order = Objects.requireNonNull(order, "order");
        this.kept = new PriorityQueue<>(order.reversed());
    }

    public void add(T row) {
        count++;
        if (kept.size() < capacity) {
            kept.add(row);
        } else if (order.compare(row, kept.peek()) < 0) {
            kept.poll();
            kept.add(row);
        }
    }

    /** Every row added, kept or not. */
    public int count() {
        return count;
    }

    /** Changes each kept row, e.g. to add a reason found later. */
    public void replaceEach(UnaryOperator<T> change) {
        List<T> rows = new ArrayList<>(kept);
        kept.clear();
        rows.forEach(row -> kept.add(change.apply(row)));
    }

    /** The kept rows, in order. */
    public List<T> inOrder() {
        return kept.stream().sorted(order).toList();
    }
}
