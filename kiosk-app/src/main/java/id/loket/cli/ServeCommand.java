package id.loket.cli;

import id.loket.config.LanSettings;
import id.loket.config.LoketSettings;
import id.loket.domain.text.Texts;
import id.loket.storage.DatabaseKey;
import id.loket.storage.LanServer;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code loket serve}: LAN mode's server. Serves this PC's database to the counters and the display
 * board until stopped (Ctrl+C, or the PC shutting down).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the database to the office LAN (counters and display board) on lan.port, for the "
                + "PCs in lan.allowed-addresses, with lan.password. Runs until stopped with Ctrl+C.")
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    LoketCommand root;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        LoketSettings settings = root.settings();
        Texts texts = root.texts();
        LanSettings lan = settings.lan();
        if (lan.password().isEmpty()) {
            spec.commandLine().getErr().println(texts.text("cli.serve.noPassword"));
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        LanServer server = LanServer.start(settings.data().dataDir(),
                DatabaseKey.loadOrCreate(settings.security().keyFile()), lan, null);
        Thread hook = new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "loket-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        String allowed = lan.allowedAddresses().isEmpty() ? texts.text("cli.serve.onlyThisPc")
                : lan.allowedAddresses().stream().map(Object::toString).collect(Collectors.joining(", "));
        spec.commandLine().getOut().println(texts.text("cli.serve.started", settings.data().dataDir(),
                String.valueOf(server.port()), allowed));
        spec.commandLine().getOut().flush();
        stopped.await();
        spec.commandLine().getOut().println(texts.text("cli.serve.stopped"));
        return 0;
    }
}
