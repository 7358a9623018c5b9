package com.incidentreports.identity;

import com.incidentreports.testsupport.AccessMatrix;
import com.incidentreports.testsupport.Admin;
import com.incidentreports.testsupport.ApplicationTest;
import com.incidentreports.testsupport.DemoUser;
import com.incidentreports.testsupport.Reply;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.TestData;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import static com.incidentreports.testsupport.ApiAssertions.assertStatus;
import static com.incidentreports.testsupport.DemoUser.ADMIN;
import static com.incidentreports.testsupport.DemoUser.AUTHOR;
import static com.incidentreports.testsupport.DemoUser.QA_LEAD;
import static com.incidentreports.testsupport.DemoUser.STAFF;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The role × endpoint matrix ({@code security/access-matrix.txt}): every page and every REST endpoint, asked by
 * every kind of caller, answers as the table says; and the table leaves out no page of the EAR and no operation of
 * the API. A new endpoint, page or role that the table does not cover fails here until someone decides who may
 * reach it.
 */
@ApplicationTest
class AccessMatrixIT {

    private static final String TABLE = "security/access-matrix.txt";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z-]+)}");
    private static final Pattern CONTEXT_ROOT = Pattern.compile(
            "<web-uri>([^<]+)</web-uri>\\s*<context-root>([^<]*)</context-root>");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Test
    void everyCallerIsAnsweredAsTheTableSays() {
        AccessMatrix matrix = AccessMatrix.read(TABLE);
        Fixtures fixtures = new Fixtures();
        List<String> wrong = new ArrayList<>();
        for (AccessMatrix.Line line : matrix.lines()) {
            for (String caller : matrix.callers()) {
                String expected = line.expected().get(caller);
                Cell cell = fixtures.cell(line);
                Server server = matrix.accountOf(caller) == null ? Server.anonymous()
                        : Server.as(matrix.accountOf(caller), "demo");
                Reply reply = server.sendJson(line.method(), cell.path(), cell.body(), cell.headers());
                String answer = answerOf(reply);
                if (!answer.equals(expected)) {
                    wrong.add(String.format("%-70s %-10s expected %-5s got %s%s", line, caller, expected, answer,
                            reply.status() >= 400 && line.isApi() ? "  " + abbreviate(reply.body()) : ""));
                }
            }
        }
        if (!wrong.isEmpty()) {
            fail(wrong.size() + " unexpected answers (an allow or a deny the table does not expect):\n"
                    + String.join("\n", wrong));
        }
    }

    @Test
    void theTableCoversEveryOperationOfTheApi() {
        Set<String> covered = new TreeSet<>();
        AccessMatrix.read(TABLE).lines().forEach(line -> covered.add(line.method() + " " + line.template()));
        JsonObject openApi;
        try (JsonReader reader = Json.createReader(new StringReader(
                assertStatusOk(Server.anonymous().get("/openapi?format=JSON")).body()))) {
            openApi = reader.readObject();
        }
        Set<String> missing = new TreeSet<>();
        openApi.getJsonObject("paths").forEach((path, operations) -> operations.asJsonObject().keySet().stream()
                .filter(METHODS::contains)
                .map(method -> method.toUpperCase() + " " + AccessMatrix.templateOf(path))
                .filter(operation -> !covered.contains(operation))
                .forEach(missing::add));
        assertTrue(missing.isEmpty(), () -> "Operations of the API (/openapi) that " + TABLE
                + " does not cover; add a line for each:\n" + String.join("\n", missing));
    }

    @Test
    void theTableCoversEveryPage() {
        List<String> paths = AccessMatrix.read(TABLE).lines().stream()
                .filter(line -> line.method().equals("GET") && !line.isApi())
                .map(AccessMatrix.Line::template).toList();
        Set<String> missing = new TreeSet<>();
        for (String page : pagesOfTheEar()) {
            boolean covered = paths.stream().anyMatch(path -> path.equals(page) || path.startsWith(page + "/")
                    || page.endsWith("/index") && path.equals(page.substring(0, page.length() - "index".length())));
            if (!covered) {
                missing.add(page);
            }
        }
        assertTrue(missing.isEmpty(), () -> "Pages of the EAR that " + TABLE + " does not cover; add a line for "
                + "each:\n" + String.join("\n", missing));
    }

    /**
     * The address of every page of every web module in the EAR: its .xhtml files outside WEB-INF and resources,
     * under the module's context root, without the extension (the pages answer at extensionless addresses).
     */
    private static Set<String> pagesOfTheEar() {
        Set<String> pages = new TreeSet<>();
        try (ZipFile ear = new ZipFile(System.getProperty("test.ear"))) {
            String application = new String(ear.getInputStream(ear.getEntry("META-INF/application.xml"))
                    .readAllBytes(), StandardCharsets.UTF_8);
            Matcher module = CONTEXT_ROOT.matcher(application);
            while (module.find()) {
                String root = module.group(2).replaceAll("/+$", "");
                try (InputStream war = ear.getInputStream(ear.getEntry(module.group(1)));
                     ZipInputStream entries = new ZipInputStream(war)) {
                    for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                        String name = entry.getName();
                        if (name.endsWith(".xhtml") && !name.startsWith("WEB-INF/") && !name.startsWith("META-INF/")
                                && !name.startsWith("resources/")) {
                            pages.add(root + "/" + name.substring(0, name.length() - ".xhtml".length()));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(pages.contains("/index"), () -> "the EAR's pages were not found: " + pages);
        return pages;
    }

    private static String answerOf(Reply reply) {
        if (reply.status() == 302 && reply.header("Location") != null
                && reply.header("Location").matches("(?:https?://[^/]+)?/login(?:\\?.*)?")) {
            return AccessMatrix.LOGIN;
        }
        return String.valueOf(reply.status());
    }

    private static Reply assertStatusOk(Reply reply) {
        assertStatus(200, reply);
        return reply;
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() <= 160 ? flat : flat.substring(0, 160) + "…";
    }

    /** A request of one cell: the line's path and body with the test data filled in, and its headers. */
    private record Cell(String path, String body, String... headers) {
    }

    /**
     * The test data the table's {placeholders} name, made through the API before the first cell. Those named
     * {new-…} (and the people whose record a cell changes) are made or read again for every cell, with the version
     * a PUT or DELETE must send in If-Match.
     */
    private static final class Fixtures {

        private final Map<String, String> shared = new HashMap<>();
        private final Map<String, Supplier<Made>> fresh = new HashMap<>();

        /** Something made for one cell: its id, and its version as an ETag. */
        private record Made(String id, String etag) {
        }

        Fixtures() {
            JsonObject service = TestData.service().create();
            long serviceId = service.getJsonNumber("id").longValue();
            long reportId = TestData.report(serviceId).published().create().getJsonNumber("id").longValue();
            shared.put("service", service.getString("slug"));
            shared.put("serviceId", String.valueOf(serviceId));
            shared.put("report", String.valueOf(reportId));
            shared.put("draft", idOf(TestData.report(serviceId).create()));
            shared.put("comment", idOf(TestData.comment(reportId).postAs(STAFF)));
            shared.put("action", idOf(TestData.action(reportId).ownedBy(STAFF).createAs(QA_LEAD)));
            shared.put("person", STAFF.username());
            // Restricted to the QA lead (who must have signed in once to be named): staff and the outsider are not.
            assertStatus(200, Server.as(QA_LEAD).get("/api/v1/me"));
            JsonObject restriction = Json.createObjectBuilder().add("restricted", true)
                    .add("people", Json.createArrayBuilder().add(QA_LEAD.username()))
                    .add("groups", Json.createArrayBuilder()).build();
            long restrictedId = TestData.report(serviceId).with("restriction", restriction).published().create()
                    .getJsonNumber("id").longValue();
            shared.put("restricted", String.valueOf(restrictedId));
            shared.put("restricted-comment", idOf(TestData.comment(restrictedId).postAs(QA_LEAD)));
            shared.put("invitation", idOf(Admin.invite("matrix-" + TestData.uniqueWord() + "@example.test", "AUTHOR")));
            fresh.put("new-invitation", () -> new Made(
                    idOf(Admin.invite("matrix-" + TestData.uniqueWord() + "@example.test", "AUTHOR")), null));
            // Role changes go to the QA lead's own QA_LEAD role (which the registry gives anyway), and deactivation
            // to the admin themselves (which is refused): neither changes how any caller is answered later.
            fresh.put("qalead-person", () -> person(QA_LEAD));
            fresh.put("admin-person", () -> person(ADMIN));
            shared.put("qalead-id", person(QA_LEAD).id());
            shared.put("role", "QA_LEAD");
            fresh.put("new-service", () -> {
                String slug = TestData.service().create().getString("slug");
                return new Made(slug, etagOf(Server.as(ADMIN).get("/api/v1/services/" + slug)));
            });
            fresh.put("new-token", () -> new Made(idOf(assertStatus(201, Server.as(STAFF).post("/api/v1/me/tokens",
                    Json.createObjectBuilder().add("name", "Matrix " + TestData.uniqueWord()).build()))
                    .getJsonObject("token")), null));
            fresh.put("new-report", () -> made(AUTHOR, "/api/v1/reports/",
                    TestData.report(serviceId).published().create()));
            fresh.put("new-comment", () -> made(STAFF, "/api/v1/comments/",
                    TestData.comment(reportId).postAs(STAFF)));
            fresh.put("new-action", () -> made(QA_LEAD, "/api/v1/actions/",
                    TestData.action(reportId).ownedBy(STAFF).createAs(QA_LEAD)));
            // Outgoing webhooks: off, at an address that does not resolve (.invalid), so that nothing is sent.
            JsonObject webhook = webhook();
            shared.put("webhook", webhook.getJsonNumber("id").toString());
            shared.put("webhook-delivery", assertStatus(202, Server.as(ADMIN).post("/api/v1/admin/webhooks/"
                    + webhook.getJsonNumber("id") + "/ping", "")).getJsonNumber("id").toString());
            fresh.put("new-webhook", () -> {
                String id = webhook().getJsonNumber("id").toString();
                return new Made(id, etagOf(Server.as(ADMIN).get("/api/v1/admin/webhooks/" + id)));
            });
        }

        Cell cell(AccessMatrix.Line line) {
            Map<String, String> values = new HashMap<>(shared);
            values.put("unique", TestData.uniqueWord());
            String etag = null;
            for (Matcher used = PLACEHOLDER.matcher(line.path() + line.body()); used.find(); ) {
                String name = used.group(1);
                if (fresh.containsKey(name) && !values.containsKey(name)) {
                    Made made = fresh.get(name).get();
                    values.put(name, made.id());
                    etag = made.etag();
                }
            }
            String path = fill(line.path(), values, line);
            String body = fill(line.body(), values, line);
            return etag != null && (line.method().equals("PUT") || line.method().equals("DELETE"))
                    ? new Cell(path, body, "If-Match", etag)
                    : new Cell(path, body);
        }

        private static String fill(String text, Map<String, String> values, AccessMatrix.Line line) {
            Matcher placeholder = PLACEHOLDER.matcher(text);
            StringBuilder filled = new StringBuilder();
            while (placeholder.find()) {
                String value = values.get(placeholder.group(1));
                if (value == null) {
                    fail(line + " names {" + placeholder.group(1) + "}, which is no test data of AccessMatrixIT");
                }
                placeholder.appendReplacement(filled, Matcher.quoteReplacement(value));
            }
            return placeholder.appendTail(filled).toString();
        }

        /** A new webhook that is off, as admins see it. */
        private static JsonObject webhook() {
            return assertStatus(201, Server.as(ADMIN).post("/api/v1/admin/webhooks", Json.createObjectBuilder()
                    .add("name", "Matrix " + TestData.uniqueWord())
                    .add("url", "https://hooks.invalid/" + TestData.uniqueWord())
                    .add("events", Json.createArrayBuilder().add("report.published"))
                    .add("enabled", false).build())).getJsonObject("webhook");
        }

        /** A person's record as admins see it, with its version. */
        private static Made person(DemoUser user) {
            String id = String.valueOf(Admin.person(user.username()).getJsonNumber("id").longValue());
            return new Made(id, etagOf(Server.as(ADMIN).get("/api/v1/admin/people/" + id)));
        }

        private static String etagOf(Reply read) {
            assertStatus(200, read);
            return read.header("ETag");
        }

        private static Made made(DemoUser owner, String address, JsonObject created) {
            String id = idOf(created);
            Reply read = Server.as(owner).get(address + id);
            assertStatus(200, read);
            return new Made(id, read.header("ETag"));
        }

        private static String idOf(JsonObject created) {
            return String.valueOf(created.getJsonNumber("id").longValue());
        }
    }
}
