package id.loket.ui.shell;

import id.loket.domain.text.Texts;
import id.loket.service.security.AccountService;
import id.loket.service.security.AuditTrail;
import id.loket.service.security.BackupService;
import id.loket.service.queue.CounterService;
import id.loket.service.device.DeviceService;
import id.loket.service.registration.HouseholdLookup;
import id.loket.service.security.LoginService;
import id.loket.service.office.OfficeReports;
import id.loket.service.device.PrintoutService;
import id.loket.service.office.ProgressReport;
import id.loket.service.registration.RegistrationService;
import id.loket.service.device.ResidentVoice;
import id.loket.service.rtlist.RtListImportService;
import id.loket.service.registration.ServiceRecordService;
import id.loket.service.device.StartupChecks;
import id.loket.service.queue.TicketService;
import id.loket.service.board.Announcer;
import id.loket.service.board.BoardService;
import id.loket.service.casework.CaseworkService;
import id.loket.service.complaint.ComplaintReport;
import id.loket.service.complaint.ComplaintService;
import id.loket.service.jkk.JkkDocuments;
import id.loket.service.jkk.JkkService;
import id.loket.service.notice.NoticeService;
import id.loket.service.office.OfficeDesk;
import id.loket.service.person.PersonRecords;
import id.loket.service.schedule.ScheduleService;
import id.loket.service.skm.SkmService;
import id.loket.service.ssn.SsnCardRequests;
import id.loket.ui.Background;
import java.time.Clock;
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
     * What every face shares: the words, the office's name and code, the idle times, kiosk mode, the run's
     * clock (and so today), and the background worker that brings results back to the window.
     */
    public record Frame(Texts texts, String officeName, String kelurahanCode, Duration residentIdle,
                        Duration agentIdleLock, boolean kioskMode, Clock clock, Background background) {

        /** Today on the run's clock, asked again each time, so a face left open past midnight moves to the new day. */
        public Supplier<LocalDate> today() {
            return () -> LocalDate.now(clock);
        }
    }

    /** The PIN screen and idle lock, the first supervisor of a new install, and the checks the chooser shows. */
    public record SignIn(LoginService login, AccountService accounts, StartupChecks startupChecks) {
    }

    /** The ticket screen: tickets, the printer and scanner, and its spoken prompts. */
    public record TicketFace(TicketService tickets, DeviceService devices, ResidentVoice voice) {
    }

    /** The display board and the voice that calls the tickets. */
    public record BoardFace(BoardService board, Announcer announcer) {
    }

    /** The satisfaction survey and its voice, which says every question aloud. */
    public record SurveyFace(SkmService skm, ResidentVoice voice) {
    }

    /** The counter: its queue, the registration and the other services' records, complaints, JKK proposals. */
    public record CounterFace(CounterService counter, HouseholdLookup lookup, RegistrationService registrations,
                              ServiceRecordService serviceRecords, DeviceService devices, PrintoutService printouts,
                              ComplaintService complaints, JkkService jkkProposals, JkkDocuments jkkDocuments) {
    }

    /** The counter's person page: everything recorded for one person, and SSN card requests. */
    public record PersonPage(PersonRecords personRecords, SsnCardRequests ssnRequests) {
    }

    /** The office face's progress, lists and printouts: reports, schedule, RT-list import, today's queue, IKM. */
    public record OfficeFace(ProgressReport progress, OfficeReports reports, ScheduleService schedules,
                             RtListImportService rtListImport, OfficeDesk officeDesk, SkmService skm) {
    }

    /** The office face's security and settings tabs: audit trail and backups, accounts, devices. */
    public record OfficeSettings(AuditTrail auditTrail, BackupService backups, AccountService accounts, DeviceService devices) {
    }

    /** The office face's residents tabs: case work, JKK proposals, complaints and the notices to the public. */
    public record OfficeResidents(CaseworkService casework, JkkService jkkProposals, ComplaintService complaints,
                                  ComplaintReport complaintReport, NoticeService notices) {
    }
}
