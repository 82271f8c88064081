package id.loket.ui.shell;

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
import id.loket.service.board.Announcer;
import id.loket.service.board.BoardService;
import id.loket.service.casework.Casework;
import id.loket.service.complaint.ComplaintReport;
import id.loket.service.complaint.Complaints;
import id.loket.service.jkk.JkkDocuments;
import id.loket.service.jkk.JkkProposals;
import id.loket.service.notice.ServiceNotices;
import id.loket.service.office.OfficeDesk;
import id.loket.service.person.PersonRecords;
import id.loket.service.schedule.Schedules;
import id.loket.service.skm.Skm;
import id.loket.service.ssn.SsnCardRequests;
import id.loket.ui.Background;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * What the screens need, handed over by the composition root: one small record per face (or per
 * group of the office face's tabs), so each face's views and view models get only their own services.
 */
public record ShellDependencies(Frame frame, SignIn signIn, TicketFace ticket, BoardFace board, SurveyFace survey,
                                CounterFace counter, PersonPage person, OfficeFace office,
                                OfficeSettings officeSettings, OfficeResidents officeResidents) {

    /**
     * What every face shares: the words, the office's name and code, the idle times, kiosk mode, today,
     * and the background worker that brings results back to the window.
     */
    public record Frame(Texts texts, String officeName, String kelurahanCode, Duration residentIdle,
                        Duration agentIdleLock, boolean kioskMode, Supplier<LocalDate> today, Background background) {
    }

    /** The PIN screen and idle lock, the first supervisor of a new install, and the checks the chooser shows. */
    public record SignIn(LoginService login, Accounts accounts, StartupChecks startupChecks) {
    }

    /** The ticket screen: tickets, the printer and scanner, and its spoken prompts. */
    public record TicketFace(TicketService tickets, Devices devices, ResidentVoice voice) {
    }

    /** The display board and the voice that calls the tickets. */
    public record BoardFace(BoardService board, Announcer announcer) {
    }

    /** The satisfaction survey and its voice, which says every question aloud. */
    public record SurveyFace(Skm skm, ResidentVoice voice) {
    }

    /** The counter: its queue, the registration and the other services' records, complaints, JKK proposals. */
    public record CounterFace(CounterService counter, HouseholdLookup lookup, RegistrationService registrations,
                              ServiceRecords serviceRecords, Devices devices, Printouts printouts,
                              Complaints complaints, JkkProposals jkkProposals, JkkDocuments jkkDocuments) {
    }

    /** The counter's person page: everything recorded for one person, and SSN card requests. */
    public record PersonPage(PersonRecords personRecords, SsnCardRequests ssnRequests) {
    }

    /** The office face's progress, lists and printouts: reports, schedule, RT-list import, today's queue, IKM. */
    public record OfficeFace(ProgressReport progress, OfficeReports reports, Schedules schedules,
                             RtListImportService rtListImport, OfficeDesk officeDesk, Skm skm) {
    }

    /** The office face's security and settings tabs: audit trail and backups, accounts, devices. */
    public record OfficeSettings(AuditTrail auditTrail, BackupService backups, Accounts accounts, Devices devices) {
    }

    /** The office face's residents tabs: case work, JKK proposals, complaints and the notices to the public. */
    public record OfficeResidents(Casework casework, JkkProposals jkkProposals, Complaints complaints,
                                  ComplaintReport complaintReport, ServiceNotices notices) {
    }
}
