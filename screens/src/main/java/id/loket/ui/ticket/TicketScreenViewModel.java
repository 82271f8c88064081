package id.loket.ui.ticket;

import id.loket.config.ServiceDefinition;
import id.loket.domain.board.NumberWords;
import id.loket.domain.queue.Lane;
import id.loket.domain.queue.WaitEstimate;
import id.loket.domain.text.Texts;
import id.loket.service.queue.TicketService;
import id.loket.ui.Activatable;
import id.loket.ui.Background;
import id.loket.ui.PdfPreview;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import id.loket.service.device.DeviceService;
import id.loket.service.device.ResidentVoice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.image.Image;

/**
 * The resident's two touches: a service, then the lane. Then the ticket is made in the background
 * and shown; the screen returns to its start when the resident is done or walks away.
 */
public final class TicketScreenViewModel implements Activatable {

    public enum Step { CHOOSE_SERVICE, CHOOSE_LANE, PRINTING, ISSUED, FAILED, CLOSED }

    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.CHOOSE_SERVICE);
    private final ReadOnlyStringWrapper ticketNumber = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper chosenService = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Image> ticketPreview = new ReadOnlyObjectWrapper<>();

    private final ReadOnlyStringWrapper cardMessage = new ReadOnlyStringWrapper("");
    /** A tapped KTP-el says 60 or older: the lane page suggests the priority lane (the resident chooses). */
    private final ReadOnlyBooleanWrapper priorityByAge = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper notices = new ReadOnlyStringWrapper("");
    private final TicketService tickets;
    private final Optional<DeviceService> devices;
    private final Optional<ResidentVoice> voice;
    /** The resident asked to hear the pages ("Dengarkan"): each page is said aloud until the screen starts again. */
    private boolean speaking;
    private final Background background;
    private final Texts texts;
    private final List<DeviceService.Watch> watches = new ArrayList<>();
    private ServiceDefinition service;
    /** A NIK from a tapped KTP-el or a scan, for the RT's schedule day on the ticket; never shown. */
    private Optional<String> nik = Optional.empty();

    public TicketScreenViewModel(TicketService tickets, Background background, Texts texts) {
        this(tickets, Optional.empty(), Optional.empty(), background, texts);
    }

    /**
     * With the card reader and scanner (a resident may tap a KTP-el to learn their RT's day at the office) and
     * the voice for spoken prompts when the office turned them on.
     */
    public TicketScreenViewModel(TicketService tickets, Optional<DeviceService> devices, Optional<ResidentVoice> voice,
                                 Background background, Texts texts) {
        this.tickets = tickets;
        this.devices = devices;
        this.voice = voice;
        this.background = background;
        this.texts = texts;
    }

    /** Starts listening to the card reader and scanner while the screen is shown; {@link #close()} stops. */
    @Override
    public void attach() {
        refreshNotices();
        if (devices.isEmpty() || !watches.isEmpty()) {
            return;
        }
        var ui = background.ui();
        watches.add(devices.get().watchCards(reading -> ui.execute(() -> onCard(reading))));
        watches.add(devices.get().watchScans(code -> ui.execute(() -> onScan(code)), problem -> { }));
    }

    @Override
    public void close() {
        watches.forEach(DeviceService.Watch::close);
        watches.clear();
    }

    private void onCard(DeviceService.CardReading reading) {
        if (reading instanceof DeviceService.CardReading.Identity identity) {
            accept(identity.nik(), identity.birthDate());
        } else if (reading instanceof DeviceService.CardReading.Failed && choosing()) {
            cardMessage.set(texts.text("ticket.card.failed"));
        }
    }

    private void onScan(String code) {
        String digits = code.replaceAll("[\\s.\\-]", "");
        if (digits.matches("[0-9]{16}")) {
            accept(digits, Optional.empty());
        }
    }

    /**
     * Only while choosing: a card tapped after the ticket is out belongs to the next resident. The
     * card's birth date (else the one the NIK encodes) may make the priority lane a suggestion.
     */
    private void accept(String read, Optional<LocalDate> birthDate) {
        if (!choosing()) {
            return;
        }
        nik = Optional.of(read);
        boolean older = tickets.priorityByAge(read, birthDate);
        priorityByAge.set(older);
        cardMessage.set(texts.text(older ? "ticket.card.readOlder" : "ticket.card.read"));
        if (speaking) {
            say(cardMessage.get());
        }
    }

    private boolean choosing() {
        return step.get() == Step.CHOOSE_SERVICE || step.get() == Step.CHOOSE_LANE;
    }

    public List<ServiceDefinition> services() {
        return tickets.services();
    }

    public String serviceName(ServiceDefinition service) {
        return tickets.serviceName(service);
    }

    public void chooseService(ServiceDefinition chosen) {
        if (step.get() != Step.CHOOSE_SERVICE) {
            return;
        }
        if (tickets.closedNow()) {
            showClosed();
            return;
        }
        service = chosen;
        chosenService.set(tickets.serviceName(chosen));
        step.set(Step.CHOOSE_LANE);
    }

    public void chooseLane(Lane lane) {
        if (step.get() != Step.CHOOSE_LANE) {
            return;
        }
        step.set(Step.PRINTING);
        String code = service.code();
        Optional<String> forSchedule = nik;
        background.run(() -> {
            if (tickets.closedNow()) {
                return null;
            }
            TicketService.IssuedTicket issued = tickets.issue(code, lane, forSchedule);
            return new Shown(issued, issued.printed() ? PdfPreview.render(issued.pdf()) : null);
        }, shown -> {
            if (shown == null) {
                showClosed();
                return;
            }
            if (!shown.ticket().printed()) {
                // Not printed, so not issued: the resident has nothing to wait with. Staff see why.
                detail.set(texts.text("ticket.notPrinted"));
                step.set(Step.FAILED);
                return;
            }
            ticketNumber.set(shown.ticket().ticket().displayNumber());
            WaitEstimate estimate = shown.ticket().estimate();
            String when = estimate.soon() ? texts.text("ticket.issued.soon")
                    : texts.text("ticket.issued.window", clock(estimate.from()), clock(estimate.to()));
            detail.set(texts.text("ticket.issued.detail", shown.ticket().serviceName(), shown.ticket().peopleAhead())
                    + "\n" + when + shown.ticket().scheduleNote().map(note -> "\n" + texts.text(note)).orElse(""));
            ticketPreview.set(shown.preview());
            step.set(Step.ISSUED);
        }, failure -> {
            detail.set(texts.text("ticket.failed"));
            step.set(Step.FAILED);
        });
    }

    /** The day is over: say so politely, and when to come back. */
    private void showClosed() {
        detail.set(texts.text("ticket.closed", clock(tickets.closesAt())));
        step.set(Step.CLOSED);
    }

    private String clock(LocalTime time) {
        return DateTimeFormatter.ofPattern(texts.text("doc.format.time"), texts.locale()).format(time);
    }

    /** Whether this screen offers "Dengarkan" (the office turned spoken prompts on). */
    public boolean spokenPrompts() {
        return voice.map(ResidentVoice::enabled).orElse(false);
    }

    /** "Dengarkan": says this page aloud, and every following page until the screen starts again. */
    public void listen() {
        if (!spokenPrompts()) {
            return;
        }
        speaking = true;
        say(spokenPage());
    }

    /** The screen shows the current step: said aloud when the resident asked to hear the pages. */
    public void pageShown() {
        if (speaking) {
            say(spokenPage());
        }
    }

    private void say(String text) {
        voice.ifPresent(v -> v.say(text.replace('\n', ' ')));
    }

    /** What a page says aloud: its question and its choices, or its message. */
    String spokenPage() {
        return switch (step.get()) {
            case CHOOSE_SERVICE -> texts.text("ticket.chooseService") + ". " + String.join(". ",
                    services().stream().map(s -> s.letter() + ", " + serviceName(s)).toList()) + ".";
            case CHOOSE_LANE -> texts.text("ticket.chooseLane") + " "
                    + (priorityByAge.get() ? texts.text("ticket.lane.suggestPriority") + " " : "")
                    + texts.text("ticket.lane.priority") + ". " + texts.text("ticket.lane.regular") + ".";
            case PRINTING -> texts.text("ticket.printing");
            case ISSUED -> texts.text("ticket.speech.issued", spokenNumber(ticketNumber.get()));
            case FAILED, CLOSED -> detail.get();
        };
    }

    /** "A-023" as the board says it, "A dua puluh tiga", so the engine never reads "nol dua tiga". */
    private String spokenNumber(String displayNumber) {
        int dash = displayNumber.indexOf('-');
        if (dash < 1) {
            return displayNumber;
        }
        int number = Integer.parseInt(displayNumber.substring(dash + 1));
        return displayNumber.substring(0, dash) + " " + ("en".equals(texts.locale().getLanguage())
                ? NumberWords.english(number) : NumberWords.indonesian(number));
    }

    /** Back to the start, forgetting everything about the last resident. */
    public void reset() {
        service = null;
        nik = Optional.empty();
        priorityByAge.set(false);
        if (speaking) {
            speaking = false;
            voice.ifPresent(ResidentVoice::hush);
        }
        cardMessage.set("");
        chosenService.set("");
        ticketNumber.set("");
        detail.set("");
        ticketPreview.set(null);
        step.set(Step.CHOOSE_SERVICE);
        refreshNotices();
    }

    /** Read again for each resident, so a notice starts and ends with its days without a restart. */
    private void refreshNotices() {
        background.run(tickets::noticesToday, now -> notices.set(String.join(id.loket.ui.Ticker.SEPARATOR, now)),
                failure -> { }); // logged by Background; the screen keeps the notices it showed
    }

    /** The office's notices in force today, one after the other; empty when there are none. */
    public ReadOnlyStringProperty noticesProperty() {
        return notices.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty priorityByAgeProperty() {
        return priorityByAge.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty cardMessageProperty() {
        return cardMessage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty ticketNumberProperty() {
        return ticketNumber.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty chosenServiceProperty() {
        return chosenService.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Image> ticketPreviewProperty() {
        return ticketPreview.getReadOnlyProperty();
    }

    /** The ticket and its on-screen picture, made together off the screen's thread. */
    private record Shown(TicketService.IssuedTicket ticket, Image preview) {
    }
}
