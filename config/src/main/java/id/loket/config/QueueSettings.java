package id.loket.config;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The services offered and how tickets are lettered.
 *
 * @param services       the services in the order the ticket screen shows them; at least one, with distinct
 *                       codes and letters
 * @param priorityLetter the ticket letter of the priority lane (elderly, disabled, pregnant); no service
 *                       uses it, so a called number is never ambiguous
 */
public record QueueSettings(List<ServiceDefinition> services, char priorityLetter) {

    public QueueSettings {
        services = List.copyOf(services);
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

    /** The service with this code, if the office offers it. */
    public Optional<ServiceDefinition> service(String code) {
        Objects.requireNonNull(code, "code");
        return services.stream().filter(s -> s.code().equals(code)).findFirst();
    }
}
