package id.loket.service.skm;

/**
 * The Survei Kepuasan Masyarakat (PermenPANRB 14/2017): the touch screen's questionnaires, the paper
 * ones imported, and the IKM reports. One object, so the composition root and the screens take it in
 * one line.
 */
public record SkmService(SkmSurveys surveys, SkmImport imports, IkmReports reports) {
}
