package id.loket.service.skm;

import id.loket.domain.text.Message;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a paper-survey import did: how many rows were read, kept and rejected, and every rejected row
 * with its line and reasons. A file that could not be read, or whose columns were not found, is not
 * completed and says why; nothing was kept then.
 *
 * @param problems the first {@link id.loket.service.rtlist.FirstInOrder#KEPT} rejected rows in file order
 */
public record SkmImportResult(boolean completed, String fileName, List<Message> why, int read, int kept,
                              int rejected, List<Problem> problems) {

    /** A rejected row: its sheet (workbooks), its line as the spreadsheet numbers it, and why. */
    public record Problem(Optional<String> sheet, int line, List<Message> reasons) {
        public Problem {
            Objects.requireNonNull(sheet, "sheet");
            reasons = List.copyOf(reasons);
        }
    }

    public SkmImportResult {
        Objects.requireNonNull(fileName, "fileName");
        why = List.copyOf(why);
        problems = List.copyOf(problems);
    }
}
