package id.loket.cli;

import id.loket.service.security.LoginService;
import id.loket.wiring.AppContext;
import java.util.function.Function;

/**
 * The one place in the command line that knows the application's wiring: it opens the database and
 * hands a command the small record of what that command declares it needs (its {@code Needs}), picked
 * from the wiring's areas. A command sees only its record, so what it can touch is written in one line.
 */
final class CommandWiring {

    private CommandWiring() {
    }

    /** How to pick one command's needs from the opened application. */
    static final class Pick<N> {
        private final Function<AppContext, N> pick;

        private Pick(Function<AppContext, N> pick) {
            this.pick = pick;
        }
    }

    static final Pick<AccountCommand.Needs> ACCOUNTS = new Pick<>(app -> new AccountCommand.Needs(
            app.security().accounts()));
    static final Pick<BackupCommand.Needs> BACKUP = new Pick<>(app -> new BackupCommand.Needs(
            app.security().backups(), app.foundation().settings().security().keyFile()));
    static final Pick<RestoreCommand.Needs> RESTORE = new Pick<>(app -> new RestoreCommand.Needs(
            app.security().backups()));
    static final Pick<PurgeCommand.Needs> PURGE = new Pick<>(app -> new PurgeCommand.Needs(app.security().purge()));
    static final Pick<DemoDataCommand.Needs> DEMO_DATA = new Pick<>(app -> new DemoDataCommand.Needs(
            app.security().demoData(), app.foundation().office()));
    static final Pick<PlanCommand.Needs> PLAN = new Pick<>(app -> new PlanCommand.Needs(
            app.lists().schedules().plan(), app.lists().schedules().rePlan()));
    static final Pick<ImportCommand.RtList.Needs> RT_LIST_IMPORT = new Pick<>(app -> new ImportCommand.RtList.Needs(
            app.lists().rtListImport()));
    static final Pick<SocialListCommand.Needs> SOCIAL_LIST_IMPORT = new Pick<>(app -> new SocialListCommand.Needs(
            app.lists().casework().socialLists(), app.lists().casework().socialListReport()));
    static final Pick<FollowUpsCommand.Needs> FOLLOW_UPS = new Pick<>(app -> new FollowUpsCommand.Needs(
            app.lists().casework().followUps()));
    static final Pick<ExportCommand.Households.Needs> HOUSEHOLD_EXPORT = new Pick<>(
            app -> new ExportCommand.Households.Needs(app.registration().householdExport()));
    static final Pick<ExportCommand.ReportNeeds> OFFICE_REPORTS = new Pick<>(app -> new ExportCommand.ReportNeeds(
            app.reporting().reports()));
    static final Pick<ExportCommand.Schedule.Needs> SCHEDULE_EXPORT = new Pick<>(
            app -> new ExportCommand.Schedule.Needs(app.lists().schedules().csv()));
    static final Pick<ExportCommand.AuditEvents.Needs> AUDIT_EXPORT = new Pick<>(
            app -> new ExportCommand.AuditEvents.Needs(app.security().auditTrail()));
    static final Pick<DailyFileCommand.Needs> DAILY_FILE = new Pick<>(app -> new DailyFileCommand.Needs(
            app.reporting().dailyFiles()));
    static final Pick<OfficeKeyCommand.Needs> OFFICE_KEY = new Pick<>(app -> new OfficeKeyCommand.Needs(
            app.reporting().dailyFiles(), app.foundation().office().name()));
    static final Pick<IkmExportCommand.Needs> IKM_EXPORT = new Pick<>(app -> new IkmExportCommand.Needs(
            app.programmes().skm().reports()));
    static final Pick<SkmImportCommand.Needs> SKM_IMPORT = new Pick<>(app -> new SkmImportCommand.Needs(
            app.programmes().skm().imports()));
    static final Pick<SsnRecipientsCommand.Needs> SSN_RECIPIENTS = new Pick<>(app -> new SsnRecipientsCommand.Needs(
            app.programmes().ssn().recipients()));
    static final Pick<SsnRequestsCommand.Needs> SSN_REQUESTS = new Pick<>(app -> new SsnRequestsCommand.Needs(
            app.programmes().ssn().export()));
    static final Pick<JkkAdminCommands.Needs> JKK_PROPOSALS = new Pick<>(app -> new JkkAdminCommands.Needs(
            app.programmes().jkkProposals()));
    static final Pick<JkkExportCommands.Needs> JKK_DOCUMENTS = new Pick<>(app -> new JkkExportCommands.Needs(
            app.programmes().jkkDocuments()));
    static final Pick<ComplaintsExportCommand.Needs> COMPLAINTS_EXPORT = new Pick<>(
            app -> new ComplaintsExportCommand.Needs(app.complaintDesk().complaintReport()));

    /** Opens the database named by {@code root}'s settings, with {@code pick}'s needs; closing closes it. */
    static <N> Opened<N> open(LoketCommand root, Pick<N> pick) {
        AppContext app = AppContext.open(root.settings(), root.clock());
        try {
            return new Opened<>(app, pick.pick.apply(app));
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
    }

    /** An opened database with one command's needs, and the sign-in a supervised command asks first. */
    static final class Opened<N> implements AutoCloseable {
        private final AppContext app;
        private final N needs;

        private Opened(AppContext app, N needs) {
            this.app = app;
            this.needs = needs;
        }

        N needs() {
            return needs;
        }

        /** Where the supervisor named by {@code --user} signs in. */
        LoginService login() {
            return app.security().login();
        }

        @Override
        public void close() {
            app.close();
        }
    }
}
