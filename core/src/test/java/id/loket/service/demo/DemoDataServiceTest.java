package id.loket.service.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.wiring.AppContext;
import id.loket.domain.household.RtProgress;
import id.loket.domain.nik.KkNumberValidator;
import id.loket.domain.nik.NikValidator;
import id.loket.domain.nik.RegionCodes;
import id.loket.support.TestApps;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.IntSummaryStatistics;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataServiceTest {

    @TempDir
    Path dir;

    @Test
    void everyDemoNikAndKkNumberPassesTheRealRules() throws Exception {
        try (AppContext app = TestApps.withDemoData(dir, 800)) {
            StringWriter csv = new StringWriter();
            app.registration().householdExport().write(csv, "test");
            List<String[]> rows = csv.toString().lines().skip(1).map(l -> l.split(",")).toList();
            assertThat(rows).hasSize(800);
            NikValidator niks = new NikValidator(RegionCodes.fromClasspath(), TestApps.FIRST_DAY);
            KkNumberValidator kks = new KkNumberValidator(RegionCodes.fromClasspath());
            for (String[] row : rows) {
                assertThat(kks.check(row[0]).valid()).as("KK %s", row[0]).isTrue();
                assertThat(niks.check(row[1]).valid()).as("NIK %s", row[1]).isTrue();
                assertThat(row[1]).startsWith("647105");
            }
        }
    }

    @Test
    void rtsHaveUnevenRealisticSizes() {
        try (AppContext app = TestApps.withDemoData(dir, 3000)) {
            List<RtProgress> perRt = app.reporting().progress().current().perRt();
            IntSummaryStatistics sizes = perRt.stream().mapToInt(RtProgress::households).summaryStatistics();
            assertThat(perRt.size()).isBetween(15, 80);
            assertThat(sizes.getMax()).isLessThanOrEqualTo(300);
            assertThat(sizes.getMax() - sizes.getMin()).isGreaterThan(50);
            assertThat(perRt.stream().map(p -> p.rt().rw()).distinct().count()).isGreaterThan(2);
        }
    }

    @Test
    void aDatabaseWithDataIsNeverFilledAgain() {
        try (AppContext app = TestApps.withDemoData(dir, 50)) {
            assertThatThrownBy(() -> app.security().demoData().fill(app.foundation().office(), 50))
                    .isInstanceOf(DemoDataService.NotEmptyException.class);
            assertThat(app.reporting().progress().current().households()).isEqualTo(50);
        }
    }

    @Test
    void theSameSeedMakesTheSameKelurahan() throws Exception {
        String first;
        String second;
        try (AppContext app = TestApps.withDemoData(dir.resolve("one"), 200)) {
            StringWriter csv = new StringWriter();
            app.registration().householdExport().write(csv, "test");
            first = csv.toString();
        }
        try (AppContext app = TestApps.withDemoData(dir.resolve("two"), 200)) {
            StringWriter csv = new StringWriter();
            app.registration().householdExport().write(csv, "test");
            second = csv.toString();
        }
        assertThat(second).isEqualTo(first);
    }
}
