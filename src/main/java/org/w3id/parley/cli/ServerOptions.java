package org.w3id.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.w3id.parley.ParleyException;
import org.w3id.parley.serve.ServeSettings;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** How {@code serve} runs the server, checked and turned into {@link ServeSettings} in one place. */
final class ServerOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(
            names = "--port",
            defaultValue = "3030",
            description = "HTTP port, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--host",
            defaultValue = "localhost",
            description = "Address to listen on; 0.0.0.0 for every interface (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(
            names = "--timeout",
            defaultValue = "10s",
            converter = DurationConverter.class,
            description = "Cancel any query running longer than this (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(
            names = "--max-request-mb",
            defaultValue = "8",
            paramLabel = "MB",
            description = "Refuse request bodies larger than this many MiB with 413 (default: ${DEFAULT-VALUE}).")
    long maxRequestMb;

    @Option(
            names = "--base",
            paramLabel = "IRI",
            defaultValue = ServeSettings.DEFAULT_BASE,
            description =
                    "The IRIs this server answers for at the same paths: BASE + id/x is served at /id/x (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(
            names = "--cache-mb",
            defaultValue = "256",
            paramLabel = "MB",
            description =
                    "Memory for answers to repeated SPARQL queries, kept until the store changes; 0 turns it off (default: ${DEFAULT-VALUE}).")
    long cacheMb;

    @Option(
            names = "--auth",
            paramLabel = "FILE",
            description =
                    "Password file (Jetty format, one 'user: password' per line). Enables SPARQL Update at /parley/update and Graph Store write at /parley/data for those users.")
    Path authFile;

    /** The settings these options give; a value out of range is a usage error, a missing password file a failure. */
    ServeSettings settings() {
        Usage.requireBetween(command, "--max-request-mb", maxRequestMb, 1, 1024);
        Usage.requireBetween(command, "--cache-mb", cacheMb, 0, 65536);
        if (!base.matches("https?://[^\\s<>\"{}|\\\\^`]+/"))
            throw Usage.error(
                    command, "--base must be an http(s) IRI ending in '/', e.g. " + ServeSettings.DEFAULT_BASE);
        if (authFile != null && !Files.isReadable(authFile))
            throw new ParleyException(authFile + ": no such password file");
        return new ServeSettings(
                host, port, timeout, Optional.ofNullable(authFile), maxRequestMb << 20, base, cacheMb << 20);
    }
}
