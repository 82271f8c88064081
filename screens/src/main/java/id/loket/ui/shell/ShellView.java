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
import id.loket.service.StartupChecks;
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
    private Runnable closeWindow = () -> { };
    private final BoardWindow boardWindow = new BoardWindow();

    public ShellView(ShellDependencies deps) {
        this.deps = deps;
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
        if (deps.kioskMode()) {
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
        deps.background().run(deps.accounts()::noAccounts, none -> {
            if (none) {
                root.getChildren().setAll(new FirstSupervisorView(deps.accounts(), deps.background(), deps.texts(),
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
        ChooserView chooser = new ChooserView(deps.texts(), deps.officeName(),
                () -> show(Face.TICKET), () -> show(Face.COUNTER), () -> show(Face.OFFICE), this::openBoardWindow,
                this::requestClose);
        root.getChildren().setAll(chooser.root());
        deps.background().run(deps.startupChecks()::run, results -> chooser.showChecks(deps.texts(), results),
                failure -> chooser.showChecks(deps.texts(), List.of(new StartupChecks.Check(
                        StartupChecks.Level.WARNING, failure))));
    }

    /**
     * The board as this PC's face: a PC by the waiting room's TV, or "Papan antrian" on a PC with one
     * screen. Leaving it (Esc or its button) is guarded as closing Loket is: a supervisor in kiosk mode.
     */
    private void showBoard() {
        BoardViewModel model = new BoardViewModel(deps.board(), deps.announcer(), deps.background().ui(), deps.texts());
        BoardView view = new BoardView(model, deps.texts(), deps.officeName(), this::leaveBoard);
        root.getChildren().setAll(view.root());
        view.focus();
    }

    private void leaveBoard() {
        if (deps.kioskMode()) {
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
            boardWindow.show(deps.board(), deps.announcer(), deps.background().ui(), deps.texts(), deps.officeName());
        } else {
            showBoard();
        }
    }

    private void showTicketScreen() {
        TicketScreenViewModel model = new TicketScreenViewModel(deps.tickets(), java.util.Optional.of(deps.devices()),
                java.util.Optional.of(deps.residentVoice()), deps.background(), deps.texts());
        TicketScreenView view = new TicketScreenView(model, deps.texts(), deps.officeName(), deps.residentIdle(),
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
        id.loket.ui.survey.SurveyViewModel model = new id.loket.ui.survey.SurveyViewModel(deps.skm(),
                deps.surveyVoice(), deps.background(), deps.texts(), deps.today());
        id.loket.ui.survey.SurveyView view = new id.loket.ui.survey.SurveyView(model, deps.texts(), deps.officeName(),
                deps.residentIdle(), then, () -> login(Role.SUPERVISOR, supervisor -> showChooser(),
                () -> showSurvey(then)));
        root.getChildren().setAll(view.root());
        model.reset();
    }

    private void login(Role required, Consumer<Agent> then) {
        login(required, then, this::showChooser);
    }

    private void login(Role required, Consumer<Agent> then, Runnable back) {
        LoginViewModel model = new LoginViewModel(deps.login(), deps.background(), deps.texts(), required, then);
        LoginView view = new LoginView(model, deps.texts(), back);
        root.getChildren().setAll(view.root());
        view.focus();
    }

    private void showCounter(Agent agent) {
        CounterViewModel model = new CounterViewModel(deps.counter(), deps.lookup(), deps.registrations(),
                deps.serviceRecords(), deps.devices(), deps.printouts(), deps.background(), deps.texts(), agent,
                deps.complaints(), new PekerjaRentanViewModel(deps.jkkProposals(), deps.jkkDocuments(), deps.devices(),
                        deps.background(), deps.texts(), agent));
        Runnable logout = () -> closeCounter(agent);
        // "Keluar" asks first when the resident's form holds unsaved input (save / discard / cancel); the
        // idle lock's "another agent" does not: the console is hidden behind the lock then.
        CounterView view = new CounterView(model, deps.texts(), () -> model.leave(logout), (nik, back) -> {
            id.loket.ui.person.PersonViewModel person = new id.loket.ui.person.PersonViewModel(deps.personRecords(),
                    deps.ssn().requests(), () -> java.util.Optional.ofNullable(model.queue().ticketProperty().get())
                            .map(id.loket.domain.queue.Ticket::id), deps.background(), deps.texts(), agent);
            id.loket.ui.person.PersonView page = new id.loket.ui.person.PersonView(person, deps.texts(), back);
            person.open(nik);
            page.focus();
            return page.root();
        });
        IdleLockViewModel lock = new IdleLockViewModel(deps.login(), deps.background(), deps.texts(), agent);
        root.getChildren().setAll(new IdleLockView(view.root(), lock, deps.texts(), deps.agentIdleLock(),
                logout).root());
        view.focus();
        // The board (here or on another PC, through the database) shows the counter open again.
        deps.background().run(() -> {
            deps.counter().open(agent);
            return null;
        }, done -> { }, failure -> { }); // logged by Background; the board keeps the last state it saw
    }

    /**
     * The agent logs out: the counter is recorded closed, so the board stops showing its last ticket as
     * "now serving". The chooser comes at once; a failed record is logged by the background worker and
     * the board then shows the counter as before, which is no reason to keep the agent at the counter.
     */
    private void closeCounter(Agent agent) {
        deps.background().run(() -> {
            deps.counter().close(agent);
            return null;
        }, done -> { }, failure -> { }); // logged by Background; the board keeps the last state it saw
        showChooser();
    }

    private void showOffice(Agent agent) {
        var printer = deps.officeDesk().printer();
        OfficeViewModel model = new OfficeViewModel(deps.progress(), deps.schedules().query(), deps.reports(),
                printer, deps.background(), deps.texts(), agent);
        SecurityViewModel security = new SecurityViewModel(deps.auditTrail(), deps.backups(), deps.background(),
                deps.texts(), agent, deps.today().get());
        ScheduleViewModel schedule = new ScheduleViewModel(deps.schedules(), deps.reports(), printer,
                deps.background(), deps.texts(), agent);
        ImportViewModel importer = new ImportViewModel(deps.rtListImport(), deps.reports(), printer,
                deps.background(), deps.background().ui(), deps.texts(), agent, deps.kelurahanCode());
        OfficeView office = new OfficeView(model, importer, schedule, security, deps.texts(), agent.displayName(),
                this::showChooser);
        office.addTab(OfficeView.Group.PROGRESS, QueueTodayPane.tab(new QueueTodayViewModel(deps.officeDesk().queue(),
                deps.background(), deps.texts()), deps.texts()));
        office.addTab(OfficeView.Group.PROGRESS, id.loket.ui.office.IkmPane.tab(new id.loket.ui.office.IkmViewModel(
                deps.skm().reports(), deps.skm().surveys().queue().services(), deps.background(), deps.texts(),
                deps.today()), deps.texts()));
        office.addTab(OfficeView.Group.SETTINGS, AccountsPane.tab(new AccountsViewModel(deps.accounts(),
                deps.background(), deps.texts(), agent), deps.texts()));
        office.addTab(OfficeView.Group.SETTINGS, DevicesPane.tab(new DevicesViewModel(deps.devices(),
                deps.background(), deps.texts(), java.time.Clock.systemDefaultZone()), deps.texts()));
        addCaseworkTabs(office, agent);
        root.getChildren().setAll(office.root());
    }

    /** Desil / PKH list, follow-ups and corrections, the office's case work after the counter; the office is a supervisor's face already. */
    private void addCaseworkTabs(OfficeView office, Agent agent) {
        var printer = deps.officeDesk().printer();
        office.addTab(OfficeView.Group.LISTS, SocialListPane.tab(new SocialListViewModel(deps.casework(),
                deps.reports(), printer, deps.background(), deps.texts(), agent), deps.texts()));
        // Corrections first: the follow-ups list (an audited read) is made when its tab is chosen, not before.
        office.addTab(OfficeView.Group.RESIDENTS, CorrectionPane.tab(new CorrectionViewModel(
                deps.casework().corrections(), deps.background(), deps.texts(), agent), deps.texts()));
        office.addTab(OfficeView.Group.RESIDENTS, FollowUpsPane.tab(new FollowUpsViewModel(deps.casework().followUps(),
                deps.reports(), printer, deps.background(), deps.texts(), agent), deps.texts()));
        office.addTab(OfficeView.Group.RESIDENTS, ExplanationsPane.tab(new ExplanationsViewModel(
                deps.casework().explanations(), deps.background(), deps.texts(), agent, deps.today()), deps.texts()));
        addComplaintTabs(office, agent);
        office.addTab(OfficeView.Group.RESIDENTS, JkkProposalsPane.tab(new JkkProposalsViewModel(deps.jkkProposals(),
                deps.background(), deps.texts(), agent, deps.today()), deps.texts()));
    }

    /** Complaints and the notices to the public (Surat Edaran Wali Kota 8 April 2026, items 8d and 8f). */
    private void addComplaintTabs(OfficeView office, Agent agent) {
        ComplaintsViewModel complaints = new ComplaintsViewModel(deps.complaints(), deps.complaintReport(),
                deps.reports(), deps.officeDesk().printer(), deps.background(), deps.texts(), agent, deps.today());
        office.addTab(OfficeView.Group.RESIDENTS, ComplaintsPane.tab(complaints, deps.texts()));
        office.addTab(OfficeView.Group.PRINTOUTS, ComplaintsPane.reportTab(complaints, deps.texts()));
        office.addTab(OfficeView.Group.RESIDENTS, NoticesPane.tab(new NoticesViewModel(deps.serviceNotices(),
                deps.background(), deps.texts(), agent), deps.texts()));
    }
}
