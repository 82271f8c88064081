package id.loket.ui.office;

import static id.loket.ui.Ids.id;

import id.loket.domain.household.RtProgress;
import id.loket.domain.household.RtRef;
import id.loket.domain.text.Texts;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
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
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The office face: progress (totals, a chart per RT and per day, the table of RTs worst first) and
 * the reports (checklist per RT, daily summary, ASN), each previewed before it is handed on.
 */
public final class OfficeView {

    /**
     * The office's work in five groups of tabs, so that no tab hides behind the tab bar's arrow at
     * 1024x768: how it goes, the lists and the schedule, the printouts, the residents' cases, the settings.
     */
    public enum Group {
        PROGRESS("progress", "office.group.progress"),
        LISTS("lists", "office.group.lists"),
        PRINTOUTS("printouts", "office.group.printouts"),
        RESIDENTS("residents", "office.group.residents"),
        SETTINGS("settings", "office.group.settings");

        private final String id;
        private final String titleKey;

        Group(String id, String titleKey) {
            this.id = id;
            this.titleKey = titleKey;
        }

        /** The group's tab is {@code #group-<id>}, its tab pane {@code #office-<id>-tabs}. */
        public String id() {
            return id;
        }
    }

    private final VBox root;
    private final TabPane groups = id(new TabPane(), "office-tabs");
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
        for (Group group : Group.values()) {
            TabPane inner = id(new TabPane(), "office-" + group.id() + "-tabs", "office-inner-tabs");
            inner.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            Tab outer = new Tab(texts.text(group.titleKey), inner);
            outer.setId("group-" + group.id());
            groups.getTabs().add(outer);
        }
        groups.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(groups, Priority.ALWAYS);
        addTab(Group.PROGRESS, progressTab);
        addTab(Group.LISTS, importTab);
        addTab(Group.LISTS, scheduleTab);
        addTab(Group.PRINTOUTS, reportsTab);
        addTab(Group.SETTINGS, securityTab);

        root = id(new VBox(12, bar, groups), "office-view", "agent");
        root.setPadding(new Insets(12));
        model.refresh();
    }

    private Node progressPane() {
        Label totals = id(new Label(), "office-totals", "totals");
        totals.textProperty().bind(model.totalsProperty());
        // With the explained households the line outgrew a 1024-wide screen: it wraps rather than lose its end.
        totals.setWrapText(true);
        totals.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox charts = new HBox(12, perRtChart(), perDayChart());
        // The two charts share the width: the per-day one has a bar pair for every day of the plan.
        charts.setPrefHeight(280);
        charts.setMinHeight(260);
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
        WrappingColumns.wrapAll(table);
        table.setPrefHeight(200);
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

    /**
     * Registered against planned households, day by day: the plan's days and every day anyone registered,
     * with a legend naming both bars. Without a plan, the registrations of the last days alone.
     */
    private Node perDayChart() {
        CategoryAxis days = new CategoryAxis();
        NumberAxis count = new NumberAxis();
        count.setMinorTickVisible(false);
        BarChart<String, Number> chart = id(new BarChart<>(days, count), "chart-per-day");
        chart.setTitle(texts.text("office.chart.perDay"));
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        // A month of days in half the window: the theme's default gaps would leave each bar a hair wide.
        chart.setCategoryGap(4);
        chart.setBarGap(0);
        DateTimeFormatter label = DateTimeFormatter.ofPattern("d/M");
        model.perDay().addListener((ListChangeListener<OfficeViewModel.DayBar>) change -> {
            List<OfficeViewModel.DayBar> bars = List.copyOf(model.perDay());
            boolean withPlan = model.hasPlan();
            // New series each time: a bar chart whose days change under series it keeps draws stale bars.
            // Both series have the same days, so each day's two bars stand side by side in date order.
            XYChart.Series<String, Number> planned = series(texts.text("office.chart.planned"), bars, label,
                    OfficeViewModel.DayBar::planned);
            XYChart.Series<String, Number> done = series(texts.text("office.chart.registered"), bars, label,
                    OfficeViewModel.DayBar::registered);
            chart.getData().setAll(withPlan ? List.of(planned, done) : List.of(done));
            chart.setTitle(texts.text(withPlan ? "office.chart.perDayPlan" : "office.chart.perDay"));
        });
        HBox.setHgrow(chart, Priority.ALWAYS);
        return chart;
    }

    private static XYChart.Series<String, Number> series(String name, List<OfficeViewModel.DayBar> bars,
                                                         DateTimeFormatter label,
                                                         java.util.function.ToIntFunction<OfficeViewModel.DayBar> value) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(name);
        series.getData().setAll(bars.stream().map(bar -> new XYChart.Data<String, Number>(label.format(bar.day()),
                value.applyAsInt(bar))).toList());
        return series;
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
            // A long name wraps onto a second line inside its button rather than being cut.
            b.setWrapText(true);
            b.setMinHeight(Region.USE_PREF_SIZE);
        }
        Label message = id(new Label(), "report-message", "feedback");
        message.textProperty().bind(model.reportMessageProperty());
        message.setWrapText(true);
        VBox choices = new VBox(12, wrapping(texts.text("office.report.rt")), rt, checklist,
                wrapping(texts.text("office.report.forCamat")), summary, asn, fairness, message);
        choices.setPrefWidth(340);
        choices.setMinWidth(300);
        VBox preview = PrintoutPanel.build(model.printout(), texts, "report", "report-preview", "report-preview-pane");
        HBox pane = new HBox(16, choices, preview);
        pane.setPadding(new Insets(10, 0, 0, 0));
        return pane;
    }

    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static <T extends Comparable<T>> TableColumn<RtProgress, T> column(String title,
                                                                             Function<RtProgress, T> value) {
        TableColumn<RtProgress, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.getStyleClass().add("number-column");
        return column;
    }

    /** Puts a tab in its group, after the group's tabs so far. */
    public void addTab(Group group, Tab tab) {
        ((TabPane) groups.getTabs().get(group.ordinal()).getContent()).getTabs().add(tab);
    }

    public Parent root() {
        return root;
    }
}
