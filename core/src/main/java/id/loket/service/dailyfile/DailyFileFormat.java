package id.loket.service.dailyfile;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import id.loket.domain.dailyfile.DailyFigures;
import id.loket.domain.dailyfile.QueueFigures;
import id.loket.domain.dailyfile.RtFigures;
import id.loket.domain.household.ExplanationReason;
import id.loket.domain.registration.Outcome;
import id.loket.domain.registration.RegistrationPath;
import id.loket.domain.text.Message;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The daily file's JSON (schema: {@code docs/daily-file.schema.json}). The signature covers the
 * canonical form of the figures: the same fields in a fixed order without white space, made again from
 * the figures read, so a file that was re-indented still verifies and one whose numbers were edited
 * does not.
 */
public final class DailyFileFormat {

    public static final String FORMAT = "loket-daily-file";
    public static final int VERSION = 1;

    private DailyFileFormat() {
    }

    /** The bytes the office signs: a label for this purpose, then the canonical JSON of the figures. */
    public static byte[] signedBytes(DailyFigures figures) {
        StringWriter text = new StringWriter();
        try (JsonWriter json = new JsonWriter(text)) {
            json.setHtmlSafe(false);
            writeFigures(json, figures);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return ("loket-daily-file-v1\n" + text).getBytes(StandardCharsets.UTF_8);
    }

    /** The file itself: the figures and their signature, indented for a person who opens it. */
    public static byte[] write(SignedDailyFile file) {
        StringWriter text = new StringWriter();
        try (JsonWriter json = new JsonWriter(text)) {
            json.setHtmlSafe(false);
            json.setIndent("  ");
            json.beginObject();
            writeFields(json, file.figures());
            json.name("signature").beginObject()
                    .name("algorithm").value("Ed25519")
                    .name("key").value(file.keyFingerprint())
                    .name("value").value(file.signatureBase64())
                    .endObject();
            json.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return (text + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads a daily file without checking its signature (that is {@link OfficeKeys}'s work).
     *
     * @throws DailyFileException when it is not a daily file, is of a newer format, or has no signature
     */
    public static SignedDailyFile read(String name, byte[] content) throws DailyFileException {
        JsonObject root;
        try {
            JsonReader reader = new JsonReader(new StringReader(new String(content, StandardCharsets.UTF_8)));
            reader.setStrictness(Strictness.STRICT);
            JsonElement element = JsonParser.parseReader(reader);
            if (!element.isJsonObject()) {
                throw notDailyFile(name, "not a JSON object");
            }
            root = element.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new DailyFileException(Message.of("dailyFile.notDailyFile", name), "not JSON: " + e.getMessage(), e);
        }
        if (!FORMAT.equals(text(root, "format", name))) {
            throw notDailyFile(name, "format is not " + FORMAT);
        }
        int version = integer(root, "formatVersion", name);
        if (version > VERSION) {
            throw new DailyFileException(Message.of("dailyFile.newerFormat", name, version),
                    "format version " + version);
        }
        DailyFigures figures = figures(root, name);
        JsonElement signature = root.get("signature");
        if (signature == null || !signature.isJsonObject()) {
            throw new DailyFileException(Message.of("dailyFile.unsigned", name), "no signature");
        }
        JsonObject sig = signature.getAsJsonObject();
        if (!"Ed25519".equals(text(sig, "algorithm", name))) {
            throw new DailyFileException(Message.of("dailyFile.unsigned", name), "not an Ed25519 signature");
        }
        return new SignedDailyFile(figures, text(sig, "key", name), text(sig, "value", name));
    }

    private static void writeFigures(JsonWriter json, DailyFigures figures) throws IOException {
        json.beginObject();
        writeFields(json, figures);
        json.endObject();
    }

    private static void writeFields(JsonWriter json, DailyFigures f) throws IOException {
        json.name("format").value(FORMAT);
        json.name("formatVersion").value(VERSION);
        json.name("kelurahan").value(f.kelurahanCode());
        json.name("day").value(f.day().toString());
        json.name("software").value(f.softwareVersion());
        json.name("madeAt").value(f.madeAt().toString());
        json.name("rts").beginArray();
        for (RtFigures rt : f.rts()) {
            json.beginObject()
                    .name("rw").value(rt.rw())
                    .name("rt").value(rt.rt())
                    .name("households").value(rt.households())
                    .name("registered").value(rt.registered())
                    .name("failed").value(rt.failed())
                    .name("followUp").value(rt.followUp())
                    .name("notRegistered").value(rt.households() - rt.registered());
            writeCounts(json, "explained", ExplanationReason.values(), rt.explained());
            json.endObject();
        }
        json.endArray();
        writeCounts(json, "registeredByPath", RegistrationPath.values(), f.registeredByPath());
        writeCounts(json, "attemptsByOutcome", Outcome.values(), f.attemptsByOutcome());
        json.name("consentRefusals").value(f.consentRefusals());
        json.name("walkIns").value(f.walkIns());
        json.name("asnHouseholds").value(f.asnHouseholds());
        json.name("asnRegistered").value(f.asnRegistered());
        json.name("queue").beginObject()
                .name("issued").value(f.queue().issued())
                .name("served").value(f.queue().served())
                .name("longestWaitMinutes").value(f.queue().longestWaitMinutes())
                .endObject();
    }

    private static <E extends Enum<E>> void writeCounts(JsonWriter json, String name, E[] keys, Map<E, Integer> counts)
            throws IOException {
        json.name(name).beginObject();
        for (E key : keys) {
            json.name(key.name()).value(counts.get(key));
        }
        json.endObject();
    }

    private static DailyFigures figures(JsonObject root, String name) throws DailyFileException {
        try {
            List<RtFigures> rts = new ArrayList<>();
            for (JsonElement element : array(root, "rts", name)) {
                JsonObject rt = object(element, "rts[]", name);
                RtFigures figures = new RtFigures(text(rt, "rw", name), text(rt, "rt", name),
                        integer(rt, "households", name), integer(rt, "registered", name), integer(rt, "failed", name),
                        integer(rt, "followUp", name),
                        counts(rt, "explained", ExplanationReason.class, ExplanationReason::valueOf, name));
                if (integer(rt, "notRegistered", name) != figures.households() - figures.registered()) {
                    throw notDailyFile(name, "notRegistered disagrees with households - registered");
                }
                rts.add(figures);
            }
            JsonObject queue = object(root.get("queue"), "queue", name);
            return new DailyFigures(text(root, "kelurahan", name), LocalDate.parse(text(root, "day", name)),
                    text(root, "software", name), Instant.parse(text(root, "madeAt", name)), rts,
                    counts(root, "registeredByPath", RegistrationPath.class, RegistrationPath::valueOf, name),
                    counts(root, "attemptsByOutcome", Outcome.class, Outcome::valueOf, name),
                    integer(root, "consentRefusals", name), integer(root, "walkIns", name),
                    integer(root, "asnHouseholds", name), integer(root, "asnRegistered", name),
                    new QueueFigures(integer(queue, "issued", name), integer(queue, "served", name),
                            integer(queue, "longestWaitMinutes", name)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // A count below zero, a code of the wrong shape, a date that is not one: not a file Loket made.
            throw new DailyFileException(Message.of("dailyFile.notDailyFile", name), e.getMessage(), e);
        }
    }

    private static <E extends Enum<E>> Map<E, Integer> counts(JsonObject parent, String field, Class<E> type,
                                                             Function<String, E> parse, String name)
            throws DailyFileException {
        JsonObject object = object(parent.get(field), field, name);
        Map<E, Integer> counts = new EnumMap<>(type);
        for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
            counts.put(parse.apply(entry.getKey()), integer(object, entry.getKey(), name));
        }
        return counts;
    }

    private static JsonArray array(JsonObject parent, String field, String name) throws DailyFileException {
        JsonElement element = parent.get(field);
        if (element == null || !element.isJsonArray()) {
            throw notDailyFile(name, field + " is not a list");
        }
        return element.getAsJsonArray();
    }

    private static JsonObject object(JsonElement element, String field, String name) throws DailyFileException {
        if (element == null || !element.isJsonObject()) {
            throw notDailyFile(name, field + " is not an object");
        }
        return element.getAsJsonObject();
    }

    private static String text(JsonObject parent, String field, String name) throws DailyFileException {
        JsonElement element = parent.get(field);
        if (element instanceof JsonPrimitive primitive && primitive.isString()) {
            return primitive.getAsString();
        }
        throw notDailyFile(name, field + " is not text");
    }

    private static int integer(JsonObject parent, String field, String name) throws DailyFileException {
        JsonElement element = parent.get(field);
        if (element instanceof JsonPrimitive primitive && primitive.isNumber()) {
            try {
                return new java.math.BigDecimal(primitive.getAsString()).intValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                throw notDailyFile(name, field + " is not a whole number");
            }
        }
        throw notDailyFile(name, field + " is not a number");
    }

    private static DailyFileException notDailyFile(String name, String detail) {
        return new DailyFileException(Message.of("dailyFile.notDailyFile", name), detail);
    }
}
