package id.loket.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes real XLSX workbooks for the import tests, cell by cell: text, numbers or booleans. */
public final class RtListWorkbooks {

    /** One sheet: a name and rows of cells; a cell is a String, a Number, a Boolean or null (no cell). */
    public record SheetContent(String name, List<List<Object>> rows, boolean hidden) {
        public static SheetContent of(String name, List<List<Object>> rows) {
            return new SheetContent(name, rows, false);
        }

        public SheetContent hide() {
            return new SheetContent(name, rows, true);
        }
    }

    private RtListWorkbooks() {
    }

    public static Path write(Path file, SheetContent... sheets) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "Loket tests", "1.0");
            for (SheetContent sheet : sheets) {
                Worksheet worksheet = workbook.newWorksheet(sheet.name());
                for (int r = 0; r < sheet.rows().size(); r++) {
                    List<Object> row = sheet.rows().get(r);
                    for (int c = 0; c < row.size(); c++) {
                        Object value = row.get(c);
                        if (value instanceof String text) {
                            worksheet.value(r, c, text);
                        } else if (value instanceof Number number) {
                            worksheet.value(r, c, number);
                        } else if (value instanceof Boolean flag) {
                            worksheet.value(r, c, flag);
                        } else if (value != null) {
                            throw new IllegalArgumentException("cannot write " + value.getClass());
                        }
                    }
                }
                if (sheet.hidden()) {
                    worksheet.setVisibilityState(VisibilityState.HIDDEN);
                }
            }
            workbook.finish();
        }
        return file;
    }

    /** A row of cells, allowing nulls (List.of does not). */
    public static List<Object> row(Object... cells) {
        List<Object> row = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            row.add(cell);
        }
        return row;
    }
}
