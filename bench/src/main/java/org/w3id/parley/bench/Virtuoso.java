package org.w3id.parley.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.w3id.parley.ParleyException;

/**
 * OpenLink Virtuoso (Debian's {@code virtuoso-opensource}) as a peer: a private instance on loopback with its
 * own database folder and ports, configured from the packaged {@code virtuoso.ini}, loaded with its bulk loader.
 */
final class Virtuoso implements Server {
    static final Path SERVER = Path.of("/usr/bin/virtuoso-t");
    static final Path ISQL = Path.of("/usr/bin/isql-vt");
    static final Path PACKAGED_INI = Path.of("/etc/virtuoso-opensource-7/virtuoso.ini");

    private final Path dir;
    private final int sqlPort;
    private final Endpoint sparql;
    private double startup;
    private boolean stopped;

    /** Why Virtuoso cannot take part here, if it cannot. */
    static Optional<String> unavailable() {
        if (!Files.isExecutable(SERVER) || !Files.isExecutable(ISQL) || !Files.isReadable(PACKAGED_INI))
            return Optional.of("Virtuoso is not installed (apt-get install virtuoso-opensource)");
        return Optional.empty();
    }

    Virtuoso(Path dir, int sqlPort, int httpPort, Path loadable, long buffers, Duration timeout) {
        this.dir = dir.toAbsolutePath();
        this.sqlPort = sqlPort;
        this.sparql = new Endpoint("http://127.0.0.1:" + httpPort + "/sparql", timeout);
        try {
            Files.createDirectories(this.dir);
            Map<String, Map<String, String>> settings = Map.of(
                    "Database",
                            Map.of(
                                    "DatabaseFile",
                                    file("virtuoso.db"),
                                    "ErrorLogFile",
                                    file("virtuoso.log"),
                                    "LockFile",
                                    file("virtuoso.lck"),
                                    "TransactionFile",
                                    file("virtuoso.trx"),
                                    "xa_persistent_file",
                                    file("virtuoso.pxa")),
                    "TempDatabase",
                            Map.of(
                                    "DatabaseFile",
                                    file("virtuoso-temp.db"),
                                    "TransactionFile",
                                    file("virtuoso-temp.trx")),
                    "Parameters",
                            Map.of(
                                    "ServerPort",
                                    "127.0.0.1:" + sqlPort,
                                    "DirsAllowed",
                                    ". , " + loadable.toAbsolutePath(),
                                    "NumberOfBuffers",
                                    Long.toString(buffers),
                                    "MaxDirtyBuffers",
                                    Long.toString(buffers * 3 / 4)),
                    "HTTPServer", Map.of("ServerPort", "127.0.0.1:" + httpPort),
                    "SPARQL",
                            Map.of(
                                    "ResultSetMaxRows",
                                    "10000000",
                                    "MaxQueryExecutionTime",
                                    Long.toString(timeout.toSeconds()),
                                    "MaxQueryCostEstimationTime",
                                    "0"));
            Files.write(ini(), configure(Files.readAllLines(PACKAGED_INI), settings));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The packaged file with each {@code key = value} of the named sections set, commented-out copies left alone. */
    static List<String> configure(List<String> lines, Map<String, Map<String, String>> settings) {
        List<String> out = new ArrayList<>();
        String section = "";
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.startsWith("[") && trimmed.endsWith("]")) section = trimmed.substring(1, trimmed.length() - 1);
            Map<String, String> wanted = settings.getOrDefault(section, Map.of());
            int equals = line.indexOf('=');
            String key = equals > 0 && !trimmed.startsWith(";")
                    ? line.substring(0, equals).strip()
                    : null;
            out.add(key != null && wanted.containsKey(key) ? key + " = " + wanted.get(key) : line);
        }
        return out;
    }

    void start() {
        stopped = false;
        long begin = System.nanoTime();
        run(List.of(SERVER.toString(), "+configfile", ini().toString(), "+wait"), Duration.ofMinutes(5));
        while (!sparql.query("ASK { ?s ?p ?o }").ok()) {
            if (System.nanoTime() - begin > TimeUnit.MINUTES.toNanos(2))
                throw new ParleyException(
                        "Virtuoso did not answer SPARQL within 2 minutes; see " + dir.resolve("virtuoso.log"));
            JavaServer.sleep(50);
        }
        startup = (System.nanoTime() - begin) / 1e9;
    }

    /** Bulk-loads every {@code *.nq} file in {@code folder} (graph names from the file) and checkpoints. */
    void bulkLoad(Path folder) {
        sql("ld_dir('" + folder.toAbsolutePath()
                + "', '*.nq', 'urn:x-parley:bench:default'); rdf_loader_run(); checkpoint;");
        String errors = sql("SELECT ll_file, ll_error FROM DB.DBA.load_list WHERE ll_error IS NOT NULL;");
        if (errors.contains(".nq")) throw new ParleyException("Virtuoso's bulk loader reported errors:\n" + errors);
    }

    String sql(String statements) {
        return run(
                List.of(ISQL.toString(), Integer.toString(sqlPort), "dba", "dba", "exec=" + statements),
                Duration.ofHours(2));
    }

    @Override
    public String name() {
        return "virtuoso";
    }

    @Override
    public Endpoint sparql() {
        return sparql;
    }

    @Override
    public Optional<String> page() {
        return Optional.empty();
    }

    @Override
    public double startupSeconds() {
        return startup;
    }

    @Override
    public synchronized Results.Heap stop() {
        if (!stopped) {
            stopped = true;
            try {
                sql("shutdown;");
            } catch (ParleyException ex) {
                // isql loses its connection when the server goes down; that is the expected end.
            }
            waitForLockRelease();
        }
        return Results.Heap.NONE;
    }

    /** Virtuoso removes its lock file when it has shut down; a restart before that would fail. */
    private void waitForLockRelease() {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (Files.exists(dir.resolve("virtuoso.lck")) && System.nanoTime() < deadline) JavaServer.sleep(50);
    }

    private Path ini() {
        return dir.resolve("virtuoso.ini");
    }

    private String file(String name) {
        return dir.resolve(name).toString();
    }

    private String run(List<String> command, Duration limit) {
        try {
            Process process = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new ParleyException(String.join(" ", command) + " did not finish within " + limit);
            }
            String text = new String(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0)
                throw new ParleyException(command.get(0) + " exited with " + process.exitValue() + ":\n" + text);
            return text;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new ParleyException("interrupted");
        }
    }
}
