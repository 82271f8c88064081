package id.loket.ui.shell;

import id.loket.ui.board.BoardView;
import id.loket.ui.board.BoardViewModel;
import id.loket.ui.board.BoardWindow;
import id.loket.domain.account.Agent;
import id.loket.domain.account.Role;
import id.loket.ui.counter.CounterView;
import id.loket.ui.counter.CounterViewModel;
import id.loket.ui.counter.jkk.PekerjaRentanViewModel;
import id.loket.ui.counter.IdleLockView;
import id.loket.ui.counter.IdleLockViewModel;
import id.loket.ui.login.FirstSupervisorView;
import id.loket.ui.login.LoginView;
import id.loket.ui.login.LoginViewModel;
import id.loket.ui.office.ImportViewModel;
import id.loket.ui.office.CorrectionPane;
import id.loket.ui.office.CorrectionViewModel;
import id.loket.ui.office.ExplanationsPane;
import id.loket.ui.office.ExplanationsViewModel;
import id.loket.ui.office.FollowUpsPane;
import id.loket.ui.office.FollowUpsViewModel;
import id.loket.ui.office.JkkProposalsPane;
import id.loket.ui.office.JkkProposalsViewModel;
import id.loket.ui.office.SocialListPane;
import id.loket.ui.office.SocialListViewModel;
import id.loket.ui.office.AccountsPane;
import id.loket.ui.office.AccountsViewModel;
import id.loket.ui.office.DevicesPane;
import id.loket.ui.office.DevicesViewModel;
import id.loket.ui.office.ComplaintsPane;
import id.loket.ui.office.ComplaintsViewModel;
import id.loket.ui.office.NoticesPane;
import id.loket.ui.office.NoticesViewModel;
import id.loket.ui.office.OfficeView;
import id.loket.ui.office.OfficeViewModel;
import id.loket.ui.office.QueueTodayPane;
import id.loket.ui.office.QueueTodayViewModel;
import id.loket.ui.office.ScheduleViewModel;
import id.loket.ui.office.SecurityViewModel;
import id.loket.ui.ticket.TicketScreenView;
import id.loket.ui.ticket.TicketScreenViewModel;
import id.loket.service.device.StartupChecks;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;

/**
 * The main window's content: one face at a time. The resident ticket screen is open to everyone;
 * the counter console needs an agent's login and the office a supervisor's. Leaving the ticket
 * screen needs a supervisor, so a resident cannot wander into the staff screens.
 */
public final class ShellView {

    public enum Face { CHOOSER, TICKET, COUNTER, OFFICE, BOARD, SURVEY }

    private final StackPane root = new StackPane();
    private final ShellDependencies deps;
    private final ShellDependencies.Frame frame;
    private Runnable closeWindow = () -> { };
    private final BoardWindow boardWindow = new BoardWindow();

    public ShellView(ShellDependencies deps) {
        this.deps = deps;
        this.frame = deps.frame();
        root.setId("shell");
    }

    public Parent root() {
        return root;
    }

    /** What closes the program; set by the application, which owns the window. */
    public void onClose(Runnable close) {
        this.closeWindow = close;
    }

    /** Closes Loket; in kiosk mode only after a supervisor's PIN, so a resident cannot. */
    public void requestClose() {
        if (frame.kioskMode()) {
            login(Role.SUPERVISOR, supervisor -> closeWindow.run());
        } else {
            closeWindow.run();
        }
    }

    /**
     * The first face of a start. On a new install with no account at all, the first supervisor is
     * made first; then the face.
     */
    public void start(Face face) {
        var accounts = deps.signIn().accounts();
        frame.background().run(accounts::noAccounts, none -> {
            if (none) {
                root.getChildren().setAll(new FirstSupervisorView(accounts, frame.background(), frame.texts(),
                        () -> show(face)).root());
            } else {
                show(face);
            }
        }, failure -> show(face));
    }

    public void show(Face face) {
        switch (face) {
            case CHOOSER -> showChooser();
            case TICKET -> showTicketScreen();
            case COUNTER -> login(Role.AGENT, this::showCounter);
            case OFFICE -> login(Role.SUPERVISOR, this::showOffice);
            case BOARD -> showBoard();
            case SURVEY -> showSurvey(() -> show(Face.SURVEY));
        }
    }

    private void showChooser() {
        ChooserView chooser = new ChooserView(frame.texts(), frame.officeName(),
                () -> show(Face.TICKET), () -> show(Face.COUNTER), () -> show(Face.OFFICE), this::openBoardWindow,
                this::requestClose);
        root.getChildren().setAll(chooser.root());
        frame.background().run(deps.signIn().startupChecks()::run,
                results -> chooser.showChecks(frame.texts(), results),
                failure -> chooser.showChecks(frame.texts(), List.of(new StartupChecks.Check(
                        StartupChecks.Level.WARNING, failure))));
    }

    /**
     * The board as this PC's face: a PC by the waiting room's TV, or "Papan antrian" on a PC with one
     * screen. Leaving it (Esc or its button) is guarded as closing Loket is: a supervisor in kiosk mode.
     */
    private void showBoard() {
        var board = deps.board();
        BoardViewModel model = new BoardViewModel(board.board(), board.announcer(), frame.background().ui(),
                frame.texts(), frame.clock());
        BoardView view = new BoardView(model, frame.texts(), frame.officeName(), this::leaveBoard);
        root.getChildren().setAll(view.root());
        view.focus();
    }

    private void leaveBoard() {
        if (frame.kioskMode()) {
            login(Role.SUPERVISOR, supervisor -> showChooser(), this::showBoard);
        } else {
            showChooser();
        }
    }

    /**
     * "Papan antrian": in a window of its own on the second screen when there is one; on a PC with one
     * screen, in this window, where a window of its own could hide the way back (a kiosk PC has no
     * window manager to switch windows with).
     */
    private void openBoardWindow() {
        if (Screen.getScreens().size() > 1) {
            boardWindow.show(deps.board().board(), deps.board().announcer(), frame.background().ui(), frame.texts(),
                    frame.clock(), frame.officeName());
        } else {
            showBoard();
        }
    }

    private void showTicketScreen() {
        var ticket = deps.ticket();
        TicketScreenViewModel model = new TicketScreenViewModel(ticket.tickets(),
                java.util.Optional.of(ticket.devices()), java.util.Optional.of(ticket.voice()), frame.background(),
                frame.texts());
        TicketScreenView view = new TicketScreenView(model, frame.texts(), frame.officeName(), frame.residentIdle(),
                () -> login(Role.SUPERVISOR, supervisor -> showChooser(), this::showTicketScreen),
                java.util.Optional.of(() -> showSurvey(this::showTicketScreen)));
        root.getChildren().setAll(view.root());
    }

    /**
     * The satisfaction survey: the face of a survey tablet ({@code ui.start-face=survey}), or opened
     * from the ticket screen by a resident back from the counter, who returns there when done.
     *
     * @param then where the survey leads when done or left idle
     */
    private void showSurvey(Runnable then) {
        id.loket.ui.survey.SurveyViewModel model = new id.loket.ui.survey.SurveyViewModel(deps.survey().skm(),
                deps.survey().voice(), frame.background(), frame.texts(), frame.today());
        id.loket.ui.survey.SurveyView view = new id.loket.ui.survey.SurveyView(model, frame.texts(),
                frame.officeName(),
                frame.residentIdle(), then, () -> login(Role.SUPERVISOR, supervisor -> showChooser(),
                () -> showSurvey(then)));
        root.getChildren().setAll(view.root());
        model.reset();
    }

    private void login(Role required, Consumer<Agent> then) {
        login(required, then, this::showChooser);
    }

    private void login(Role required, Consumer<Agent> then, Runnable back) {
        LoginViewModel model = new LoginViewModel(deps.signIn().login(), frame.background(), frame.texts(), required,
                then);
        LoginView view = new LoginView(model, frame.texts(), back);
        root.getChildren().setAll(view.root());
        view.focus();
    }

    private void showCounter(Agent agent) {
        var counter = deps.counter();
        CounterViewModel model = new CounterViewModel(counter.counter(), counter.lookup(), counter.registrations(),
                counter.serviceRecords(), counter.devices(), counter.printouts(), frame.background(), frame.texts(),
                agent, counter.complaints(), new PekerjaRentanViewModel(counter.jkkProposals(), counter.jkkDocuments(),
                        counter.devices(), frame.background(), frame.texts(), agent));
        Runnable logout = () -> closeCounter(agent);
        // "Keluar" asks first when the resident's form holds unsaved input (save / discard / cancel); the
        // idle lock's "another agent" does not: the console is hidden behind the lock then.
        CounterView view = new CounterView(model, frame.texts(), () -> model.leave(logout), (nik, back) -> {
            id.loket.ui.person.PersonViewModel person = new id.loket.ui.person.PersonViewModel(
                    deps.person().personRecords(), deps.person().ssnRequests(),
                    () -> java.util.Optional.ofNullable(model.queue().ticketProperty().get())
                            .map(id.loket.domain.queue.Ticket::id), frame.background(), frame.texts(), agent);
            id.loket.ui.person.PersonView page = new id.loket.ui.person.PersonView(person, frame.texts(), back);
            person.open(nik);
            page.focus();
            return page.root();
        });
        IdleLockViewModel lock = new IdleLockViewModel(deps.signIn().login(), frame.background(), frame.texts(),
                agent);
        root.getChildren().setAll(new IdleLockView(view.root(), lock, frame.texts(), frame.agentIdleLock(),
                logout).root());
        view.focus();
        // The board (here or on another PC, through the database) shows the counter open again.
        frame.background().run(() -> {
            deps.counter().counter().open(agent);
            return null;
        }, done -> { }, failure -> { }); // logged by Background; the board keeps the last state it saw
    }

    /**
     * The agent logs out: the counter is recorded closed, so the board stops showing its last ticket as
     * "now serving". The chooser comes at once; a failed record is logged by the background worker and
     * the board then shows the counter as before, which is no reason to keep the agent at the counter.
     */
    private void closeCounter(Agent agent) {
        frame.background().run(() -> {
            deps.counter().counter().close(agent);
            return null;
        }, done -> { }, failure -> { }); // logged by Background; the board keeps the last state it saw
        showChooser();
    }

    private void showOffice(Agent agent) {
        var desk = deps.office();
        var settings = deps.officeSettings();
        var printer = desk.officeDesk().printer();
        OfficeViewModel model = new OfficeViewModel(desk.progress(), desk.schedules().query(), desk.reports(),
                printer, frame.background(), frame.texts(), agent);
        SecurityViewModel security = new SecurityViewModel(settings.auditTrail(), settings.backups(),
                frame.background(), frame.texts(), agent, frame.today().get());
        ScheduleViewModel schedule = new ScheduleViewModel(desk.schedules(), desk.reports(), printer,
                frame.background(), frame.texts(), agent);
        ImportViewModel importer = new ImportViewModel(desk.rtListImport(), desk.reports(), printer,
                frame.background(), frame.background().ui(), frame.texts(), agent, frame.kelurahanCode());
        OfficeView office = new OfficeView(model, importer, schedule, security, frame.texts(), agent.displayName(),
                this::showChooser);
        office.addTab(OfficeView.Group.PROGRESS, QueueTodayPane.tab(new QueueTodayViewModel(desk.officeDesk().queue(),
                frame.background(), frame.texts()), frame.texts()));
        office.addTab(OfficeView.Group.PROGRESS, id.loket.ui.office.IkmPane.tab(new id.loket.ui.office.IkmViewModel(
                desk.skm().reports(), desk.skm().surveys().queue().services(), frame.background(), frame.texts(),
                frame.today()), frame.texts()));
        office.addTab(OfficeView.Group.SETTINGS, AccountsPane.tab(new AccountsViewModel(settings.accounts(),
                frame.background(), frame.texts(), agent), frame.texts()));
        office.addTab(OfficeView.Group.SETTINGS, DevicesPane.tab(new DevicesViewModel(settings.devices(),
                frame.background(), frame.texts(), frame.clock()), frame.texts()));
        addCaseworkTabs(office, agent);
        root.getChildren().setAll(office.root());
    }

    /**
     * Desil / PKH list, follow-ups and corrections, the office's case work after the counter; the office is a
     * supervisor's face already.
     */
    private void addCaseworkTabs(OfficeView office, Agent agent) {
        var printer = deps.office().officeDesk().printer();
        var reports = deps.office().reports();
        var casework = deps.officeResidents().casework();
        office.addTab(OfficeView.Group.LISTS, SocialListPane.tab(new SocialListViewModel(casework,
                reports, printer, frame.background(), frame.texts(), agent), frame.texts()));
        // Corrections first: the follow-ups list (an audited read) is made when its tab is chosen, not before.
        office.addTab(OfficeView.Group.RESIDENTS, CorrectionPane.tab(new CorrectionViewModel(
                casework.corrections(), frame.background(), frame.texts(), agent), frame.texts()));
        office.addTab(OfficeView.Group.RESIDENTS, FollowUpsPane.tab(new FollowUpsViewModel(casework.followUps(),
                reports, printer, frame.background(), frame.texts(), agent), frame.texts()));
        office.addTab(OfficeView.Group.RESIDENTS, ExplanationsPane.tab(new ExplanationsViewModel(
                casework.explanations(), frame.background(), frame.texts(), agent, frame.today()), frame.texts()));
        addComplaintTabs(office, agent);
        office.addTab(OfficeView.Group.RESIDENTS, JkkProposalsPane.tab(new JkkProposalsViewModel(
                deps.officeResidents().jkkProposals(),
                frame.background(), frame.texts(), agent, frame.today()), frame.texts()));
    }

    /** Complaints and the notices to the public (Surat Edaran Wali Kota 8 April 2026, items 8d and 8f). */
    private void addComplaintTabs(OfficeView office, Agent agent) {
        var residents = deps.officeResidents();
        ComplaintsViewModel complaints = new ComplaintsViewModel(residents.complaints(), residents.complaintReport(),
                deps.office().reports(), deps.office().officeDesk().printer(), frame.background(), frame.texts(), agent,
                frame.today());
        office.addTab(OfficeView.Group.RESIDENTS, ComplaintsPane.tab(complaints, frame.texts()));
        office.addTab(OfficeView.Group.PRINTOUTS, ComplaintsPane.reportTab(complaints, frame.texts()));
        office.addTab(OfficeView.Group.RESIDENTS, NoticesPane.tab(new NoticesViewModel(residents.notices(),
                frame.background(), frame.texts(), agent), frame.texts()));
    }
}
