package id.loket.service.schedule;

import id.loket.service.CsvCells;
import id.loket.storage.ScheduleRepository;
import java.io.IOException;
import java.io.Writer;
import java.util.OptionalLong;

/**
 * Writes the schedule in force as CSV (RFC 4180, UTF-8, CRLF), one row per RT part: which day and
 * session, which RT, how many households and which run of its list. No personal data: counts and
 * list positions only.
 */
public final class ScheduleCsvExport {

    static final String HEADER = "date,session,rt,rw,households,kind,part,parts,first_position,last_position";

    private final ScheduleRepository schedules;

    public ScheduleCsvExport(ScheduleRepository schedules) {
        this.schedules = schedules;
    }

    /**
     * Writes the export and returns the number of parts written.
     *
     * @throws NoPlanException when no schedule was saved yet
     */
    public int write(Writer out) throws IOException {
        OptionalLong planId = schedules.latestId();
        if (planId.isEmpty()) {
            throw new NoPlanException();
        }
        out.write(HEADER + "\r\n");
        int rows = 0;
        for (ScheduleRepository.PartRow part : schedules.parts(planId.getAsLong())) {
            String session = part.startsAt().toString() + "-" + part.endsAt().toString();
            out.write(String.join(",", part.day().toString(), CsvCells.cell(session), part.rt().rt(), part.rt().rw(),
                    Integer.toString(part.households()), CsvCells.cell(part.kind().name()), Integer.toString(part.part()),
                    Integer.toString(part.parts()), Integer.toString(part.firstPosition()),
                    Integer.toString(part.lastPosition())));
            out.write("\r\n");
            rows++;
        }
        out.flush();
        return rows;
    }
}
