package id.loket.documents;

import id.loket.domain.skm.Ikm;
import id.loket.domain.skm.SampleSize;
import id.loket.domain.skm.SkmPeriod;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The IKM report of a period as printed (PermenPANRB 14/2017 layout): the pooled result element by
 * element, the result per service, the respondents' profile and the sample-size check. Counts and
 * averages only, no personal data.
 *
 * @param elementNames the nine elements' names, in element order, in the reader's language
 * @param services     one line per service, with its name
 * @param profile      per part of the profile (sex, age, ...) its values and how many gave each
 */
public record IkmDocument(OfficeReportRenderer.Office office, SkmPeriod period, LocalDateTime madeAt,
                          List<String> elementNames, Ikm all, List<ServiceLine> services,
                          SampleSize.Representativeness sample, List<ProfilePart> profile) {

    public record ServiceLine(String name, Ikm ikm) {
    }

    public record ProfilePart(String title, List<ProfileCount> counts) {
        public ProfilePart {
            counts = List.copyOf(counts);
        }
    }

    public record ProfileCount(String label, long count) {
    }

    public IkmDocument {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(all, "all");
        elementNames = List.copyOf(elementNames);
        services = List.copyOf(services);
        profile = List.copyOf(profile);
    }
}
