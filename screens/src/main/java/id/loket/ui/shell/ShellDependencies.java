package id.loket.ui.shell;

import id.loket.service.board.Announcer;
import id.loket.service.board.BoardService;
import id.loket.domain.text.Texts;
import id.loket.service.Accounts;
import id.loket.service.AuditTrail;
import id.loket.service.BackupService;
import id.loket.service.CounterService;
import id.loket.service.Devices;
import id.loket.service.HouseholdLookup;
import id.loket.service.LoginService;
import id.loket.service.OfficeReports;
import id.loket.service.Printouts;
import id.loket.service.ProgressReport;
import id.loket.service.RegistrationService;
import id.loket.service.ResidentVoice;
import id.loket.service.RtListImportService;
import id.loket.service.ServiceRecords;
import id.loket.service.StartupChecks;
import id.loket.service.TicketService;
import id.loket.service.casework.Casework;
import id.loket.service.complaint.ComplaintReport;
import id.loket.service.complaint.Complaints;
import id.loket.service.notice.ServiceNotices;
import id.loket.service.office.OfficeDesk;
import id.loket.service.schedule.Schedules;
import id.loket.ui.Background;
import id.loket.service.jkk.JkkDocuments;
import id.loket.service.jkk.JkkProposals;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Supplier;

/** What the screens need, handed over by the composition root. */
public record ShellDependencies(
        Texts texts,
        String officeName,
        String kelurahanCode,
        Duration residentIdle,
        Duration agentIdleLock,
        boolean kioskMode,
        TicketService tickets,
        CounterService counter,
        HouseholdLookup lookup,
        RegistrationService registrations,
        LoginService login,
        ProgressReport progress,
        OfficeReports reports,
        Schedules schedules,
        RtListImportService rtListImport,
        AuditTrail auditTrail,
        BackupService backups,
        Supplier<LocalDate> today,
        Background background,
        Devices devices,
        Printouts printouts,
        Accounts accounts,
        StartupChecks startupChecks,
        BoardService board,
        Announcer announcer,
        Casework casework,
        OfficeDesk officeDesk, ServiceRecords serviceRecords, ResidentVoice residentVoice,
        id.loket.service.skm.Skm skm, ResidentVoice surveyVoice,
        id.loket.service.person.PersonRecords personRecords, id.loket.service.ssn.Ssn ssn,
        Complaints complaints, ComplaintReport complaintReport, ServiceNotices serviceNotices,
        JkkProposals jkkProposals, JkkDocuments jkkDocuments) {
}
