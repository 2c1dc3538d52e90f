package org.w3id.parley.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the numbers were measured on. */
final class Machine {
    private Machine() {}

    static Results.Machine describe() {
        String cpu = "unknown CPU";
        long memoryMb = -1;
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse(cpu);
            memoryMb = Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(l -> l.startsWith("MemTotal:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D+", "")) / 1024)
                    .findFirst()
                    .orElse(-1L);
        } catch (IOException | RuntimeException ex) {
            // Not Linux: the figures stay unknown.
        }
        return new Results.Machine(
                cpu,
                Runtime.getRuntime().availableProcessors(),
                memoryMb,
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    }
}
