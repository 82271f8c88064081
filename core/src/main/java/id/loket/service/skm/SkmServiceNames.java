package id.loket.service.skm;

import id.loket.config.QueueSettings;
import id.loket.config.ServiceDefinition;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The names a paper sheet may give a service: its code, its ticket letter, or its name in either language. */
public final class SkmServiceNames {

    private SkmServiceNames() {
    }

    public static Map<String, String> aliases(QueueSettings queue) {
        Map<String, String> aliases = new HashMap<>();
        for (ServiceDefinition service : queue.services()) {
            aliases.putIfAbsent(service.nameId().toUpperCase(Locale.ROOT), service.code());
            aliases.putIfAbsent(service.nameEn().toUpperCase(Locale.ROOT), service.code());
            aliases.putIfAbsent(String.valueOf(service.letter()).toUpperCase(Locale.ROOT), service.code());
        }
        // A code always means its own service, whatever another service is called.
        queue.services().forEach(service -> aliases.put(service.code(), service.code()));
        return aliases;
    }
}
