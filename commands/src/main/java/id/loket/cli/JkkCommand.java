package id.loket.cli;

import id.loket.domain.jkk.Applicant;
import id.loket.domain.jkk.Assessment;
import id.loket.domain.jkk.JobType;
import id.loket.domain.jkk.Poverty;
import id.loket.domain.jkk.RuleVerdict;
import id.loket.domain.nik.NikCheck;
import id.loket.domain.text.EnumLabels;
import id.loket.domain.text.Texts;
import id.loket.service.jkk.IncomeInput;
import id.loket.service.jkk.JkkProgramme;
import id.loket.service.jkk.JkkTexts;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code loket jkk check ...}: the pekerja rentan rules for one resident, printed rule by rule. */
@Command(name = "jkk", mixinStandardHelpOptions = true,
        description = "Pekerja rentan (BPJS Ketenagakerjaan JKK/JKM paid by the city, Perwali Balikpapan 3/2025).",
        subcommands = {JkkCommand.Check.class, JkkAdminCommands.Status.class, JkkAdminCommands.Terminate.class,
                JkkAdminCommands.Offices.class, JkkAdminCommands.Office.class})
final class JkkCommand {

    @ParentCommand
    LoketCommand root;

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Checks the rules of Pasal 5 ayat 1 (a)-(f) for one resident and prints each with its reason. "
                    + "Stores nothing; needs no --user. Exit status 0 eligible, 1 not eligible, 2 misuse or invalid input.")
    static final class Check implements Callable<Integer> {

        @ParentCommand
        JkkCommand jkk;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--nik", required = true, paramLabel = "NIK", description = "The resident's NIK (16 digits).")
        String nik;

        @Option(names = "--job", required = true, paramLabel = "LETTER",
                description = "The job type of Pasal 4: a letter a-o, or a name such as pemulung or tukang batu.")
        String job;

        @Option(names = "--income", required = true, paramLabel = "RUPIAH",
                description = "Average monthly income in rupiah, e.g. 2500000 (or 2.500.000).")
        String income;

        @Option(names = "--domicile-since", required = true, paramLabel = "YYYY-MM-DD",
                description = "Living in the city since this day (the ketua RT's letter).")
        LocalDate domicileSince;

        @Option(names = "--poverty", required = true, paramLabel = "fakir-miskin|tidak-mampu|tidak",
                description = "Fakir miskin, orang tidak mampu, or neither.")
        String poverty;

        @Option(names = "--bpjs-member", description = "Already a BPJS Ketenagakerjaan member.")
        boolean bpjsMember;

        @Option(names = "--ktp-other-city", description = "The KTP-el's address is outside the city.")
        boolean ktpOtherCity;

        @Option(names = "--extreme-poor", description = "In the extreme-poor household data (priority).")
        boolean extremePoor;

        @Option(names = "--disability", description = "A person with a disability (priority).")
        boolean disability;

        @Option(names = "--on", paramLabel = "YYYY-MM-DD", description = "The registration day; default today.")
        LocalDate on;

        @Override
        public Integer call() {
            LoketCommand root = jkk.root;
            Texts texts = root.texts();
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            NikCheck check = root.nikValidator().check(nik);
            Optional<JobType> jobType = JobType.fromInput(job);
            Optional<Poverty> povertyStatus = Poverty.fromWord(poverty);
            Optional<BigDecimal> amount = IncomeInput.parse(income);
            boolean misuse = false;
            if (!check.valid()) {
                sayInvalid(check, texts, err);
                misuse = true;
            }
            if (jobType.isEmpty()) {
                err.println(texts.text("jkk.cli.unknownJob", job));
                misuse = true;
            }
            if (povertyStatus.isEmpty()) {
                err.println(texts.text("jkk.cli.unknownPoverty", poverty));
                misuse = true;
            }
            if (amount.isEmpty()) {
                err.println(texts.text("jkk.cli.badIncome", income));
                misuse = true;
            }
            if (misuse) {
                err.flush();
                return 2;
            }
            LocalDate day = on != null ? on : LocalDate.now(root.clock());
            JkkProgramme programme = JkkProgramme.of(root.settings());
            Applicant applicant = new Applicant(check.nik().orElseThrow(), jobType.get(), amount.get(), domicileSince,
                    povertyStatus.get(), bpjsMember, !ktpOtherCity, extremePoor, disability);
            Assessment assessment = programme.eligibility().assess(applicant, day);
            if (!assessment.inputValid()) {
                err.println(texts.text("jkk.cli.inputProblem"));
                assessment.inputProblems().forEach(problem -> err.println("  " + texts.text(problem)));
                err.flush();
                return 2;
            }
            print(out, texts, programme, applicant, assessment);
            out.flush();
            return assessment.eligible() ? 0 : 1;
        }

        private static void print(PrintWriter out, Texts texts, JkkProgramme programme, Applicant applicant,
                                  Assessment assessment) {
            out.println(texts.text("jkk.cli.title", applicant.nik().masked(), assessment.registrationDay(),
                    programme.cityName()));
            out.println("  " + texts.text("jkk.cli.job", texts.text(EnumLabels.key(applicant.job()))));
            for (RuleVerdict verdict : assessment.verdicts()) {
                out.println("  " + JkkTexts.ruleLine(texts, verdict));
            }
            if (assessment.eligible()) {
                out.println(texts.text("jkk.cli.eligible"));
            } else {
                out.println(texts.text("jkk.cli.notEligible", assessment.notHolding().stream()
                        .map(verdict -> String.valueOf(verdict.rule().letter()))
                        .collect(Collectors.joining(", "))));
            }
            out.println(texts.text(JkkTexts.priority(applicant)));
            out.println(texts.text(JkkTexts.premium(programme.premium())));
            out.println(texts.text("jkk.cli.nothingStored"));
        }
    }

    /** An invalid NIK, and each thing wrong with it, as every pekerja rentan command says it. */
    static void sayInvalid(NikCheck check, Texts texts, PrintWriter err) {
        err.println(texts.text("jkk.cli.invalidNik"));
        check.errors().forEach(error -> err.println("  " + texts.text(error)));
    }
}
