package id.loket.domain.schedule;

import java.util.Arrays;

/**
 * The households of one part of an RT, as ids and their positions on the RT list (1 = "ke-1"), in list
 * order. Held as arrays because a city plan holds a quarter of a million of them; compared by content.
 */
public final class PartHouseholds {

    private final long[] ids;
    private final int[] positions;

    public PartHouseholds(long[] ids, int[] positions) {
        if (ids.length != positions.length || ids.length == 0) {
            throw new IllegalArgumentException("a part needs one position per household and at least one household");
        }
        for (int i = 1; i < positions.length; i++) {
            if (positions[i] <= positions[i - 1]) {
                throw new IllegalArgumentException("positions must rise in list order");
            }
        }
        if (positions[0] < 1) {
            throw new IllegalArgumentException("positions start at 1");
        }
        this.ids = ids.clone();
        this.positions = positions.clone();
    }

    public int size() {
        return ids.length;
    }

    public long id(int index) {
        return ids[index];
    }

    public int position(int index) {
        return positions[index];
    }

    public int firstPosition() {
        return positions[0];
    }

    public int lastPosition() {
        return positions[positions.length - 1];
    }

    public long[] ids() {
        return ids.clone();
    }

    public boolean contains(long id) {
        for (long each : ids) {
            if (each == id) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PartHouseholds that && Arrays.equals(ids, that.ids)
                && Arrays.equals(positions, that.positions);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(ids) + Arrays.hashCode(positions);
    }

    @Override
    public String toString() {
        return size() + " households, positions " + firstPosition() + "-" + lastPosition();
    }
}
