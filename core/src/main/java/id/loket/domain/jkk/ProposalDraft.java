package id.loket.domain.jkk;

import id.loket.domain.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A proposal as the counter fills it in: the applicant for the rules, and what the Lampiran II form asks
 * (name, place of birth, address, phone, the specific job). {@link #problems()} lists what is missing.
 *
 * @param jobSpecific   the job in the resident's own words ("harus spesifik" on the form): "pemulung plastik di TPA"
 * @param ktpOccupation the occupation on the KTP-el, kept beside the one found at the counter (Pasal 6 ayat 4)
 * @param dataOfficeRow the Lampiran I row of the job (pedagang kaki lima and pedagang keliling share type f)
 */
public record ProposalDraft(Applicant applicant, String name, String birthPlace, String address,
                            Optional<String> phone, String jobSpecific, Optional<String> ktpOccupation,
                            int dataOfficeRow, Optional<Long> ticketId) {

    public static final int MAX_NAME = 200;
    public static final int MAX_PLACE = 100;
    public static final int MAX_ADDRESS = 300;
    public static final int MAX_PHONE = 30;
    public static final int MAX_JOB = 200;
    public static final int MAX_OCCUPATION = 100;

    public ProposalDraft {
        Objects.requireNonNull(applicant, "applicant");
        name = strip(name);
        birthPlace = strip(birthPlace);
        address = strip(address);
        jobSpecific = strip(jobSpecific);
        phone = phone.map(String::strip).filter(text -> !text.isEmpty());
        ktpOccupation = ktpOccupation.map(String::strip).filter(text -> !text.isEmpty());
        Objects.requireNonNull(ticketId, "ticketId");
    }

    /** What stops the draft from being saved, in the form's order, each saying what to do. */
    public List<Message> problems() {
        List<Message> problems = new ArrayList<>();
        required(problems, name, MAX_NAME, "jkk.problem.name");
        required(problems, birthPlace, MAX_PLACE, "jkk.problem.birthPlace");
        required(problems, address, MAX_ADDRESS, "jkk.problem.address");
        if (phone.filter(p -> p.length() > MAX_PHONE || !p.matches("[0-9+() -]+")).isPresent()) {
            problems.add(Message.of("jkk.problem.phone", String.valueOf(MAX_PHONE)));
        }
        required(problems, jobSpecific, MAX_JOB, "jkk.problem.jobSpecific");
        if (ktpOccupation.filter(o -> o.length() > MAX_OCCUPATION).isPresent()) {
            problems.add(Message.of("jkk.problem.tooLong", String.valueOf(MAX_OCCUPATION)));
        }
        return problems;
    }

    private static void required(List<Message> problems, String value, int max, String key) {
        if (value.isEmpty()) {
            problems.add(Message.of(key));
        } else if (value.length() > max) {
            problems.add(Message.of("jkk.problem.tooLong", String.valueOf(max)));
        }
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
