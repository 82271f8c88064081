package id.loket.storage;

import java.util.Optional;

/**
 * Whose database this is: the office it belongs to and whether a supervisor can run it. A restore
 * asks both of a backup before it may replace the live database.
 */
public final class DatabaseOwner {

    private final Jdbc jdbc;

    public DatabaseOwner(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The kelurahan code the database names: its office row (written with the demo data) or, in an
     * office that never had one, the kelurahan its RT lists were imported for (the one with the most
     * RTs). Empty when it names none: no office row and no RT list yet.
     */
    public Optional<String> officeCode() {
        Optional<String> office = jdbc.one("SELECT kelurahan_code FROM office WHERE id = 1", row -> row.getString(1));
        if (office.isPresent()) {
            return office;
        }
        return jdbc.one("""
                SELECT kelurahan_code FROM rt GROUP BY kelurahan_code
                ORDER BY COUNT(*) DESC, kelurahan_code FETCH FIRST 1 ROW ONLY
                """, row -> row.getString(1));
    }

    /** Active supervisor accounts: without one, nobody can open the office screens or run a command. */
    public int activeSupervisors() {
        return (int) jdbc.count("SELECT COUNT(*) FROM agent_account WHERE role = 'SUPERVISOR' AND active");
    }
}
