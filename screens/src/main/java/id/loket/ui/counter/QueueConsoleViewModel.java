package id.loket.ui.counter;

import id.loket.config.ServiceDefinition;
import id.loket.domain.account.Agent;
import id.loket.domain.queue.QueueTicket;
import id.loket.domain.queue.Ticket;
import id.loket.domain.queue.Transfer;
import id.loket.domain.text.Message;
import id.loket.domain.text.Texts;
import id.loket.service.queue.CounterService;
import id.loket.service.device.DeviceService;
import id.loket.ui.Activatable;
import id.loket.ui.Background;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The queue half of the counter console: call next, recall, no-show, transfer and finish,
 * and a scanned ticket QR brought to this counter. It owns "the ticket being served"; the registration
 * half only listens to {@link #ticketProperty()} changing.
 *
 * <p>One queue action runs at a time: a second key press while one is under way is ignored, so a
 * double F2 can never call two residents.
 */
public final class QueueConsoleViewModel implements Activatable {

    /** Where a resident can be sent: a service or a counter, with the words the agent reads. */
    public record TransferTarget(Transfer transfer, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** The message key of a database server out of reach (see service.Failures). */
    private static final String SERVER_UNREACHABLE = "lan.serverUnreachable";
    private static final int SERVER_RETRY_SECONDS = 3;

    private final ObjectProperty<Ticket> ticket = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper currentTicket = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper ticketDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper queueMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper transferOpen = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<TransferTarget> transferTargets = FXCollections.observableArrayList();
    private final ObjectProperty<TransferTarget> chosenTarget = new SimpleObjectProperty<>();
    private final BooleanBinding serving;
    /** The question "unsaved data: save / discard / cancel" is on screen, for {@link #waitingAction}. */
    private final ReadOnlyBooleanWrapper askingUnsaved = new ReadOnlyBooleanWrapper(false);
    private Runnable waitingAction;
    private UnsavedWork unsavedWork = UnsavedWork.NONE;
    private final List<DeviceService.Watch> watches = new ArrayList<>();
    /** Asks, while the office's database server is out of reach, whether it is back; null otherwise. */
    private ScheduledExecutorService serverWatch;

    private final CounterService counter;
    private final DeviceService devices;
    private final Background background;
    private final Texts texts;
    private final Agent agent;

    public QueueConsoleViewModel(CounterService counter, DeviceService devices, Background background, Texts texts,
                                 Agent agent) {
        this.counter = counter;
        this.devices = devices;
        this.background = background;
        this.texts = texts;
        this.agent = agent;
        serving = ticket.isNotNull();
        ticket.addListener((obs, old, now) -> currentTicket.set(now == null ? "" : now.displayNumber()));
        resume();
    }

    /** After a restart of this PC the ticket still called here comes back on screen; otherwise the queue size. */
    private void resume() {
        act(counter::serving, found -> {
            found.ifPresent(t -> {
                show(t);
                queueMessage.set(texts.text("queue.resumed", t.displayNumber()));
            });
            if (found.isEmpty()) {
                refreshQueue();
            }
        });
    }

    /**
     * Starts listening to the scanner for ticket QR codes; {@link #close()} stops. Attached and closed with
     * the counter's own model ({@link CounterViewModel}), whose view it is part of.
     */
    @Override
    public void attach() {
        if (!watches.isEmpty()) {
            return;
        }
        var ui = background.ui();
        // Scan errors are the registration half's to show; only ticket codes matter here.
        watches.add(devices.watchScans(code -> ui.execute(() -> onScan(code)), problem -> { }));
    }

    @Override
    public void close() {
        watches.forEach(DeviceService.Watch::close);
        watches.clear();
        stopWatchingServer();
    }

    /**
     * Says what went wrong. When the office's database server is out of reach (LAN mode), the console
     * also asks every {@value #SERVER_RETRY_SECONDS} s whether it is back and then says so by itself,
     * so the agent need not press anything to find out.
     */
    private void failed(Message failure) {
        queueMessage.set(texts.text(failure));
        if (SERVER_UNREACHABLE.equals(failure.key())) {
            watchForServer();
        }
    }

    private void watchForServer() {
        if (serverWatch != null) {
            return;
        }
        serverWatch = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "counter server watch");
            thread.setDaemon(true);
            return thread;
        });
        var ui = background.ui();
        serverWatch.scheduleWithFixedDelay(() -> ui.execute(this::askWhetherServerIsBack),
                SERVER_RETRY_SECONDS, SERVER_RETRY_SECONDS, TimeUnit.SECONDS);
    }

    private void askWhetherServerIsBack() {
        if (serverWatch == null || busy.get()) {
            return; // an action under way finds out for itself
        }
        background.run(() -> new ServerBack(counter.waitingToday(), counter.serving()), back -> {
            if (serverWatch == null) {
                return;
            }
            stopWatchingServer();
            // A call the server committed just as it went away never reached this screen: the ticket is
            // called here, and the resident hears their number, so it comes on screen instead of waiting forever.
            Optional<Ticket> calledHere = back.serving().filter(t -> ticket.get() == null);
            calledHere.ifPresent(this::show);
            queueMessage.set(calledHere
                    .map(t -> texts.text("queue.serverBackCalled", t.displayNumber()))
                    .orElseGet(() -> texts.text("queue.serverBack", back.waiting(), counter.counterNumber())));
        }, stillAway -> {
            // Still away: the message on screen already says so; the next tick asks again.
        });
    }

    /** What the console asks once the server answers again: the queue's size and the ticket called here, if any. */
    private record ServerBack(int waiting, Optional<Ticket> serving) {
    }

    private void stopWatchingServer() {
        if (serverWatch != null) {
            serverWatch.shutdownNow();
            serverWatch = null;
        }
    }

    /** A scanned code: a ticket QR calls that ticket here, when nobody is being served. */
    public void onScan(String code) {
        if (Ticket.idFromQr(code).isEmpty()) {
            return;
        }
        if (ticket.get() != null) {
            queueMessage.set(texts.text("queue.serveFirst", ticket.get().displayNumber()));
            return;
        }
        act(() -> counter.callScanned(code, agent), outcome -> {
            outcome.problem().ifPresent(problem -> queueMessage.set(texts.text(problem)));
            outcome.ticket().ifPresent(t -> {
                show(t);
                queueMessage.set(texts.text("queue.scanned", t.displayNumber()));
            });
        });
    }

    /** The resident's forms, asked before the ticket leaves this counter. */
    void watchUnsaved(UnsavedWork work) {
        this.unsavedWork = work;
    }

    /**
     * Runs {@code action} at once when nothing typed would be lost by it; otherwise asks first
     * ("unsaved data: save / discard / cancel") and runs it after the answer allows it.
     */
    public void unlessUnsaved(Runnable action) {
        if (askingUnsaved.get() || busy.get()) {
            return;
        }
        if (!unsavedWork.unsaved()) {
            action.run();
            return;
        }
        waitingAction = action;
        askingUnsaved.set(true);
    }

    /** Save: the form saves; saved, the action goes on; refused, everything stays with the form's message. */
    public void saveUnsaved() {
        if (!askingUnsaved.get()) {
            return;
        }
        Runnable action = waitingAction;
        unsavedWork.save(saved -> {
            if (!askingUnsaved.get() || waitingAction != action) {
                return; // answered otherwise meanwhile
            }
            endQuestion();
            if (saved) {
                action.run();
            } else {
                queueMessage.set(texts.text("counter.unsaved.notSaved"));
            }
        });
    }

    /** Discard: the action goes on; what was typed goes with the ticket. */
    public void discardUnsaved() {
        if (!askingUnsaved.get()) {
            return;
        }
        Runnable action = waitingAction;
        endQuestion();
        action.run();
    }

    /** Cancel: nothing changes. */
    public void cancelUnsaved() {
        if (!askingUnsaved.get()) {
            return;
        }
        endQuestion();
    }

    private void endQuestion() {
        askingUnsaved.set(false);
        waitingAction = null;
    }

    /** F2: calls the next ticket, asking first when the resident's forms hold unsaved input. */
    public void callNext() {
        unlessUnsaved(this::finishAndCallNext);
    }

    /** Finishes the ticket being served, if any, and calls the next one. */
    private void finishAndCallNext() {
        Optional<Ticket> done = Optional.ofNullable(ticket.get());
        act(() -> {
            done.ifPresent(counter::finish);
            return counter.callNext(agent);
        }, next -> {
            transferOpen.set(false);
            if (next.isEmpty()) {
                show(null);
                queueMessage.set(texts.text("counter.queue.empty"));
            } else {
                show(next.get());
                refreshQueue();
            }
        });
    }

    /** Calls the ticket being served once more; the display board announces it again. */
    public void recall() {
        Ticket now = ticket.get();
        if (now == null) {
            return;
        }
        act(() -> counter.recall(now), recalled -> {
            if (!recalled) {
                lost(now);
                return;
            }
            show(now);
        });
    }

    /** The called resident did not come: the policy says call again, postpone, or close. */
    public void noShow() {
        Ticket now = ticket.get();
        if (now == null) {
            return;
        }
        act(() -> counter.noShow(now), decision -> {
            String number = now.displayNumber();
            switch (decision.outcome()) {
                case CALL_AGAIN_FIRST -> queueMessage.set(texts.text("queue.noShow.callAgain", number,
                        counter.noShowCalls() - decision.callsStillNeeded(), decision.callsStillNeeded()));
                case POSTPONED -> {
                    show(null);
                    queueMessage.set(texts.text("queue.noShow.postponed", number));
                }
                case CLOSED -> {
                    show(null);
                    queueMessage.set(texts.text("queue.noShow.closed", number));
                }
            }
        });
    }

    /**
     * F7: opens the choice of where to send the resident (the other services and the other counters),
     * asking first when the resident's forms hold unsaved input.
     */
    public void openTransfer() {
        if (ticket.get() == null || busy.get() || transferOpen.get()) {
            return;
        }
        unlessUnsaved(this::offerTransferTargets);
    }

    private void offerTransferTargets() {
        Ticket now = ticket.get();
        if (now == null || busy.get()) {
            return;
        }
        List<TransferTarget> targets = new ArrayList<>();
        for (ServiceDefinition service : counter.services()) {
            if (!service.code().equals(now.serviceCode())) {
                targets.add(new TransferTarget(new Transfer.ToService(service.code()),
                        texts.text("queue.transfer.toService", counter.serviceName(service.code()))));
            }
        }
        for (int other : counter.otherCounters()) {
            targets.add(new TransferTarget(new Transfer.ToCounter(other), texts.text("queue.transfer.toCounter", other)));
        }
        transferTargets.setAll(targets);
        chosenTarget.set(targets.isEmpty() ? null : targets.get(0));
        transferOpen.set(true);
    }

    public void cancelTransfer() {
        transferOpen.set(false);
    }

    /** Sends the resident to the chosen service or counter; the ticket keeps its number. */
    public void confirmTransfer() {
        Ticket now = ticket.get();
        TransferTarget target = chosenTarget.get();
        if (now == null || target == null || !transferOpen.get()) {
            return;
        }
        act(() -> counter.transfer(now, target.transfer()), moved -> {
            transferOpen.set(false);
            if (!moved) {
                lost(now);
                return;
            }
            show(null);
            queueMessage.set(texts.text("queue.transferred", now.displayNumber(), target.label()));
        });
    }

    /** F9: the resident was served, asking first when the resident's forms hold unsaved input. */
    public void finish() {
        if (ticket.get() == null) {
            return;
        }
        unlessUnsaved(this::finishServed);
    }

    /** The service time runs from the call to now. */
    private void finishServed() {
        Ticket now = ticket.get();
        if (now == null) {
            return;
        }
        act(() -> {
            counter.finish(now);
            return now;
        }, done -> {
            transferOpen.set(false);
            show(null);
            queueMessage.set(texts.text("queue.finished", done.displayNumber()));
        });
    }

    /** The ticket left this counter behind the agent's back (another PC transferred or closed it). */
    private void lost(Ticket gone) {
        show(null);
        queueMessage.set(texts.text("queue.notHere", gone.displayNumber()));
    }

    private void show(Ticket called) {
        ticket.set(called);
        if (called == null) {
            ticketDetail.set("");
            return;
        }
        // The calls so far are read in the background; the number is on screen at once.
        background.run(() -> counter.details(called), details -> details.ifPresent(this::showDetail),
                this::failed);
    }

    private void showDetail(QueueTicket details) {
        if (ticket.get() == null || ticket.get().id() != details.ticket().id()) {
            return;
        }
        String service = counter.serviceName(details.ticket().serviceCode());
        ticketDetail.set(texts.text("queue.console.detail", service, details.callCount(), details.callsThisRound()));
    }

    private void refreshQueue() {
        background.run(counter::waitingToday, waiting -> {
            stopWatchingServer();
            queueMessage.set(texts.text("counter.queue.waiting", waiting, counter.counterNumber()));
        }, this::failed);
    }

    /** Runs one queue action in the background unless one is already under way. */
    private <T> void act(Callable<T> work, Consumer<T> done) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        background.run(work, result -> {
            busy.set(false);
            // The server answered: whatever this action says replaces "the server is away", and no later
            // "the server is back" overwrites it.
            stopWatchingServer();
            done.accept(result);
        }, failure -> {
            busy.set(false);
            failed(failure);
        });
    }

    public ReadOnlyObjectProperty<Ticket> ticketProperty() { return ticket; }
    public ReadOnlyStringProperty currentTicketProperty() { return currentTicket.getReadOnlyProperty(); }
    public ReadOnlyStringProperty ticketDetailProperty() { return ticketDetail.getReadOnlyProperty(); }
    public ReadOnlyStringProperty queueMessageProperty() { return queueMessage.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty transferOpenProperty() { return transferOpen.getReadOnlyProperty(); }
    public ObservableList<TransferTarget> transferTargets() { return transferTargets; }
    public ObjectProperty<TransferTarget> chosenTargetProperty() { return chosenTarget; }
    public BooleanBinding servingBinding() { return serving; }
    public ReadOnlyBooleanProperty askingUnsavedProperty() { return askingUnsaved.getReadOnlyProperty(); }
}
