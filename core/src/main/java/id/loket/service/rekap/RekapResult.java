package id.loket.service.rekap;

import id.loket.domain.text.Message;
import java.util.List;

/**
 * What a merge made: one roll-up per city and per kecamatan with files, the lines for the files refused
 * and the warnings (missing kelurahan or days, older files ignored).
 */
public record RekapResult(List<AreaRollup> cities, List<AreaRollup> kecamatan, int filesMerged,
                          List<Message> refused, List<Message> warnings) {

    public RekapResult {
        cities = List.copyOf(cities);
        kecamatan = List.copyOf(kecamatan);
        refused = List.copyOf(refused);
        warnings = List.copyOf(warnings);
    }

    /** Nothing could be merged: every file was refused, or none was given. */
    public boolean nothingUsable() {
        return filesMerged == 0;
    }
}
