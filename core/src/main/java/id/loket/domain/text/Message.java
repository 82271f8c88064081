package id.loket.domain.text;

import java.util.List;

/**
 * Something a person should read, as a key into {@code i18n/messages_*.properties} plus its arguments.
 *
 * <p>Rules return messages instead of text so that the counter screen, the printouts and the command
 * line each say it in the language that was chosen. Write keys as string literals in
 * {@code Message.of("...")} calls: the bundle test finds them there and fails on a missing or unused key.
 */
public record Message(String key, List<Object> args) {

    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }
}
