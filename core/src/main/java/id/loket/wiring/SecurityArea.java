package id.loket.wiring;

import id.loket.domain.account.PinHasher;
import id.loket.service.security.AccountService;
import id.loket.service.security.AuditTrail;
import id.loket.service.security.BackupService;
import id.loket.service.demo.DemoDataService;
import id.loket.service.security.LoginService;
import id.loket.service.security.RetentionPurge;
import id.loket.service.device.StartupChecks;
import id.loket.storage.AgentRepository;
import id.loket.storage.BackupStore;
import id.loket.storage.DatabaseOwner;
import id.loket.storage.OfficeRepository;
import id.loket.storage.RetentionRepository;
import id.loket.storage.UnknownNameLoginRepository;
import java.util.Optional;

/**
 * Accounts, security and the office's data as a whole: sign-in and the accounts with their PINs, the
 * audit trail, the retention purge, backups, the checks at start, and the fictional office's demo data
 * (which brings its own accounts).
 */
public record SecurityArea(LoginService login, AccountService accounts, AuditTrail auditTrail, RetentionPurge purge,
                           BackupService backups, StartupChecks startupChecks, DemoDataService demoData) {

    /** @param reporting whose day close says at start when a day's file was not written */
    static SecurityArea wire(Foundation base, Peripherals peripherals, ReportingArea reporting) {
        var settings = base.settings();
        var jdbc = base.jdbc();
        var audit = base.audit();
        var clock = base.clock();
        AgentRepository agents = new AgentRepository(jdbc);
        PinHasher hasher = new PinHasher(settings.security().pinHashIterations());
        LoginService login = new LoginService(agents, new UnknownNameLoginRepository(jdbc), hasher, audit, clock);
        AccountService accounts = new AccountService(jdbc, agents, hasher, audit, settings.security().pinMinLength(), clock);
        DemoDataService demoData = new DemoDataService(jdbc, new OfficeRepository(jdbc), base.stores().rts(),
                base.stores().households(), agents, base.stores().registrations(), audit, hasher, clock);
        RetentionPurge purge = new RetentionPurge(new RetentionRepository(jdbc), base.documents(), audit,
                settings.security().retentionDays(), clock);
        BackupService backups = new BackupService(new BackupStore(jdbc, settings.backup().dir()),
                new DatabaseOwner(jdbc), settings.backup(), audit, clock);
        StartupChecks startupChecks = new StartupChecks(settings.data().dataDir(), backups, peripherals.devices(),
                base.isLanClient() ? Optional::empty : reporting.dayClose()::unwrittenDay);
        return new SecurityArea(login, accounts, new AuditTrail(audit), purge, backups, startupChecks, demoData);
    }
}
