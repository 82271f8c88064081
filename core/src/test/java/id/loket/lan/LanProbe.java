package id.loket.lan;

import id.loket.storage.Database;
import id.loket.storage.DatabaseKey;
import id.loket.storage.Jdbc;
import id.loket.storage.StorageException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A counter PC in a box: {@link LanNamespaceTest} runs it in a network namespace of its own, so the
 * server sees it come from that namespace's address. Prints one line saying what happened.
 * <ul>
 *   <li>{@code login URL KEYFILE PASSWORD}: opens the office database as a counter does; prints
 *       {@code OK <agent accounts> <ms>} or {@code REFUSED <reason> <ms>}</li>
 *   <li>{@code flood URL KEYFILE PASSWORD SECONDS}: such logins from 8 threads at once for that long;
 *       prints {@code REFUSED <n> OK <n>}</li>
 *   <li>{@code raw HOST PORT}: connects and reads without sending; prints {@code BYTES <n>} received
 *       before the server hung up</li>
 * </ul>
 */
public final class LanProbe {

    private LanProbe() {
    }

    public static void main(String[] args) throws IOException {
        switch (args[0]) {
            case "login" -> System.out.println(login(args[1], Path.of(args[2]), args[3]));
            case "flood" -> System.out.println(flood(args[1], Path.of(args[2]), args[3], Integer.parseInt(args[4])));
            case "raw" -> System.out.println("BYTES " + bytesBeforeHangUp(args[1], Integer.parseInt(args[2])));
            default -> throw new IllegalArgumentException("unknown probe " + args[0]);
        }
    }

    private static String flood(String url, Path keyFile, String password, int seconds) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger admitted = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            threads.execute(() -> {
                while (System.nanoTime() < end) {
                    (login(url, keyFile, password).startsWith("OK") ? admitted : refused).incrementAndGet();
                }
            });
        }
        threads.shutdown();
        try {
            threads.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "REFUSED " + refused.get() + " OK " + admitted.get();
    }

    private static String login(String url, Path keyFile, String password) {
        long start = System.nanoTime();
        try (Database database = Database.openLan(url, DatabaseKey.loadExisting(keyFile), password)) {
            long agents = new Jdbc(database.dataSource()).count("SELECT COUNT(*) FROM agent_account");
            return "OK " + agents + " " + (System.nanoTime() - start) / 1_000_000;
        } catch (StorageException e) {
            return "REFUSED " + e.reason() + " " + (System.nanoTime() - start) / 1_000_000;
        }
    }

    private static int bytesBeforeHangUp(String host, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 5_000);
            socket.setSoTimeout(5_000);
            InputStream in = socket.getInputStream();
            int received = 0;
            try {
                while (in.read() >= 0) {
                    received++;
                }
            } catch (SocketTimeoutException e) {
                return -1; // still open after 5 s: not hung up on
            }
            return received;
        }
    }
}
