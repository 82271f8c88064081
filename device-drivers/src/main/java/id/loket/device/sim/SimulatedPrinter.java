package id.loket.device.sim;

import id.loket.device.api.DeviceInfo;
import id.loket.device.api.DeviceProblem;
import id.loket.device.api.DeviceRole;
import id.loket.device.api.DeviceStatus;
import id.loket.device.api.PrintJob;
import id.loket.device.api.PrintResult;
import id.loket.device.api.ReceiptPrinter;
import id.loket.device.print.PdfDocuments;
import id.loket.device.print.PdfFolderPrinter;
import id.loket.device.support.DriverBase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A printer without hardware: it checks each job like a real driver, keeps the last jobs in memory
 * (and, with a folder, saves PDFs there), and has the faults of real printers: out of paper, paper
 * low, cover open, off line, a fault, and "the next job fails with ...".
 */
public final class SimulatedPrinter extends DriverBase implements ReceiptPrinter {

    public static final List<String> EVENTS = List.of("paper-out", "paper-low", "cover-open", "offline", "fault",
            "ready", "fail-next");
    private static final int KEPT = 100;

    private final ScriptRunner runner;
    private final PdfFolderPrinter folder;
    private final List<PrintJob> printed = new ArrayList<>();
    private DeviceProblem failNext;

    public SimulatedPrinter(String driverId, SimScript script, Optional<Path> folder) throws SimScriptException {
        super(driverId, info(driverId, script, folder));
        this.folder = folder.map(f -> new PdfFolderPrinter(driverId, f)).orElse(null);
        ScriptRunner.checkRepeat(script);
        List<ScriptRunner.Timed> steps = new ArrayList<>();
        for (SimScript.Step step : script.steps()) {
            steps.add(new ScriptRunner.Timed(step.line(), step.waitMillis(), compile(step, script.source())));
        }
        this.runner = new ScriptRunner("printer " + driverId, steps, script.repeat());
    }

    private static DeviceInfo info(String driverId, SimScript script, Optional<Path> folder) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("script", script.source());
        folder.ifPresent(f -> details.put("folder", f.toAbsolutePath().toString()));
        return new DeviceInfo(driverId, DeviceRole.PRINTER, "simulated printer" + folder.map(f -> ", PDFs saved in "
                + f.toAbsolutePath()).orElse(""), details);
    }

    private Runnable compile(SimScript.Step step, String source) throws SimScriptException {
        String args = step.arguments().strip();
        if (step.event().equals("fail-next")) {
            try {
                DeviceProblem problem = DeviceProblem.valueOf(args.toUpperCase(Locale.ROOT));
                return () -> failNext(problem);
            } catch (IllegalArgumentException e) {
                throw new SimScriptException(source, step.line(), "fail-next takes a problem code: "
                        + Arrays.toString(DeviceProblem.values()));
            }
        }
        if (!args.isEmpty()) {
            throw new SimScriptException(source, step.line(), step.event() + " takes no arguments");
        }
        return switch (step.event()) {
            case "paper-out" -> this::paperOut;
            case "paper-low" -> this::paperLow;
            case "cover-open" -> this::coverOpen;
            case "offline" -> this::offline;
            case "fault" -> this::fault;
            case "ready" -> this::ready;
            default -> throw new SimScriptException(source, step.line(), "unknown printer event '" + step.event()
                    + "'; known: " + String.join(", ", EVENTS));
        };
    }

    @Override
    protected void onStart() {
        if (folder != null) {
            folder.start();
            DeviceStatus folderStatus = folder.status();
            if (!folderStatus.usable()) {
                status.set(folderStatus);
                runner.start();
                return;
            }
        }
        status.set(DeviceStatus.ready());
        runner.start();
    }

    @Override
    protected void onStop() {
        runner.stop();
        if (folder != null) {
            folder.stop();
        }
    }

    @Override
    public boolean accepts(PrintJob.Format format) {
        return true;
    }

    @Override
    public synchronized PrintResult print(PrintJob job) {
        if (!started()) {
            return PrintResult.failed(DeviceProblem.DRIVER_STOPPED, "the simulated printer is not started");
        }
        if (job.format() == PrintJob.Format.PDF) {
            try {
                PdfDocuments.check(job.content());
            } catch (PdfDocuments.InvalidDocument e) {
                return PrintResult.failed(DeviceProblem.DOCUMENT_INVALID, e.getMessage());
            }
        }
        DeviceStatus now = status.get();
        if (!now.usable()) {
            DeviceProblem problem = now.problem().orElse(DeviceProblem.PRINTER_OFFLINE);
            return PrintResult.failed(problem, "simulated printer is " + now);
        }
        if (failNext != null) {
            DeviceProblem problem = failNext;
            failNext = null;
            return PrintResult.failed(problem, "simulated failure of this job");
        }
        String where = "kept in memory";
        if (folder != null && job.format() == PrintJob.Format.PDF) {
            PrintResult saved = folder.print(job);
            if (!saved.confirmed()) {
                return saved;
            }
            where = saved.detail();
        }
        printed.add(job);
        if (printed.size() > KEPT) {
            printed.remove(0);
        }
        return PrintResult.confirmed("simulated print of " + job.name() + ", " + where);
    }

    /** The jobs printed, oldest first (the last 100). */
    public synchronized List<PrintJob> printed() {
        return List.copyOf(printed);
    }

    public void paperOut() {
        setError(DeviceProblem.PAPER_OUT, "simulated: paper out");
    }

    public void paperLow() {
        if (started()) {
            status.set(DeviceStatus.of(DeviceStatus.State.READY, DeviceProblem.PAPER_LOW, "simulated: paper low"));
        }
    }

    public void coverOpen() {
        setError(DeviceProblem.COVER_OPEN, "simulated: cover open");
    }

    public void offline() {
        if (started()) {
            status.set(DeviceStatus.disconnected(DeviceProblem.PRINTER_OFFLINE, "simulated: printer off line"));
        }
    }

    public void fault() {
        setError(DeviceProblem.PRINTER_FAULT, "simulated: printer fault");
    }

    public void ready() {
        if (started()) {
            status.set(DeviceStatus.ready());
        }
    }

    /** The next job fails with {@code problem}, whatever the status. */
    public synchronized void failNext(DeviceProblem problem) {
        failNext = problem;
    }

    private void setError(DeviceProblem problem, String detail) {
        if (started()) {
            status.set(DeviceStatus.error(problem, detail));
        }
    }
}
