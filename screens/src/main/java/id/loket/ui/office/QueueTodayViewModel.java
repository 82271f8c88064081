package id.loket.ui.office;

import id.loket.domain.text.Texts;
import id.loket.service.office.QueueToday;
import id.loket.ui.Activatable;
import id.loket.ui.Background;
import id.loket.ui.Repeater;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Today's queue for the lurah, read again every {@link #REFRESH} while the office shows it: the totals
 * (waiting, longest wait now, counters open), a line per service and a line per counter.
 */
public final class QueueTodayViewModel implements Activatable {

    /** Often enough to follow the morning rush, seldom enough to leave the database alone. */
    static final Duration REFRESH = Duration.ofSeconds(5);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH.mm.ss");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH.mm");

    /** A service's line: its letter and name, how many wait, and the longest wait in words. */
    public record ServiceLine(String service, String waiting, String longest) {
    }

    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper updated = new ReadOnlyStringWrapper("");
    private final ObservableList<ServiceLine> services = FXCollections.observableArrayList();
    private final ObservableList<String> counters = FXCollections.observableArrayList();
    private final QueueToday queue;
    private final Background background;
    private final Texts texts;
    private final Repeater repeater;
    private Repeater.Running timer;
    private boolean reading;

    public QueueTodayViewModel(QueueToday queue, Background background, Texts texts) {
        this(queue, background, texts, Repeater.fx());
    }

    QueueTodayViewModel(QueueToday queue, Background background, Texts texts, Repeater repeater) {
        this.queue = queue;
        this.background = background;
        this.texts = texts;
        this.repeater = repeater;
    }

    /** Reads now, then every {@link #REFRESH} until {@link #close()}. */
    @Override
    public void attach() {
        if (timer != null) {
            return;
        }
        timer = repeater.every(REFRESH, this::refresh);
        refresh();
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.stop();
            timer = null;
        }
    }

    /** One read; a read still under way (a slow LAN) is not doubled. */
    public void refresh() {
        if (reading) {
            return;
        }
        reading = true;
        try {
            background.run(queue::now, snapshot -> {
                reading = false;
                show(snapshot);
            }, failure -> {
                reading = false;
                updated.set(texts.text(failure));
            });
        } catch (RejectedExecutionException closing) {
            // Loket is closing and its background work with it: there is nothing more to read.
            reading = false;
            close();
        }
    }

    private void show(QueueToday.Snapshot snapshot) {
        totals.set(texts.text("office.queue.totals", snapshot.waiting(),
                snapshot.longestWait().map(this::duration).orElse(texts.text("office.queue.nobodyWaits")),
                snapshot.countersOpen(), snapshot.officeCounters()));
        services.setAll(snapshot.services().stream().map(s -> new ServiceLine(s.letter() + " \u00b7 " + s.name(),
                texts.text("office.queue.waiting", s.waiting()),
                s.longestWait().map(w -> texts.text("office.queue.longest", duration(w))).orElse("\u2014")))
                .toList());
        counters.setAll(counterLines(snapshot));
        updated.set(texts.text("office.queue.updated", CLOCK.format(snapshot.readAt())));
    }

    /** Every counter of the office, open or not, then any other counter number that called today. */
    private List<String> counterLines(QueueToday.Snapshot snapshot) {
        Map<Integer, QueueToday.CounterLine> worked = snapshot.counters().stream()
                .collect(Collectors.toMap(QueueToday.CounterLine::counter, Function.identity()));
        List<String> lines = new ArrayList<>();
        for (int counter = 1; counter <= snapshot.officeCounters(); counter++) {
            lines.add(counterLine(counter, worked.remove(counter)));
        }
        worked.values().stream().sorted(java.util.Comparator.comparingInt(QueueToday.CounterLine::counter))
                .forEach(line -> lines.add(counterLine(line.counter(), line)));
        return lines;
    }

    private String counterLine(int counter, QueueToday.CounterLine line) {
        if (line == null) {
            return texts.text("office.queue.counterNotOpened", counter);
        }
        if (line.serving().isPresent()) {
            return texts.text("office.queue.counterServing", counter, line.serving().get());
        }
        return line.open() ? texts.text("office.queue.counterOpen", counter, HOUR.format(line.lastCall()))
                : texts.text("office.queue.counterClosed", counter, HOUR.format(line.lastCall()));
    }

    /** "25 menit", "1 jam 5 menit": whole minutes, as a person says a wait. */
    String duration(Duration wait) {
        long minutes = wait.toMinutes();
        return minutes < 60 ? texts.text("office.queue.minutes", minutes)
                : texts.text("office.queue.hoursMinutes", minutes / 60, minutes % 60);
    }

    public ReadOnlyStringProperty totalsProperty() { return totals.getReadOnlyProperty(); }
    public ReadOnlyStringProperty updatedProperty() { return updated.getReadOnlyProperty(); }
    public ObservableList<ServiceLine> services() { return services; }
    public ObservableList<String> counters() { return counters; }
}
