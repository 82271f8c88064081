package id.loket.cli;

import id.loket.domain.household.RtRef;
import id.loket.domain.text.Texts;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --rt 001 --rw 003}: one RT, its number and its RW's each under their own name. A combined
 * value such as {@code 001/003} is refused rather than read: screens and receipts write RT/RW while
 * this command line once took RW/RT, so either reading would hand someone the wrong RT's list.
 */
final class RtOptions {

    @Option(names = "--rt", paramLabel = "RT", description = "The RT's number, e.g. 1 or 001; with --rw.")
    String rt;

    @Option(names = "--rw", paramLabel = "RW", description = "The RW's number, e.g. 3 or 003; with --rt.")
    String rw;

    /** The RT named, or empty when neither option was given; a half or unreadable choice is misuse. */
    Optional<RtRef> chosen(CommandLine.Model.CommandSpec spec, Texts texts) {
        if (rt == null && rw == null) {
            return Optional.empty();
        }
        for (String value : new String[] {rt, rw}) {
            if (value != null && value.contains("/")) {
                throw new CommandLine.ParameterException(spec.commandLine(), texts.text("cli.export.rtCombined", value));
            }
        }
        if (rt == null || rw == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), texts.text("cli.export.rtNeedsRw"));
        }
        try {
            return Optional.of(RtRef.of(rw, rt));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), texts.text("cli.export.badRt", rt, rw));
        }
    }

    /** Like {@link #chosen}, for a command that needs one RT. */
    RtRef required(CommandLine.Model.CommandSpec spec, Texts texts) {
        return chosen(spec, texts).orElseThrow(
                () -> new CommandLine.ParameterException(spec.commandLine(), texts.text("cli.export.rtNeedsRw")));
    }
}
