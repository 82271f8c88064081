package id.loket.wiring;

import id.loket.documents.ReceiptRenderer;
import id.loket.service.office.HouseholdCsvExport;
import id.loket.service.registration.HouseholdLookup;
import id.loket.service.registration.RegistrationService;
import id.loket.service.registration.ServiceRecordService;
import id.loket.service.person.CaseworkSource;
import id.loket.service.person.CorrectionSource;
import id.loket.service.person.PerlinsosSource;
import id.loket.service.person.PersonRecords;
import id.loket.storage.ConsentRefusalRepository;
import id.loket.storage.PersonRecordRepository;
import id.loket.storage.ServiceRecordRepository;

/**
 * The counter's registration and what it leaves: the household lookup, the Perlinsos registration,
 * the short records of the other services, the households' CSV export, and the person page.
 *
 * @param serviceRecords the short records of the services other than the Perlinsos registration
 * @param personRecords  everything recorded here for one person, by programme (the counter's person page)
 */
public record RegistrationArea(HouseholdLookup lookup, RegistrationService registrations,
                               ServiceRecordService serviceRecords, HouseholdCsvExport householdExport,
                               PersonRecords personRecords) {

    /** @param programmes whose sections the person page shows beside the registration's own */
    static RegistrationArea wire(Foundation base, ProgrammesArea programmes) {
        var settings = base.settings();
        var jdbc = base.jdbc();
        var audit = base.audit();
        var clock = base.clock();
        var stores = base.stores();
        HouseholdLookup lookup = new HouseholdLookup(base.nikValidator(), base.kkValidator(), stores.households(),
                stores.registrations(), stores.rts(), audit, jdbc, base.office().kelurahanCode());
        RegistrationService registrations = new RegistrationService(jdbc, stores.registrations(),
                stores.households(), stores.tickets(), audit, new ReceiptRenderer(base.texts()), base.receiptPaper(),
                base.documents(), base.office(), base.texts(), base.printouts(), clock,
                new ConsentRefusalRepository(jdbc), settings.counter().number(), settings.registration().asnUnits());
        ServiceRecordService serviceRecords = new ServiceRecordService(jdbc, new ServiceRecordRepository(jdbc), audit,
                settings.counter().number(), clock);
        // The person page's sections, in the order shown. Another programme plugs in here with its own
        // PersonRecordSource (.with(...)); the SSN section only where the office takes SSN card requests.
        var personStore = new PersonRecordRepository(jdbc);
        PersonRecords personRecords = new PersonRecords(base.nikValidator(), stores.households(), personStore, audit,
                jdbc)
                .with(new PerlinsosSource(personStore))
                .with(programmes.jkkPersonSource())
                .with(new CaseworkSource(personStore))
                .with(new CorrectionSource(personStore));
        if (settings.ssn().cardRequests()) {
            personRecords.with(programmes.ssn().personSource());
        }
        return new RegistrationArea(lookup, registrations, serviceRecords,
                new HouseholdCsvExport(stores.households(), audit), personRecords);
    }
}
