package id.loket.device.bridge;

import id.loket.device.api.CardEvent;
import id.loket.device.api.DeviceProblem;
import id.loket.device.api.DeviceStatus;
import id.loket.device.api.IdentityField;
import id.loket.device.api.IdentityRecord;
import id.loket.device.api.IdentitySource;
import id.loket.device.json.Json;
import id.loket.device.json.JsonException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns the vendor bridge's JSON messages into card events. Pure: text in, events out. The message
 * format is described in {@code docs/devices.md}.
 *
 * <p>A text yields either its events (none for a heartbeat), or exactly one
 * {@link CardEvent.CardReadFailed} with {@link DeviceProblem#BRIDGE_MESSAGE_INVALID} saying what is
 * wrong; never an exception. Members that are not mapped (a photo, a signature, fingerprints) are
 * dropped here and never reach a record or a log. Error details never quote field values.
 */
public final class BridgeMessages {

    /** What one text meant. */
    public record Interpretation(List<CardEvent> events, Optional<DeviceStatus> status) {
        public Interpretation {
            events = List.copyOf(events);
            Objects.requireNonNull(status, "status");
        }

        /** True when the text was refused (its one event is the BRIDGE_MESSAGE_INVALID failure). */
        public boolean invalid() {
            return events.size() == 1 && events.get(0) instanceof CardEvent.CardReadFailed failed
                    && failed.problem() == DeviceProblem.BRIDGE_MESSAGE_INVALID;
        }
    }

    /** The names of the envelope's members. */
    public record Keys(String type, String data, String code, String message, String state) {
        public static Keys defaults() {
            return new Keys("event", "data", "code", "message", "state");
        }
    }

    private static final class Invalid extends Exception {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    private final FieldMapping mapping;
    private final Keys keys;
    private final int maxLength;

    public BridgeMessages(FieldMapping mapping, Keys keys, int maxLength) {
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.maxLength = maxLength;
    }

    public Interpretation interpret(String text, Instant time) {
        try {
            if (text.length() > maxLength) {
                throw new Invalid("message of " + text.length() + " characters, longer than " + maxLength);
            }
            Object root;
            try {
                root = Json.parse(text);
            } catch (JsonException e) {
                throw new Invalid("not JSON: " + e.getMessage());
            }
            List<CardEvent> events = new ArrayList<>();
            List<DeviceStatus> statuses = new ArrayList<>();
            if (root instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    if (!(list.get(i) instanceof Map<?, ?> item)) {
                        throw new Invalid("item " + i + " of the array is not an object");
                    }
                    message(cast(item), time, events, statuses);
                }
            } else if (root instanceof Map<?, ?> map) {
                message(cast(map), time, events, statuses);
            } else {
                throw new Invalid("a message must be a JSON object (or an array of them), not " + kind(root));
            }
            return new Interpretation(events,
                    statuses.isEmpty() ? Optional.empty() : Optional.of(statuses.get(statuses.size() - 1)));
        } catch (Invalid e) {
            return new Interpretation(List.of(new CardEvent.CardReadFailed(DeviceProblem.BRIDGE_MESSAGE_INVALID,
                    e.getMessage(), time)), Optional.empty());
        }
    }

    private void message(Map<String, Object> message, Instant time, List<CardEvent> events,
                         List<DeviceStatus> statuses) throws Invalid {
        Object type = message.get(keys.type());
        if (type == null) {
            if (mapping.find(IdentityField.NIK, dataOf(message)).isPresent()) {
                events.add(new CardEvent.CardRead(record(dataOf(message)), time));
                return;
            }
            throw new Invalid("no \"" + keys.type() + "\" member and no NIK " + mapping.describe(IdentityField.NIK));
        }
        if (!(type instanceof String typeName)) {
            throw new Invalid("\"" + keys.type() + "\" must be text, not " + kind(type));
        }
        switch (typeName.toLowerCase(Locale.ROOT)) {
            case "card-present", "card-inserted" -> events.add(new CardEvent.CardPresent(time));
            case "card-removed" -> events.add(new CardEvent.CardRemoved(time));
            case "card-read" -> events.add(new CardEvent.CardRead(record(dataOf(message)), time));
            case "error" -> {
                String code = text(message, keys.code()).orElseThrow(
                        () -> new Invalid("an error message needs a \"" + keys.code() + "\" member"));
                String said = text(message, keys.message()).orElse("");
                events.add(new CardEvent.CardReadFailed(mapping.problem(code),
                        "vendor error " + code + (said.isEmpty() ? "" : ": " + said), time));
            }
            case "status" -> statuses.add(status(message));
            case "heartbeat", "ping" -> {
                // Keeps the connection alive; means nothing else.
            }
            default -> throw new Invalid("unknown event \"" + shorten(typeName) + "\"; known: card-present, "
                    + "card-inserted, card-removed, card-read, error, status, heartbeat, ping");
        }
    }

    private DeviceStatus status(Map<String, Object> message) throws Invalid {
        String state = text(message, keys.state()).orElseThrow(
                () -> new Invalid("a status message needs a \"" + keys.state() + "\" member"));
        return switch (state.toLowerCase(Locale.ROOT)) {
            case "ready" -> DeviceStatus.ready();
            case "busy", "reading" -> DeviceStatus.of(DeviceStatus.State.BUSY);
            case "error" -> {
                String code = text(message, keys.code()).orElse("");
                String said = text(message, keys.message()).orElse("");
                yield DeviceStatus.error(code.isEmpty() ? DeviceProblem.BRIDGE_ERROR : mapping.problem(code),
                        "vendor status error " + code + (said.isEmpty() ? "" : ": " + said));
            }
            default -> throw new Invalid("unknown status state \"" + shorten(state) + "\"; known: ready, busy, "
                    + "reading, error");
        };
    }

    private Map<String, Object> dataOf(Map<String, Object> message) throws Invalid {
        Object data = message.get(keys.data());
        if (data == null) {
            return message;
        }
        if (data instanceof Map<?, ?> map) {
            return cast(map);
        }
        throw new Invalid("\"" + keys.data() + "\" must be an object, not " + kind(data));
    }

    private IdentityRecord record(Map<String, Object> data) throws Invalid {
        IdentityRecord.Builder builder = IdentityRecord.builder(IdentitySource.VENDOR_BRIDGE);
        for (IdentityField field : IdentityField.values()) {
            Optional<Object> found = mapping.find(field, data);
            if (found.isEmpty() || found.get() == Json.NULL) {
                continue;
            }
            String value = scalar(field, found.get());
            if (value.isBlank()) {
                continue;
            }
            if (field == IdentityField.BIRTH_DATE) {
                value = mapping.date(value.strip()).orElseThrow(() -> new Invalid(
                        "field " + field.key() + " is not a date in the formats " + mapping.dateFormats()));
            } else if (field == IdentityField.VALID_UNTIL) {
                value = mapping.validUntil(value).orElseThrow(() -> new Invalid("field " + field.key()
                        + " is neither SEUMUR HIDUP nor a date in the formats " + mapping.dateFormats()));
            }
            builder.set(field, value);
        }
        if (!builder.has(IdentityField.NIK)) {
            throw new Invalid("a card read without a NIK " + mapping.describe(IdentityField.NIK));
        }
        return builder.build();
    }

    private static String scalar(IdentityField field, Object value) throws Invalid {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        throw new Invalid("field " + field.key() + " must be text or a number, not " + kind(value));
    }

    private static Optional<String> text(Map<String, Object> message, String key) throws Invalid {
        Object value = message.get(key);
        if (value == null || value == Json.NULL) {
            return Optional.empty();
        }
        if (value instanceof String s) {
            return Optional.of(s);
        }
        if (value instanceof BigDecimal number) {
            return Optional.of(number.toPlainString());
        }
        throw new Invalid("\"" + key + "\" must be text, not " + kind(value));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private static String kind(Object value) {
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List) {
            return "an array";
        }
        if (value instanceof String) {
            return "text";
        }
        if (value instanceof BigDecimal) {
            return "a number";
        }
        if (value instanceof Boolean) {
            return "true/false";
        }
        return "null";
    }

    private static String shorten(String s) {
        String cleaned = s.codePoints().limit(32)
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return s.codePointCount(0, s.length()) > 32 ? cleaned + "..." : cleaned;
    }
}
