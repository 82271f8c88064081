package id.loket.ui.board;

import id.loket.domain.board.BoardCall;
import id.loket.domain.board.BoardSnapshot;
import id.loket.domain.board.WaitingCount;
import id.loket.domain.text.Message;
import id.loket.domain.text.Texts;
import id.loket.service.board.Announcer;
import id.loket.service.board.BoardMonitor;
import id.loket.service.board.BoardService;
import id.loket.ui.Activatable;
import id.loket.ui.UiExecutor;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the display board shows, kept up to date by a {@link BoardMonitor} that reads the database
 * off the screen's thread; every change reaches the screen through the {@link UiExecutor}.
 */
public final class BoardViewModel implements Activatable {

    /**
     * One counter's tile: its label, the ticket it serves (a dash when none, "closed" when its agent
     * logged out), whether it was called last, and whether it is closed.
     */
    public record CounterTile(String counter, String ticket, boolean latest, boolean closed) {
    }

    /** One service's waiting count, as the board writes it. */
    public record WaitingLine(String letter, String service, String count) {
    }

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH.mm");
    private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofPattern("HH.mm.ss");

    private final Texts texts;
    private final int counters;
    private final UiExecutor ui;
    private final BoardMonitor monitor;
    private final ObservableList<CounterTile> tiles = FXCollections.observableArrayList();
    private final ObservableList<String> recent = FXCollections.observableArrayList();
    private final ObservableList<WaitingLine> waiting = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper clock = new ReadOnlyStringWrapper("");
    /** The time the board's clock shows while the database cannot be read (the snapshot's own time otherwise). */
    private final Clock time;
    private final ReadOnlyStringWrapper connection = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sound = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper soundProblem = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper ticker = new ReadOnlyStringWrapper("");

    public BoardViewModel(BoardService board, Announcer announcer, UiExecutor ui, Texts texts, Clock clock) {
        this.texts = texts;
        this.time = clock;
        this.counters = board.counters();
        this.ui = ui;
        this.monitor = new BoardMonitor(board, announcer, new BoardMonitor.Listener() {
            @Override
            public void show(BoardSnapshot snapshot) {
                ui.execute(() -> BoardViewModel.this.show(snapshot));
            }

            @Override
            public void problem(Message message) {
                ui.execute(() -> BoardViewModel.this.problem(message));
            }

            @Override
            public void sound(Message status) {
                ui.execute(() -> BoardViewModel.this.sound(status));
            }
        });
        tiles.setAll(idleTiles());
    }

    /** Starts reading the database; the first picture comes at once. */
    @Override
    public void attach() {
        monitor.start();
    }

    /** One look at the database now, on the caller's thread: what the monitor does at each tick. */
    void look() {
        monitor.look();
    }

    private List<CounterTile> idleTiles() {
        List<CounterTile> idle = new ArrayList<>();
        for (int counter = 1; counter <= counters; counter++) {
            idle.add(new CounterTile(texts.text("board.counter", counter), texts.text("board.counterIdle"), false, false));
        }
        return idle;
    }

    private void show(BoardSnapshot snapshot) {
        Map<Integer, BoardCall> serving = snapshot.serving().stream()
                .collect(Collectors.toMap(BoardCall::counter, Function.identity()));
        long latestTicket = snapshot.recent().isEmpty() ? -1 : snapshot.recent().get(0).ticketId();
        List<CounterTile> updated = new ArrayList<>();
        // Counters beyond office.counters (a setting lowered during the day) still show while they serve.
        int shown = Math.max(counters, serving.keySet().stream().mapToInt(Integer::intValue).max().orElse(0));
        for (int counter = 1; counter <= shown; counter++) {
            BoardCall call = serving.get(counter);
            boolean closed = call == null && snapshot.closed().contains(counter);
            String ticket = call != null ? call.displayNumber()
                    : texts.text(closed ? "board.counterClosed" : "board.counterIdle");
            updated.add(new CounterTile(texts.text("board.counter", counter), ticket,
                    call != null && call.ticketId() == latestTicket, closed));
        }
        setIfChanged(tiles, updated);
        List<String> calls = snapshot.recent().isEmpty() ? List.of(texts.text("board.noCalls"))
                : snapshot.recent().stream().map(c -> texts.text("board.recentCall", c.displayNumber(), c.counter())).toList();
        setIfChanged(recent, calls);
        setIfChanged(waiting, snapshot.waiting().stream().map(this::line).toList());
        String notices = String.join(id.loket.ui.Ticker.SEPARATOR, snapshot.notices());
        if (!notices.equals(ticker.get())) {
            ticker.set(notices);
        }
        clock.set(CLOCK.format(snapshot.readAt()));
        connection.set(texts.text("board.status.live", UPDATED.format(snapshot.readAt())));
        problem.set(false);
    }

    private WaitingLine line(WaitingCount count) {
        return new WaitingLine(String.valueOf(count.letter()), count.serviceName(),
                texts.text("board.waitingCount", count.waiting()));
    }

    private void problem(Message message) {
        // The last picture stays: better slightly old than blank. The clock goes on.
        clock.set(CLOCK.format(LocalDateTime.now(time)));
        connection.set(texts.text(message));
        problem.set(true);
    }

    private void sound(Message status) {
        sound.set(texts.text(status));
        soundProblem.set(!"board.sound.ok".equals(status.key()));
    }

    /** Replaces the list only when it differs, so the screen does not flicker at every look. */
    private static <T> void setIfChanged(ObservableList<T> list, List<T> items) {
        if (!list.equals(items)) {
            list.setAll(items);
        }
    }

    public ObservableList<CounterTile> tiles() {
        return tiles;
    }

    public ObservableList<String> recent() {
        return recent;
    }

    public ObservableList<WaitingLine> waiting() {
        return waiting;
    }

    public ReadOnlyStringProperty clock() {
        return clock.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty connection() {
        return connection.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sound() {
        return sound.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty problem() {
        return problem.getReadOnlyProperty();
    }

    /** The notices in force, one after the other, for the ticker; empty when there are none. */
    public ReadOnlyStringProperty ticker() {
        return ticker.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty soundProblem() {
        return soundProblem.getReadOnlyProperty();
    }

    @Override
    public void close() {
        monitor.close();
    }
}
