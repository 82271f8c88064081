package id.loket.service.ssn;

/**
 * The SSN programme at the kelurahan (Perwali Samarinda 70/2025): card requests at the counter, their
 * export for Diskominfo, and the person page's SSN section. One object, so the composition root and the
 * screens take it in one line.
 */
public record SsnService(SsnCardRequests requests, SsnRequestExport export, SsnCardSource personSource,
                  SsnRecipientsImport recipients) {
}
