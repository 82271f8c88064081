package id.loket.domain.rtlist;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds KK numbers or NIKs that appear on more than one row of a file. Which of the rows is right
 * cannot be told from the file, so every row holding a repeated number is rejected, each naming the
 * others. Rows are identified by their ordinal: the position of the data row in the whole file.
 */
public final class RepeatedNumbers {

    private final LongIntMap first;
    /** Only numbers seen twice or more: every row holding them, in order. */
    private final Map<Long, List<Integer>> repeated = new HashMap<>();

    public RepeatedNumbers(int expectedRows) {
        this.first = new LongIntMap(expectedRows);
    }

    /** Notes that the row {@code ordinal} holds {@code number}; 0 (no valid number) is ignored. */
    public void add(long number, int ordinal) {
        if (number == 0L) {
            return;
        }
        int earlier = first.putIfAbsent(number, ordinal);
        if (earlier != LongIntMap.ABSENT) {
            repeated.computeIfAbsent(number, key -> {
                List<Integer> rows = new ArrayList<>(2);
                rows.add(earlier);
                return rows;
            }).add(ordinal);
        }
    }

    public boolean isRepeated(long number) {
        return number != 0L && repeated.containsKey(number);
    }

    /** The other rows holding {@code number}, in file order; empty when it appears once. */
    public List<Integer> othersThan(long number, int ordinal) {
        List<Integer> rows = repeated.get(number);
        if (rows == null) {
            return List.of();
        }
        List<Integer> others = new ArrayList<>(rows.size() - 1);
        for (int row : rows) {
            if (row != ordinal) {
                others.add(row);
            }
        }
        return others;
    }

    public int repeatedNumbers() {
        return repeated.size();
    }
}
