package id.loket.service.rtlist;

import id.loket.domain.rtlist.SourceRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Keeps what a reader delivered, for the tests to look at. */
final class RecordingVisitor implements TableVisitor {

    final List<Optional<String>> tables = new ArrayList<>();
    final List<String> hidden = new ArrayList<>();
    final List<List<SourceRow>> rows = new ArrayList<>();
    long lastBytes = -1;
    long totalBytes = -1;

    @Override
    public void table(Optional<String> sheet) {
        tables.add(sheet);
        rows.add(new ArrayList<>());
    }

    @Override
    public void row(SourceRow row) {
        rows.get(rows.size() - 1).add(row);
    }

    @Override
    public void hiddenSheet(String sheet) {
        hidden.add(sheet);
    }

    @Override
    public void position(long bytesRead, long totalBytes) {
        this.lastBytes = bytesRead;
        this.totalBytes = totalBytes;
    }

    List<SourceRow> only() {
        if (rows.size() != 1) {
            throw new AssertionError("expected one table, got " + rows.size());
        }
        return rows.get(0);
    }

    static List<String> texts(SourceRow row) {
        return row.texts();
    }
}
