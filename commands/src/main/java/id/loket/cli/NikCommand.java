package id.loket.cli;

import id.loket.domain.nik.Nik;
import id.loket.domain.nik.NikCheck;
import id.loket.domain.nik.NikValidator;
import id.loket.domain.nik.Sex;
import id.loket.domain.text.Message;
import id.loket.domain.text.Texts;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code loket nik check NIK [--birth-date YYYY-MM-DD] [--sex L|P]}. */
@Command(name = "nik", mixinStandardHelpOptions = true, description = "NIK tools.",
        subcommands = NikCommand.Check.class)
final class NikCommand {

    @ParentCommand
    LoketCommand root;

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Checks a NIK and prints its parts. Exit status 0 when valid, 1 when invalid, 2 on misuse.")
    static final class Check implements Callable<Integer> {

        @ParentCommand
        NikCommand nik;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NIK", description = "16 digits; spaces, dots and dashes are allowed.")
        String value;

        @Option(names = "--birth-date", paramLabel = "YYYY-MM-DD", description = "Stated birth date to compare.")
        LocalDate birthDate;

        @Option(names = "--sex", paramLabel = "L|P", converter = SexConverter.class,
                description = "Stated sex to compare: L (laki-laki) or P (perempuan).")
        Sex sex;

        @Override
        public Integer call() {
            LoketCommand root = nik.root;
            Texts texts = root.texts();
            NikValidator validator = root.nikValidator();
            NikCheck check = validator.check(value, Optional.ofNullable(birthDate), Optional.ofNullable(sex));
            PrintWriter out = spec.commandLine().getOut();
            check.nik().ifPresentOrElse(
                    valid -> printParts(out, texts, check, valid),
                    () -> out.println(texts.text("cli.nik.invalid", check.normalized())));
            for (Message error : check.errors()) {
                out.println("  " + texts.text("cli.nik.error") + " " + texts.text(error));
            }
            for (Message warning : check.warnings()) {
                out.println("  " + texts.text("cli.nik.warning") + " " + texts.text(warning));
            }
            out.flush();
            return check.valid() ? 0 : 1;
        }

        private static void printParts(PrintWriter out, Texts texts, NikCheck check, Nik nik) {
            DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(texts.locale());
            out.println(texts.text("cli.nik.valid", nik.digits()));
            out.println("  " + texts.text("cli.nik.province", nik.provinceCode(), check.provinceName().orElse("?")));
            out.println("  " + texts.text("cli.nik.regency", nik.regencyCode(), check.regencyName().orElse("?")));
            out.println("  " + texts.text("cli.nik.district", nik.districtCode(),
                    check.districtName().orElse(texts.text("cli.nik.unknownDistrict"))));
            out.println("  " + texts.text("cli.nik.birthDate", dates.format(nik.birthDate())));
            out.println("  " + texts.text("cli.nik.sex", texts.text(nik.sex() == Sex.PEREMPUAN
                    ? "cli.nik.sex.female" : "cli.nik.sex.male")));
            out.println("  " + texts.text("cli.nik.serial", nik.serial()));
        }
    }

    /** L or P (also M/F); anything else is a usage error with exit status 2. */
    static final class SexConverter implements CommandLine.ITypeConverter<Sex> {
        @Override
        public Sex convert(String value) {
            return Sex.fromCode(value).orElseThrow(
                    () -> new CommandLine.TypeConversionException("'" + value + "' is not L or P"));
        }
    }
}
