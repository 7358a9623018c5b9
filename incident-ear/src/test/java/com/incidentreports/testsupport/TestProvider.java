package com.incidentreports.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;

/**
 * The test identity provider (the build's second Liberty, src/test/liberty/idp), changed while it runs
 * ({@link ConfigDropins}): people and groups added to its registry, its ports closed. Every change is taken back
 * by {@link #restore} and {@link #comeBack}.
 */
public final class TestProvider {

    private TestProvider() {
    }

    /** Adds (or replaces) a piece of the provider's configuration, named {@code name}, and waits until it applies. */
    public static void override(String name, String serverXmlContent) {
        config().override(name, serverXmlContent);
    }

    /** Takes back the piece named {@code name}, if it is there. */
    public static void restore(String name) {
        config().restore(name);
    }

    /** Closes the provider's ports: it is down, as far as anyone calling it can tell. */
    public static void goDown() {
        override("down", "<httpEndpoint id=\"defaultHttpEndpoint\" httpPort=\"-1\" httpsPort=\"-1\"/>");
        ConfigDropins.waitFor(() -> !listening(), "the provider's https port to close");
    }

    /** Opens the provider's ports again. */
    public static void comeBack() {
        restore("down");
        ConfigDropins.waitFor(TestProvider::listening, "the provider's https port to open");
    }

    private static boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost",
                    Integer.parseInt(System.getProperty("test.idp.https.port", "9953"))), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static ConfigDropins config() {
        String dir = System.getProperty("test.idp.server.dir");
        if (dir == null) {
            throw new IllegalStateException("The system property test.idp.server.dir must name the provider's server");
        }
        return new ConfigDropins(Path.of(dir));
    }
}
