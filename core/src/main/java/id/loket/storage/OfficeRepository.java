package id.loket.storage;

import java.util.Optional;

/** The office this database belongs to (one row), and whether it was filled with demo data. */
public final class OfficeRepository {

    public record OfficeRow(String kelurahanCode, String name, String address, boolean demo) {
    }

    private final Jdbc jdbc;

    public OfficeRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<OfficeRow> find() {
        return jdbc.one("SELECT kelurahan_code, name, address, demo FROM office WHERE id = 1",
                row -> new OfficeRow(row.getString(1), row.getString(2), row.getString(3), row.getBoolean(4)));
    }

    public void save(OfficeRow office) {
        jdbc.update("MERGE INTO office (id, kelurahan_code, name, address, demo) KEY (id) VALUES (1, ?, ?, ?, ?)",
                office.kelurahanCode(), office.name(), office.address(), office.demo());
    }
}
