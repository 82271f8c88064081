package id.loket.domain.rtlist;

import java.util.Arrays;

/**
 * A map from non-zero {@code long} keys to non-negative {@code int} values without boxing: a city's
 * RT lists hold a quarter of a million KK numbers and NIKs, each looked up several times per import.
 * Open addressing with linear probing, kept at most half full.
 */
public final class LongIntMap {

    /** What {@link #get} answers for a key that is not in the map. */
    public static final int ABSENT = -1;

    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    public LongIntMap(int expectedSize) {
        int capacity = Integer.highestOneBit(Math.max(4, expectedSize) * 2 - 1) << 1;
        allocate(capacity);
    }

    public int size() {
        return size;
    }

    /** The value of {@code key}, or {@link #ABSENT}. */
    public int get(long key) {
        requireKey(key);
        for (int slot = slot(key); ; slot = (slot + 1) & mask) {
            long found = keys[slot];
            if (found == key) {
                return values[slot];
            }
            if (found == 0L) {
                return ABSENT;
            }
        }
    }

    /** Stores {@code value} unless the key is already there; returns the value already there, or {@link #ABSENT}. */
    public int putIfAbsent(long key, int value) {
        return store(key, value, false);
    }

    /** Stores {@code value}, replacing any value the key had; returns the old value, or {@link #ABSENT}. */
    public int put(long key, int value) {
        return store(key, value, true);
    }

    private int store(long key, int value, boolean replace) {
        requireKey(key);
        if (value < 0) {
            throw new IllegalArgumentException("values are non-negative: " + value);
        }
        for (int slot = slot(key); ; slot = (slot + 1) & mask) {
            long found = keys[slot];
            if (found == key) {
                int old = values[slot];
                if (replace) {
                    values[slot] = value;
                }
                return old;
            }
            if (found == 0L) {
                keys[slot] = key;
                values[slot] = value;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return ABSENT;
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        allocate(oldKeys.length * 2);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0L) {
                store(oldKeys[i], oldValues[i], true);
            }
        }
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(values, ABSENT);
        mask = capacity - 1;
    }

    private int slot(long key) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed ^ (mixed >>> 32)) & mask;
    }

    private static void requireKey(long key) {
        if (key == 0L) {
            throw new IllegalArgumentException("0 is not a key");
        }
    }
}
