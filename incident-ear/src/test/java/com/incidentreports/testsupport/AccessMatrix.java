package com.incidentreports.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The table of who may reach what ({@code security/access-matrix.txt} in the test resources): one line per method
 * and path, one column per kind of caller, the expected answer in each cell. The file's head says how to read it.
 */
public record AccessMatrix(List<String> callers, Map<String, String> accounts, List<Line> lines) {

    public static final String ANONYMOUS = "anonymous";
    /** The expected answer of a page to someone who has not signed in: off to the sign-in page. */
    public static final String LOGIN = "login";

    private static final List<String> FIXED = List.of("method", "path", "body");

    /** One line of the table: a request, and what each caller is to be answered. */
    public record Line(int number, String method, String path, Map<String, String> expected, String body) {

        /** The path without its query, with every {placeholder} as {}: comparable with the application's templates. */
        public String template() {
            return templateOf(path);
        }

        public boolean isApi() {
            return path.startsWith("/api/");
        }

        @Override
        public String toString() {
            return "line " + number + ": " + method + " " + path;
        }
    }

    /** {@code path} without its query, with every {placeholder} as {}. */
    public static String templateOf(String path) {
        int query = path.indexOf('?');
        return (query < 0 ? path : path.substring(0, query)).replaceAll("\\{[^}]*}", "{}");
    }

    public static AccessMatrix read(String resource) {
        try (InputStream in = AccessMatrix.class.getClassLoader().getResourceAsStream(resource)) {
            Objects.requireNonNull(in, () -> resource + " is not among the test resources");
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AccessMatrix parse(String text) {
        List<String> columns = null;
        List<String> callers = new ArrayList<>();
        Map<String, String> accounts = new LinkedHashMap<>();
        List<Line> lines = new ArrayList<>();
        String[] all = text.split("\n", -1);
        for (int i = 0; i < all.length; i++) {
            String raw = all[i].strip();
            int number = i + 1;
            if (raw.isEmpty() || raw.startsWith("#")) {
                continue;
            }
            if (raw.startsWith("@account")) {
                String[] words = raw.split("\\s+");
                if (words.length != 3) {
                    throw new IllegalArgumentException("line " + number + ": write @account <column> <username>");
                }
                accounts.put(words[1], words[2]);
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : raw.split("\\|", -1)) {
                cells.add(cell.strip());
            }
            if (columns == null) {
                columns = cells.stream().map(cell -> cell.toLowerCase(Locale.ROOT)).toList();
                if (!columns.get(0).equals("method") || !columns.get(1).equals("path")
                        || !columns.get(columns.size() - 1).equals("body")) {
                    throw new IllegalArgumentException("line " + number + ": the columns are method | path | "
                            + "<callers> | body");
                }
                columns.stream().filter(column -> !FIXED.contains(column)).forEach(callers::add);
                continue;
            }
            // The body is the rest of the line: JSON may hold a "|" of its own.
            if (cells.size() > columns.size()) {
                String body = String.join("|", cells.subList(columns.size() - 1, cells.size()));
                cells = new ArrayList<>(cells.subList(0, columns.size() - 1));
                cells.add(body);
            }
            if (cells.size() != columns.size()) {
                throw new IllegalArgumentException("line " + number + " has " + cells.size() + " cells, the head "
                        + columns.size());
            }
            Map<String, String> expected = new LinkedHashMap<>();
            for (String caller : callers) {
                String answer = cells.get(columns.indexOf(caller));
                if (!answer.matches("\\d{3}") && !answer.equals(LOGIN)) {
                    throw new IllegalArgumentException("line " + number + ", " + caller + ": write a status or "
                            + LOGIN + ", not '" + answer + "'");
                }
                expected.put(caller, answer);
            }
            lines.add(new Line(number, cells.get(0).toUpperCase(Locale.ROOT), cells.get(1), expected,
                    cells.get(columns.size() - 1)));
        }
        if (columns == null) {
            throw new IllegalArgumentException("The table has no head line");
        }
        return new AccessMatrix(List.copyOf(callers), Map.copyOf(accounts), List.copyOf(lines));
    }

    /** The account a caller column signs in as; null for anonymous. */
    public String accountOf(String caller) {
        return ANONYMOUS.equals(caller) ? null : accounts.getOrDefault(caller, caller);
    }
}
