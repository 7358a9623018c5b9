package com.incidentreports.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The machine a run measured: figures only compare between runs on the same kind of machine. */
public record Machine(int cores, String processor, long memoryMegabytes, String jdk, String os, String loadAverage) {

    public static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(),
                procLine("/proc/cpuinfo", "model name").orElse(System.getProperty("os.arch")),
                procLine("/proc/meminfo", "MemTotal").map(Machine::kilobytesToMegabytes).orElse(0L),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version"), currentLoadAverage());
    }

    /** The 1-minute load average now: above the core count, something else was using the machine. */
    private static String currentLoadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static Optional<String> procLine(String file, String key) {
        try (var lines = Files.lines(Path.of(file))) {
            return lines.filter(line -> line.startsWith(key)).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).trim());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static long kilobytesToMegabytes(String value) {
        return Long.parseLong(value.replaceAll("\\D", "")) / 1024;
    }
}
