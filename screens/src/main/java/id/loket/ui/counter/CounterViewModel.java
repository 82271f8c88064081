package id.loket.ui.counter;

import id.loket.domain.account.Agent;
import id.loket.domain.queue.Ticket;
import id.loket.domain.registration.Registration;
import id.loket.domain.text.EnumLabels;
import id.loket.domain.text.Texts;
import id.loket.service.queue.CounterService;
import id.loket.service.device.DeviceService;
import id.loket.service.registration.HouseholdLookup;
import id.loket.service.device.PrintoutService;
import id.loket.service.registration.RegistrationService;
import id.loket.service.registration.ServiceRecordService;
import id.loket.service.complaint.ComplaintService;
import id.loket.ui.Activatable;
import id.loket.ui.Background;
import id.loket.ui.counter.complaint.ComplaintFormViewModel;
import id.loket.ui.counter.jkk.PekerjaRentanViewModel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The agent's whole service on one screen: the queue, the devices and the printer's reprint list here;
 * the resident's identity, household and registration in {@link IdentityViewModel},
 * {@link HouseholdViewModel} and {@link RegistrationFormViewModel}, which this model wires together
 * and feeds with card reads and scans.
 */
public final class CounterViewModel implements Activatable {

    private final Map<DeviceService.Slot, ReadOnlyStringWrapper> deviceTexts = new EnumMap<>(DeviceService.Slot.class);
    private final Map<DeviceService.Slot, ReadOnlyObjectWrapper<DeviceService.Health>> deviceHealth = new EnumMap<>(DeviceService.Slot.class);
    private final ObservableList<PrintoutService.Pending> reprints = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper printMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper reprinting = new ReadOnlyBooleanWrapper(false);
    private final DeviceService devices;
    private final PrintoutService printouts;
    private final List<DeviceService.Watch> watches = new ArrayList<>();

    private final QueueConsoleViewModel queue;
    private final Background background;
    private final Texts texts;
    private final Agent agent;
    private final IdentityViewModel identity;
    private final HouseholdViewModel household;
    private final RegistrationFormViewModel form;
    private final ServiceRecordFormViewModel serviceRecord;
    private final ComplaintFormViewModel complaint;
    private final RegistrationInputs registrationInputs;
    private final PekerjaRentanViewModel pekerjaRentan;
    private Optional<Ticket> ticket = Optional.empty();

    public CounterViewModel(CounterService counter, HouseholdLookup lookup, RegistrationService registrations,
                            ServiceRecordService serviceRecords, DeviceService devices, PrintoutService printouts, Background background,
                            Texts texts, Agent agent, ComplaintService complaints, PekerjaRentanViewModel pekerjaRentan) {
        this.pekerjaRentan = pekerjaRentan;
        this.devices = devices;
        this.printouts = printouts;
        this.queue = new QueueConsoleViewModel(counter, devices, background, texts, agent);
        this.background = background;
        this.texts = texts;
        this.agent = agent;
        this.identity = new IdentityViewModel(lookup, texts);
        this.household = new HouseholdViewModel(lookup, registrations, identity, background, texts, agent);
        this.form = new RegistrationFormViewModel(registrations, identity, household,
                () -> ticket.map(Ticket::id), background, texts, agent);
        form.onPrinted(this::printed);
        this.serviceRecord = new ServiceRecordFormViewModel(serviceRecords, counter::serviceName, background, texts,
                agent);
        this.complaint = new ComplaintFormViewModel(complaints, counter.services().stream()
                .map(s -> new ComplaintFormViewModel.ServiceChoice(s.code(), counter.serviceName(s.code()))).toList(),
                background, texts, agent);
        this.registrationInputs = new RegistrationInputs(identity, household, form);
        queue.watchUnsaved(new UnsavedWork() {
            @Override
            public boolean unsaved() {
                return hasUnsavedInput();
            }

            @Override
            public void save(Consumer<Boolean> done) {
                saveThen(done);
            }
        });
        for (DeviceService.Slot slot : DeviceService.Slot.values()) {
            deviceTexts.put(slot, new ReadOnlyStringWrapper(""));
            deviceHealth.put(slot, new ReadOnlyObjectWrapper<>(DeviceService.Health.CONNECTING));
        }
        // The queue console owns the ticket; a new (or no) ticket means a new resident.
        queue.ticketProperty().addListener((obs, old, now) -> {
            clearResident();
            ticket = Optional.ofNullable(now);
            serviceRecord.serve(now);
            complaint.serve(now);
            pekerjaRentan.serve(now);
        });
        ticket = Optional.ofNullable(queue.ticketProperty().get());
        serviceRecord.serve(ticket.orElse(null));
        complaint.serve(ticket.orElse(null));
        pekerjaRentan.serve(ticket.orElse(null));
    }

    // --- devices -----------------------------------------------------------------------------------

    /**
     * Starts listening to the devices: their states for the status bar, card reads and scans for the
     * NIK field. Device events arrive on the drivers' threads and reach the screen only through the
     * UI executor. {@link #close()} stops listening.
     */
    @Override
    public void attach() {
        if (!watches.isEmpty()) {
            return;
        }
        var ui = background.ui();
        watches.add(devices.watchStates(state -> ui.execute(() -> showDevice(state))));
        watches.add(devices.watchCards(reading -> ui.execute(() -> onCard(reading))));
        watches.add(devices.watchScans(code -> ui.execute(() -> onScan(code)),
                problem -> ui.execute(() -> identity.message(texts.text(problem)))));
        devices.states().forEach(this::showDevice);
        queue.attach();
        refreshReprints();
    }

    /** Stops listening to the devices (the console left the screen). */
    @Override
    public void close() {
        watches.forEach(DeviceService.Watch::close);
        watches.clear();
        queue.close();
    }

    private void showDevice(DeviceService.State state) {
        deviceHealth.get(state.slot()).set(state.health());
        String text = texts.text("device.bar.entry", texts.text(state.slot().label()), texts.text(state.state()));
        deviceTexts.get(state.slot()).set(state.problem()
                .map(problem -> texts.text("device.status.withProblem", text, texts.text(problem)))
                .orElse(text));
    }

    private void onCard(DeviceService.CardReading reading) {
        if (reading instanceof DeviceService.CardReading.Identity card) {
            identity.cardRead(card);
        } else if (reading instanceof DeviceService.CardReading.Failed failed) {
            identity.message(texts.text(failed.problem()));
        } else if (reading instanceof DeviceService.CardReading.Present) {
            identity.message(texts.text("device.card.reading"));
        }
    }

    /**
     * A scanned code: a receipt's QR brings its registration up for a reprint; a NIK goes to the
     * identity; a queue ticket's QR belongs to the queue console and is no error here.
     */
    void onScan(String code) {
        if (code.strip().startsWith(Registration.QR_PREFIX)) {
            form.openReceipt(code);
            return;
        }
        if (Ticket.idFromQr(code).isPresent()) {
            return; // a ticket QR: the queue console calls that ticket
        }
        String digits = IdentityViewModel.withoutFormatting(code);
        if (digits.matches("[0-9]{16}")) {
            identity.scanned(digits);
        } else {
            identity.message(texts.text("device.scan.notNik"));
        }
    }

    // --- printing ----------------------------------------------------------------------------------

    private void refreshReprints() {
        background.run(printouts::reprintList, list -> {
            reprints.setAll(list);
            if (list.isEmpty()) {
                return;
            }
            PrintoutService.Pending first = list.get(0);
            printMessage.set(texts.text("print.failed", first.code(), texts.text(first.problem()), list.size()));
        }, failure -> printMessage.set(texts.text(failure)));
    }

    /** A receipt was printed (or not): say so, and bring the reprint list up to date. */
    private void printed(String code, PrintoutService.PrintOutcome outcome) {
        if (outcome.printed()) {
            printMessage.set(texts.text("print.done", code));
        }
        refreshReprints();
    }

    /** Prints the receipts on this counter's reprint list again, oldest first, stopping at the first failure. */
    public void reprint() {
        if (reprinting.get() || reprints.isEmpty()) {
            return;
        }
        List<Long> jobs = reprints.stream().map(PrintoutService.Pending::jobId).toList();
        reprinting.set(true);
        printMessage.set(texts.text("print.reprinting"));
        background.run(() -> {
            int done = 0;
            for (long job : jobs) {
                PrintoutService.PrintOutcome outcome = printouts.reprint(job);
                if (!outcome.printed()) {
                    break;
                }
                done++;
            }
            return done;
        }, done -> {
            reprinting.set(false);
            printMessage.set(done == jobs.size() ? texts.text("print.reprinted", done) : "");
            refreshReprints();
        }, failure -> {
            reprinting.set(false);
            printMessage.set(texts.text(failure));
        });
    }

    // --- registration: see IdentityViewModel, HouseholdViewModel, RegistrationFormViewModel ----------

    /** Saves the form on screen (Ctrl+S / F10): the registration with its receipt, or the service record. */
    public void save() {
        if (serviceRecord.kindProperty().get() != null) {
            serviceRecord.save();
        } else {
            form.save();
        }
    }

    /** Whether the form on screen holds input that leaving the ticket would lose. */
    boolean hasUnsavedInput() {
        if (pekerjaRentan.activeProperty().get()) {
            return pekerjaRentan.unsaved();
        }
        return serviceRecord.kindProperty().get() != null
                ? serviceRecord.unsaved() || complaint.unsaved()
                : registrationInputs.unsaved(household, form);
    }

    /**
     * Saves the form on screen for the question "unsaved data": {@code done} hears true once saved, false
     * when the form refused it (its message says why) or could not save it yet (a walk-in not added).
     */
    private void saveThen(Consumer<Boolean> done) {
        if (pekerjaRentan.activeProperty().get()) {
            pekerjaRentan.save(done);
            return;
        }
        if (serviceRecord.kindProperty().get() != null) {
            if (!complaint.unsaved()) {
                serviceRecord.save(done);
                return;
            }
            // A complaint typed but not recorded is recorded first; the service record after it, if started.
            complaint.record(recorded -> {
                if (recorded && serviceRecord.unsaved()) {
                    serviceRecord.save(done);
                } else {
                    done.accept(recorded);
                }
            });
            return;
        }
        form.save();
        if (!form.savingProperty().get()) {
            done.accept(form.savedProperty().get());
            return;
        }
        form.savingProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                if (!now) {
                    form.savingProperty().removeListener(this);
                    // The form ends its save by clearing "saving" first and marking "saved" after: look once
                    // its handler has finished.
                    background.ui().execute(() -> done.accept(form.savedProperty().get()));
                }
            }
        });
    }

    /** Logging out: asks first when the form on screen holds unsaved input, then {@code logout} runs. */
    public void leave(Runnable logout) {
        queue.unlessUnsaved(logout);
    }

    /** Clears everything about the last resident, keeping the defaults for the next. */
    private void clearResident() {
        identity.clear();
        household.clear();
        form.reset();
    }

    public String label(Enum<?> constant) {
        return texts.text(EnumLabels.key(constant));
    }

    public Agent agent() {
        return agent;
    }

    public QueueConsoleViewModel queue() { return queue; }
    public IdentityViewModel identity() { return identity; }
    public HouseholdViewModel household() { return household; }
    public RegistrationFormViewModel form() { return form; }
    public ServiceRecordFormViewModel serviceRecord() { return serviceRecord; }
    public ComplaintFormViewModel complaint() { return complaint; }
    public PekerjaRentanViewModel pekerjaRentan() { return pekerjaRentan; }
    public ReadOnlyStringProperty deviceTextProperty(DeviceService.Slot slot) { return deviceTexts.get(slot).getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<DeviceService.Health> deviceHealthProperty(DeviceService.Slot slot) {
        return deviceHealth.get(slot).getReadOnlyProperty();
    }
    public ObservableList<PrintoutService.Pending> reprints() { return reprints; }
    public ReadOnlyStringProperty printMessageProperty() { return printMessage.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty reprintingProperty() { return reprinting.getReadOnlyProperty(); }
}
