package id.loket.service.rekap;

import id.loket.documents.RekapRenderer;
import id.loket.domain.registration.RegistrationPath;
import id.loket.domain.text.Texts;
import java.util.ArrayList;
import java.util.List;

/** The roll-up as an A4 PDF with a chart per area: the cities first, then each kecamatan. */
public final class RekapPdf {

    private final Texts texts;

    public RekapPdf(Texts texts) {
        this.texts = texts;
    }

    public byte[] write(RekapResult result) {
        List<RekapRenderer.Area> areas = new ArrayList<>();
        result.cities().forEach(city -> areas.add(area(texts.text("rekap.sheet.city", city.name(), city.code()), city)));
        result.kecamatan().forEach(kecamatan -> areas.add(area(
                texts.text("rekap.sheet.kecamatan", kecamatan.name(), kecamatan.code()), kecamatan)));
        return new RekapRenderer(texts).render(texts.text("rekap.pdf.title"), areas,
                result.refused().stream().map(texts::text).toList(), result.warnings().stream().map(texts::text).toList());
    }

    private static RekapRenderer.Area area(String title, AreaRollup area) {
        Tally t = area.total();
        List<RekapRenderer.Line> lines = area.furthestBehindFirst().stream().map(line -> new RekapRenderer.Line(
                line.name(), line.tally().households(), line.tally().registered(), line.tally().percentRegistered(),
                line.tally().explainedTotal(), line.tally().percentDone())).toList();
        return new RekapRenderer.Area(title, t.households(), t.registered(), t.percentRegistered(), t.explainedTotal(),
                t.percentDone(), t.byPath(RegistrationPath.MANDIRI_IKD), t.byPath(RegistrationPath.DIBANTU_PONSEL_WARGA),
                t.byPath(RegistrationPath.OLEH_AGEN), lines, area.registeredByDay());
    }
}
