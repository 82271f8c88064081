package id.loket.service.rekap;

import id.loket.config.Kelurahan;
import id.loket.config.KelurahanCatalog;
import id.loket.domain.dailyfile.DailyFigures;
import id.loket.domain.text.Message;
import id.loket.service.dailyfile.DailyFileException;
import id.loket.service.dailyfile.DailyFileFormat;
import id.loket.service.dailyfile.SignedDailyFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The kecamatan's and the city's merge of the kelurahan daily files. A file counts only when its
 * kelurahan is in the region data and one of the keys registered for that office signed exactly its
 * figures; every other file is refused with a line saying why. Of two files for one office and day the
 * later made counts. Needs no database: it runs on any PC with the files and the keys.
 */
public final class RekapService {

    /** A daily file is a few kilobytes even for 200 RTs; anything this big is not one. */
    static final int MAX_FILE_BYTES = 1024 * 1024;
    private static final int DAYS_NAMED = 10;

    /** A file's name (for the lines the person reads) and its bytes. */
    public record Input(String name, byte[] content) {
    }

    private record Accepted(String name, DailyFigures figures) {
    }

    private final KelurahanCatalog regions;

    public RekapService(KelurahanCatalog regions) {
        this.regions = regions;
    }

    /** Reads the files and merges them; a file that cannot be read is refused like a bad one. */
    public RekapResult mergeFiles(List<Path> files, OfficeKeys keys) {
        List<Input> inputs = new ArrayList<>();
        List<Message> unreadable = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            try (InputStream in = Files.newInputStream(file)) {
                byte[] content = in.readNBytes(MAX_FILE_BYTES + 1);
                if (content.length > MAX_FILE_BYTES) {
                    unreadable.add(Message.of("rekap.refused.tooBig", name, MAX_FILE_BYTES / 1024));
                } else {
                    inputs.add(new Input(name, content));
                }
            } catch (IOException e) {
                unreadable.add(Message.of("rekap.refused.unreadable", name));
            }
        }
        RekapResult merged = merge(inputs, keys);
        List<Message> refused = new ArrayList<>(unreadable);
        refused.addAll(merged.refused());
        return new RekapResult(merged.cities(), merged.kecamatan(), merged.filesMerged(), refused, merged.warnings());
    }

    public RekapResult merge(List<Input> inputs, OfficeKeys keys) {
        List<Message> refused = new ArrayList<>();
        List<Message> warnings = new ArrayList<>();
        Map<String, Accepted> byOfficeAndDay = new LinkedHashMap<>();
        // Checking a file (parse, region, Ed25519 signature) needs nothing from the others, and the
        // signature dominates a city's merge: checked on every core, then kept in the order given.
        List<Checked> checked = inputs.parallelStream().map(input -> check(input, keys)).toList();
        for (Checked file : checked) {
            if (file.accepted() != null) {
                keepLatest(byOfficeAndDay, file.accepted(), warnings);
            } else {
                refused.add(file.refusal());
            }
        }
        Map<String, TreeMap<LocalDate, DailyFigures>> byOffice = new TreeMap<>();
        for (Accepted file : byOfficeAndDay.values()) {
            DailyFigures figures = file.figures();
            byOffice.computeIfAbsent(figures.kelurahanCode(), code -> new TreeMap<>()).put(figures.day(), figures);
        }
        List<KelurahanLine> lines = new ArrayList<>();
        byOffice.forEach((code, days) -> {
            Kelurahan kelurahan = regions.find(code).orElseThrow();
            lines.add(new KelurahanLine(code, kelurahan.name(), kelurahan.kecamatanCode(), kelurahan.kecamatanName(),
                    kelurahan.cityCode(), kelurahan.cityName(), days.lastKey(),
                    Tally.ofOffice(days.lastEntry().getValue(), days.values())));
        });
        warnMissing(byOffice, lines, warnings);
        return new RekapResult(
                areas(lines, byOffice, KelurahanLine::cityCode, KelurahanLine::cityName),
                areas(lines, byOffice, KelurahanLine::kecamatanCode, KelurahanLine::kecamatanName),
                byOfficeAndDay.size(), refused, warnings);
    }

    /** A file checked: accepted, or the line that says why not. */
    private record Checked(Accepted accepted, Message refusal) {
    }

    private Checked check(Input input, OfficeKeys keys) {
        SignedDailyFile file;
        try {
            file = DailyFileFormat.read(input.name(), input.content());
        } catch (DailyFileException e) {
            return new Checked(null, e.describe());
        }
        String code = file.figures().kelurahanCode();
        if (regions.find(code).isEmpty()) {
            return new Checked(null, Message.of("rekap.refused.unknownKelurahan", input.name(), code));
        }
        return switch (keys.verify(file)) {
            case NO_KEY_FOR_OFFICE -> new Checked(null, Message.of("rekap.refused.noKey", input.name(), code));
            case ALTERED -> new Checked(null, Message.of("rekap.refused.altered", input.name(), code));
            case SIGNED_BY_OFFICE -> new Checked(new Accepted(input.name(), file.figures()), null);
        };
    }

    private static void keepLatest(Map<String, Accepted> byOfficeAndDay, Accepted file, List<Message> warnings) {
        DailyFigures figures = file.figures();
        String key = figures.kelurahanCode() + "/" + figures.day();
        Accepted before = byOfficeAndDay.get(key);
        if (before == null) {
            byOfficeAndDay.put(key, file);
        } else if (figures.madeAt().isAfter(before.figures().madeAt())) {
            warnings.add(Message.of("rekap.warning.older", before.name(), file.name(), figures.kelurahanCode(),
                    figures.day().toString()));
            byOfficeAndDay.put(key, file);
        } else {
            warnings.add(Message.of("rekap.warning.older", file.name(), before.name(), figures.kelurahanCode(),
                    figures.day().toString()));
        }
    }

    /**
     * Kelurahan with no file at all, within each kecamatan that sent any (and, when files came from more
     * than one kecamatan of a city, every kecamatan of that city: a city merge); then each office's days
     * missing among the days any office sent.
     */
    private void warnMissing(Map<String, TreeMap<LocalDate, DailyFigures>> byOffice, List<KelurahanLine> lines,
                             List<Message> warnings) {
        Map<String, Long> kecamatanPerCity = lines.stream().collect(Collectors.groupingBy(KelurahanLine::cityCode,
                Collectors.mapping(KelurahanLine::kecamatanCode, Collectors.collectingAndThen(Collectors.toSet(),
                        set -> (long) set.size()))));
        java.util.Set<String> kecamatanSeen = lines.stream().map(KelurahanLine::kecamatanCode)
                .collect(Collectors.toSet());
        for (Kelurahan kelurahan : regions.all()) {
            boolean cityMerge = kecamatanPerCity.getOrDefault(kelurahan.cityCode(), 0L) > 1;
            boolean expected = cityMerge || kecamatanSeen.contains(kelurahan.kecamatanCode());
            if (expected && !byOffice.containsKey(kelurahan.code())) {
                warnings.add(Message.of("rekap.warning.missingKelurahan", kelurahan.name(), kelurahan.code()));
            }
        }
        SortedSet<LocalDate> allDays = new TreeSet<>();
        byOffice.values().forEach(days -> allDays.addAll(days.keySet()));
        byOffice.forEach((code, days) -> {
            List<String> missing = allDays.stream().filter(day -> !days.containsKey(day)).map(LocalDate::toString)
                    .toList();
            if (!missing.isEmpty()) {
                String named = String.join(", ", missing.subList(0, Math.min(DAYS_NAMED, missing.size())))
                        + (missing.size() > DAYS_NAMED ? ", …" : "");
                warnings.add(Message.of("rekap.warning.missingDays", code, missing.size(), named));
            }
        });
    }

    private static List<AreaRollup> areas(List<KelurahanLine> lines, Map<String, TreeMap<LocalDate, DailyFigures>> byOffice,
                                          java.util.function.Function<KelurahanLine, String> code,
                                          java.util.function.Function<KelurahanLine, String> name) {
        Map<String, List<KelurahanLine>> grouped = lines.stream()
                .collect(Collectors.groupingBy(code, TreeMap::new, Collectors.toList()));
        List<AreaRollup> areas = new ArrayList<>();
        grouped.forEach((areaCode, members) -> {
            Tally total = Tally.ZERO;
            SortedMap<LocalDate, Integer> trend = new TreeMap<>();
            for (KelurahanLine line : members) {
                total = total.plus(line.tally());
                byOffice.get(line.code()).forEach((day, figures) -> trend.merge(day, figures.registered(), Integer::sum));
            }
            List<KelurahanLine> sorted = new ArrayList<>(members);
            sorted.sort(KelurahanLine.FURTHEST_BEHIND_FIRST);
            areas.add(new AreaRollup(areaCode, name.apply(members.get(0)), total, sorted, trend));
        });
        return areas;
    }
}
