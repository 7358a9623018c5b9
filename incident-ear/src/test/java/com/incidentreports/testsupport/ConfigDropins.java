package com.incidentreports.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * Changes a running Liberty server's configuration the way an operator would: a file in its
 * configDropins/overrides folder, which Liberty applies within a second or two; {@link #restore} takes it back.
 */
public final class ConfigDropins {

    static final Duration PATIENCE = Duration.ofSeconds(90);

    private final Path serverDir;

    public ConfigDropins(Path serverDir) {
        this.serverDir = serverDir;
    }

    /** The test server's own configuration. */
    public static ConfigDropins testServer() {
        return new ConfigDropins(Path.of(System.getProperty("liberty.home"), "usr", "servers",
                System.getProperty("liberty.server")));
    }

    /** Adds (or replaces) a piece of configuration named {@code name}, and waits until the server applied it. */
    public void override(String name, String serverXmlContent) {
        Path file = overrides().resolve(name + ".xml");
        int updates = configUpdates();
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "<server>\n" + serverXmlContent + "\n</server>\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        waitFor(() -> configUpdates() > updates, "the server to apply " + file);
    }

    /** Takes back the piece named {@code name}, if it is there, and waits until the server runs without it. */
    public void restore(String name) {
        Path file = overrides().resolve(name + ".xml");
        if (!Files.exists(file)) {
            return;
        }
        int updates = configUpdates();
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        waitFor(() -> configUpdates() > updates, "the server to drop " + file);
    }

    private Path overrides() {
        return serverDir.resolve("configDropins").resolve("overrides");
    }

    /** How many configuration updates the server has applied (or found nothing to change in) so far. */
    private int configUpdates() {
        Path log = serverDir.resolve("logs").resolve("messages.log");
        try {
            if (!Files.exists(log)) {
                return 0;
            }
            String text = Files.readString(log, StandardCharsets.UTF_8);
            return count(text, "CWWKG0017I") + count(text, "CWWKG0018I");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int count(String text, String code) {
        int count = 0;
        for (int at = text.indexOf(code); at >= 0; at = text.indexOf(code, at + code.length())) {
            count++;
        }
        return count;
    }

    static void waitFor(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Waited " + PATIENCE.toSeconds() + " s for " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what, e);
            }
        }
    }
}
