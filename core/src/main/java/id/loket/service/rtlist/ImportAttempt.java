package id.loket.service.rtlist;

import id.loket.domain.text.Message;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One import of one file, begun: what every outcome's result shares (file, kelurahan, start), and the
 * results of the two outcomes that write nothing.
 */
record ImportAttempt(String fileName, String kelurahanCode, LocalDateTime startedAt, long startNanos) {

    /** The file could not be read or mapped; {@code why} says what to do. */
    RtListImportResult failed(Optional<RtListFormat> format, List<Message> why,
            List<RtListImportResult.Table> tables) {
        return new RtListImportResult(RtListImportResult.Status.FAILED, fileName, format, kelurahanCode, why,
                tables, RtListImportResult.Counts.NONE, List.of(), OptionalLong.empty(), startedAt, took());
    }

    /** The supervisor cancelled; nothing was stored. */
    RtListImportResult cancelled(Optional<RtListFormat> format, List<RtListImportResult.Table> tables) {
        return new RtListImportResult(RtListImportResult.Status.CANCELLED, fileName, format, kelurahanCode,
                List.of(), tables, RtListImportResult.Counts.NONE, List.of(), OptionalLong.empty(), startedAt,
                took());
    }

    /** How long the import has run, for the result and the report. */
    Duration took() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
