package id.loket.ui.office;

import static id.loket.ui.Ids.id;

import id.loket.domain.household.RtProgress;
import id.loket.domain.household.RtRef;
import id.loket.domain.text.Texts;
import id.loket.ui.PdfPreview;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The office face: progress (totals, a chart per RT and per day, the table of RTs worst first) and
 * the reports (checklist per RT, daily summary, ASN), each previewed before it is handed on.
 */
public final class OfficeView {

    private final VBox root;
    private final OfficeViewModel model;
    private final Texts texts;

    public OfficeView(OfficeViewModel model, ImportViewModel importer, ScheduleViewModel schedule,
                      SecurityViewModel security, Texts texts, String agentName, Runnable onLogout) {
        this.model = model;
        this.texts = texts;
        Label title = id(new Label(texts.text("office.title")), "office-title", "title");
        Button refresh = id(new Button(texts.text("office.refresh")), "office-refresh");
        refresh.setOnAction(e -> model.refresh());
        Label who = id(new Label(agentName), "office-agent", "status");
        Button logout = id(new Button(texts.text("office.logout")), "office-logout");
        logout.setOnAction(e -> onLogout.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(16, title, spacer, refresh, who, logout);
        bar.setAlignment(Pos.CENTER_LEFT);

        Tab progressTab = new Tab(texts.text("office.tab.progress"), progressPane());
        progressTab.setId("tab-progress");
        Tab reportsTab = new Tab(texts.text("office.tab.reports"), reportsPane());
        reportsTab.setId("tab-reports");
        Tab importTab = new Tab(texts.text("office.tab.import"), ImportPane.build(importer, texts));
        importTab.setId("tab-import");
        Tab scheduleTab = new Tab(texts.text("office.tab.schedule"), SchedulePane.build(schedule, texts));
        scheduleTab.setId("tab-schedule");
        Tab securityTab = new Tab(texts.text("office.tab.security"), SecurityPane.build(security, texts));
        securityTab.setId("tab-security");
        TabPane tabs = id(new TabPane(progressTab, importTab, scheduleTab, reportsTab, securityTab), "office-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        root = id(new VBox(12, bar, tabs), "office-view", "agent");
        root.setPadding(new Insets(12));
        model.refresh();
    }

    private Node progressPane() {
        Label totals = id(new Label(), "office-totals", "totals");
        totals.textProperty().bind(model.totalsProperty());
        HBox charts = new HBox(12, perRtChart(), perDayChart());
        charts.setPrefHeight(260);
        charts.setMinHeight(200);
        TableView<RtProgress> table = id(new TableView<>(model.rows()), "progress-table");
        table.getColumns().add(column(texts.text("office.column.rt"), p -> p.rt().rt()));
        table.getColumns().add(column(texts.text("office.column.rw"), p -> p.rt().rw()));
        table.getColumns().add(column(texts.text("office.column.households"), RtProgress::households));
        table.getColumns().add(column(texts.text("office.column.registered"), RtProgress::registered));
        table.getColumns().add(column(texts.text("office.column.remaining"), RtProgress::remaining));
        table.getColumns().add(column(texts.text("office.column.percent"), RtProgress::percent));
        table.getColumns().add(column(texts.text("office.column.failed"), RtProgress::failed));
        table.getColumns().add(column(texts.text("office.column.followUp"), RtProgress::followUp));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox pane = new VBox(10, totals, charts, table);
        pane.setPadding(new Insets(10, 0, 0, 0));
        return pane;
    }

    /** Share registered per RT, worst first, as the table reads. */
    private Node perRtChart() {
        CategoryAxis rts = new CategoryAxis();
        NumberAxis percent = new NumberAxis(0, 100, 20);
        percent.setLabel("%");
        BarChart<String, Number> chart = id(new BarChart<>(rts, percent), "chart-per-rt");
        chart.setTitle(texts.text("office.chart.perRt"));
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        chart.getData().add(series);
        model.rows().addListener((ListChangeListener<RtProgress>) change -> series.getData().setAll(
                model.rows().stream().map(p -> new XYChart.Data<String, Number>(
                        p.rt().code(), p.percent())).toList()));
        HBox.setHgrow(chart, Priority.ALWAYS);
        return chart;
    }

    /** Households registered on each of the last days. */
    private Node perDayChart() {
        CategoryAxis days = new CategoryAxis();
        NumberAxis count = new NumberAxis();
        count.setMinorTickVisible(false);
        BarChart<String, Number> chart = id(new BarChart<>(days, count), "chart-per-day");
        chart.setTitle(texts.text("office.chart.perDay"));
        chart.setAnimated(false);
        XYChart.Series<String, Number> planned = new XYChart.Series<>();
        planned.setName(texts.text("office.chart.planned"));
        XYChart.Series<String, Number> done = new XYChart.Series<>();
        done.setName(texts.text("office.chart.registered"));
        chart.getData().add(done);
        DateTimeFormatter label = DateTimeFormatter.ofPattern("d/M");
        // perDay is set last on each refresh, so both series are redrawn from one consistent snapshot.
        model.perDay().addListener((MapChangeListener<LocalDate, Integer>) change -> {
            Map<LocalDate, Integer> inOrder = new TreeMap<>(model.perDay());
            done.getData().setAll(inOrder.entrySet().stream().map(e -> new XYChart.Data<String, Number>(
                    label.format(e.getKey()), e.getValue())).toList());
            planned.getData().setAll(new TreeMap<>(model.plannedPerDay()).entrySet().stream()
                    .map(e -> new XYChart.Data<String, Number>(label.format(e.getKey()), e.getValue())).toList());
            chart.setLegendVisible(!planned.getData().isEmpty());
            if (planned.getData().isEmpty()) {
                chart.getData().remove(planned);
            } else if (!chart.getData().contains(planned)) {
                chart.getData().add(0, planned);
            }
        });
        chart.setPrefWidth(460);
        return chart;
    }

    private Node reportsPane() {
        ComboBox<RtRef> rt = RtPicker.of("report-rt", model.rts(), model.chosenRtProperty());
        rt.setMaxWidth(Double.MAX_VALUE);
        Button checklist = id(new Button(texts.text("office.report.checklist")), "report-checklist", "primary");
        checklist.setOnAction(e -> model.makeChecklist());
        Button summary = id(new Button(texts.text("office.report.summary")), "report-summary");
        summary.setOnAction(e -> model.makeSummary());
        Button asn = id(new Button(texts.text("office.report.asn")), "report-asn");
        asn.setOnAction(e -> model.makeAsnReport());
        Button fairness = id(new Button(texts.text("office.report.fairness")), "report-fairness");
        fairness.setOnAction(e -> model.makeFairnessReport());
        for (Button b : new Button[] {checklist, summary, asn, fairness}) {
            b.disableProperty().bind(model.busyProperty());
            b.setMaxWidth(Double.MAX_VALUE);
        }
        Label message = id(new Label(), "report-message", "feedback");
        message.textProperty().bind(model.reportMessageProperty());
        message.setWrapText(true);
        VBox choices = new VBox(12, new Label(texts.text("office.report.rt")), rt, checklist,
                new Label(texts.text("office.report.forCamat")), summary, asn, fairness,
                SaveCopyButton.build(texts, "report", model.copy()), message);
        choices.setPrefWidth(360);
        choices.setMinWidth(320);
        ImageView preview = PdfPreview.view("report-preview", 1000);
        preview.setFitWidth(560);
        preview.imageProperty().bind(model.reportPreviewProperty());
        ScrollPane previewPane = id(new ScrollPane(preview), "report-preview-pane");
        HBox.setHgrow(previewPane, Priority.ALWAYS);
        HBox pane = new HBox(16, choices, previewPane);
        pane.setPadding(new Insets(10, 0, 0, 0));
        return pane;
    }

    private static <T extends Comparable<T>> TableColumn<RtProgress, T> column(String title,
                                                                             Function<RtProgress, T> value) {
        TableColumn<RtProgress, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.getStyleClass().add("number-column");
        return column;
    }

    public void addTab(Tab tab) { ((TabPane) root.lookup("#office-tabs")).getTabs().add(tab); }

    public Parent root() {
        return root;
    }
}
