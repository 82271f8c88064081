package id.loket.config;

import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The services offered, how tickets are lettered, and the rules of the queue.
 *
 * @param services       the services in the order the ticket screen shows them; at least one, with distinct
 *                       codes and letters
 * @param priorityLetter the ticket letter of the priority lane (elderly, disabled, pregnant); no service
 *                       uses it, so a called number is never ambiguous
 * @param rules          calls before a no-show, fairness between the lanes, estimates, closing hour
 */
public record QueueSettings(List<ServiceDefinition> services, char priorityLetter, Rules rules) {

    /**
     * The queue's rules.
     *
     * @param noShowCalls            calls without answer after which the agent may put a ticket in the
     *                               postponed pool
     * @param returnAfterCalls       further tickets called before a postponed ticket is callable again
     * @param priorityMaxInRow       priority tickets called in a row while a regular ticket waits
     * @param defaultServiceMinutes  the estimate of one service before any was measured today
     * @param dayClosesAt            from this time no ticket is issued for the day
     */
    public record Rules(int noShowCalls, int returnAfterCalls, int priorityMaxInRow, int defaultServiceMinutes,
                        LocalTime dayClosesAt) {

        public static final int MAX_NO_SHOW_CALLS = 10;
        public static final int MAX_RETURN_AFTER = 100;
        public static final int MAX_PRIORITY_IN_ROW = 20;
        public static final int MAX_SERVICE_MINUTES = 120;

        /** The values of the built-in settings file. */
        public static final Rules DEFAULTS = new Rules(3, 5, 3, 8, LocalTime.of(16, 0));

        public Rules {
            Objects.requireNonNull(dayClosesAt, "dayClosesAt");
            check(noShowCalls, 1, MAX_NO_SHOW_CALLS, "noShowCalls");
            check(returnAfterCalls, 1, MAX_RETURN_AFTER, "returnAfterCalls");
            check(priorityMaxInRow, 1, MAX_PRIORITY_IN_ROW, "priorityMaxInRow");
            check(defaultServiceMinutes, 1, MAX_SERVICE_MINUTES, "defaultServiceMinutes");
        }

        private static void check(int value, int min, int max, String name) {
            if (value < min || value > max) {
                throw new IllegalArgumentException(name + " must be " + min + "–" + max + ": " + value);
            }
        }
    }

    public QueueSettings {
        services = List.copyOf(services);
        Objects.requireNonNull(rules, "rules");
        if (services.isEmpty()) {
            throw new IllegalArgumentException("at least one service is needed");
        }
        if (priorityLetter < 'A' || priorityLetter > 'Z') {
            throw new IllegalArgumentException("priority letter must be A-Z: " + priorityLetter);
        }
        Set<String> codes = new HashSet<>();
        Set<Character> letters = new HashSet<>();
        letters.add(priorityLetter);
        for (ServiceDefinition service : services) {
            if (!codes.add(service.code())) {
                throw new IllegalArgumentException("service code used twice: " + service.code());
            }
            if (!letters.add(service.letter())) {
                throw new IllegalArgumentException("ticket letter used twice: " + service.letter());
            }
        }
    }

    /** The services with the default rules. */
    public QueueSettings(List<ServiceDefinition> services, char priorityLetter) {
        this(services, priorityLetter, Rules.DEFAULTS);
    }

    /** The service with this code, if the office offers it. */
    public Optional<ServiceDefinition> service(String code) {
        Objects.requireNonNull(code, "code");
        return services.stream().filter(s -> s.code().equals(code)).findFirst();
    }
}
