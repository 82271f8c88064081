package id.loket.domain.office;

/** The office as printed on tickets and receipts and shown in the window title. */
public record OfficeProfile(String kelurahanCode, String name, String address) {
}
