package id.loket.storage;

import java.time.LocalDateTime;

/**
 * Whether each counter is open (an agent logged in at it) or closed (the agent logged out). One row
 * per counter, replaced at each change; the display board reads it ({@link BoardRepository}).
 */
public final class CounterStateRepository {

    private final Jdbc jdbc;

    public CounterStateRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** An agent logged in at the counter. */
    public void open(int counter, long agentId, LocalDateTime at) {
        set(counter, true, agentId, at);
    }

    /** The counter's agent logged out. */
    public void close(int counter, long agentId, LocalDateTime at) {
        set(counter, false, agentId, at);
    }

    /**
     * Records the change unless a newer one is recorded already: a login and a logout handed to two
     * background workers a moment apart must not end with the older one.
     */
    private void set(int counter, boolean open, long agentId, LocalDateTime at) {
        jdbc.inTransaction(() -> {
            int changed = jdbc.update("UPDATE counter_state SET is_open = ?, changed_at = ?, agent_id = ?"
                    + " WHERE counter_number = ? AND changed_at <= ?", open, at, agentId, counter, at);
            if (changed == 0 && jdbc.count("SELECT COUNT(*) FROM counter_state WHERE counter_number = ?", counter) == 0) {
                jdbc.update("INSERT INTO counter_state (counter_number, is_open, changed_at, agent_id) VALUES (?, ?, ?, ?)",
                        counter, open, at, agentId);
            }
            return null;
        });
    }
}
