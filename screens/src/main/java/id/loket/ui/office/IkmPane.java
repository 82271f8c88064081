package id.loket.ui.office;

import static id.loket.ui.Ids.id;

import id.loket.domain.skm.Ikm;
import id.loket.domain.skm.SkmElement;
import id.loket.domain.text.Texts;
import java.time.YearMonth;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * "IKM": the satisfaction survey's result for a period and a service: a bar per element (its average,
 * 1 to 4), the index with its grade, the sample-size check, and a line of the index month by month.
 */
public final class IkmPane {

    private IkmPane() {
    }

    /** The tab ({@code #tab-ikm}); the figures are read when the tab comes on screen and when a choice changes. */
    public static Tab tab(IkmViewModel model, Texts texts) {
        ComboBox<IkmViewModel.PeriodChoice> period = id(new ComboBox<>(), "ikm-period");
        period.getItems().setAll(IkmViewModel.PeriodChoice.values());
        period.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(IkmViewModel.PeriodChoice choice) {
                return choice == null ? "" : model.periodLabel(choice);
            }

            @Override
            public IkmViewModel.PeriodChoice fromString(String text) {
                return null;
            }
        });
        period.setValue(IkmViewModel.PeriodChoice.THIS_MONTH);
        DatePicker from = id(new DatePicker(model.today().withDayOfMonth(1)), "ikm-from");
        DatePicker to = id(new DatePicker(model.today()), "ikm-to");
        from.setPrefWidth(150);
        to.setPrefWidth(150);
        ComboBox<IkmViewModel.Scope> scope = id(new ComboBox<>(), "ikm-scope");
        scope.getItems().setAll(model.scopes());
        scope.setValue(model.scopes().get(0));

        Label periodLabel = new Label(texts.text("office.ikm.periodLabel"));
        Label fromLabel = new Label(texts.text("office.ikm.from"));
        Label toLabel = new Label(texts.text("office.ikm.to"));
        Label scopeLabel = new Label(texts.text("office.ikm.scopeLabel"));
        HBox days = new HBox(8, fromLabel, from, toLabel, to);
        days.setAlignment(Pos.CENTER_LEFT);
        days.visibleProperty().bind(period.valueProperty().isEqualTo(IkmViewModel.PeriodChoice.FROM_TO));
        days.managedProperty().bind(days.visibleProperty());
        FlowPane choices = new FlowPane(12, 8, new HBox(8, periodLabel, period), days, new HBox(8, scopeLabel, scope));
        choices.getChildren().forEach(n -> {
            if (n instanceof HBox box) {
                box.setAlignment(Pos.CENTER_LEFT);
            }
        });

        Label summary = id(new Label(), "ikm-summary", "section-title");
        summary.textProperty().bind(model.summaryProperty());
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        Label sample = id(new Label(), "ikm-sample");
        sample.textProperty().bind(model.sampleLineProperty());
        sample.setWrapText(true);
        sample.setMinHeight(Region.USE_PREF_SIZE);

        CategoryAxis elementAxis = new CategoryAxis();
        NumberAxis averageAxis = new NumberAxis(0, 4, 1);
        averageAxis.setLabel(texts.text("office.ikm.averageAxis"));
        BarChart<String, Number> elements = id(new BarChart<>(elementAxis, averageAxis), "ikm-elements");
        elements.setTitle(texts.text("office.ikm.elementsTitle"));
        elements.setLegendVisible(false);
        elements.setAnimated(false);
        elements.setMinHeight(200);

        CategoryAxis monthAxis = new CategoryAxis();
        NumberAxis ikmAxis = new NumberAxis(25, 100, 25);
        ikmAxis.setLabel(texts.text("office.ikm.ikmAxis"));
        LineChart<String, Number> trend = id(new LineChart<>(monthAxis, ikmAxis), "ikm-trend");
        trend.setTitle(texts.text("office.ikm.trendTitle"));
        trend.setLegendVisible(false);
        trend.setAnimated(false);
        trend.setMinHeight(200);
        HBox charts = new HBox(12, elements, trend);
        HBox.setHgrow(elements, Priority.ALWAYS);
        HBox.setHgrow(trend, Priority.ALWAYS);
        elements.setPrefWidth(400);
        trend.setPrefWidth(300);
        VBox.setVgrow(charts, Priority.ALWAYS);

        model.figuresProperty().addListener((obs, old, figures) -> {
            elements.getData().setAll(java.util.List.of(elementSeries(model, figures.ikm())));
            trend.getData().setAll(java.util.List.of(trendSeries(model, figures.trend())));
        });
        Runnable refresh = () -> model.show(period.getValue(), from.getValue(), to.getValue(), scope.getValue());
        period.setOnAction(e -> refresh.run());
        scope.setOnAction(e -> refresh.run());
        from.setOnAction(e -> refresh.run());
        to.setOnAction(e -> refresh.run());

        VBox pane = id(new VBox(12, choices, summary, sample, charts), "ikm-pane", "panel");
        pane.setPadding(new Insets(12));
        OnScreen.watch(pane, shown -> {
            if (shown) {
                refresh.run();
            }
        });
        Tab tab = new Tab(texts.text("office.ikm.tab"), pane);
        tab.setId("tab-ikm");
        return tab;
    }

    private static XYChart.Series<String, Number> elementSeries(IkmViewModel model, Ikm ikm) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (SkmElement element : SkmElement.values()) {
            java.math.BigDecimal average = ikm.averages().get(element);
            XYChart.Data<String, Number> bar = new XYChart.Data<>(model.elementLabel(element),
                    average == null ? 0 : average.doubleValue());
            series.getData().add(bar);
            // The name of the element on the bar, for the lurah who does not know U1..U9 by heart.
            bar.nodeProperty().addListener((obs, old, node) -> {
                if (node != null) {
                    Tooltip.install(node, new Tooltip(model.elementName(element) + ": "
                            + (average == null ? "–" : average.toPlainString())));
                }
            });
        }
        return series;
    }

    private static XYChart.Series<String, Number> trendSeries(IkmViewModel model, Map<YearMonth, Ikm> trend) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        trend.forEach((month, ikm) -> ikm.ikm().ifPresent(value ->
                series.getData().add(new XYChart.Data<>(model.monthLabel(month), value.doubleValue()))));
        return series;
    }
}
