package com.incidentreports.platform;

import com.incidentreports.markdown.Markdown;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A generated company as it stands in a database at the migration baseline: staff, services, about a thousand
 * incident reports of five years with their discussions, likes, watchers, follow-up actions and their history,
 * notifications and emails, invitations, API tokens, the security audit log and idempotency keys. Every table of
 * the baseline schema gets rows, with what real rows have: nulls where a column allows them, texts up to the longest
 * a column takes, Unicode of every plane, quotes and markup, restricted reports, deleted and hidden comments.
 * <p>
 * It writes the baseline's tables and columns in plain SQL, and the values as the baseline wrote them (enum names
 * as text, not taken from today's enums), so that a later migration or a renamed constant meets the rows as they
 * are in production. Ids start above the demo data's and the id sequences are moved past them, as the
 * application's own inserts would have left them. The same seed gives the same company.
 */
final class BaselineCompany {

    static final int REPORTS = 1_000;
    /** A restricted report of the company, its restriction and a Unicode comment, for spot checks after upgrade. */
    static final long RESTRICTED_REPORT = 1_000;
    static final String RESTRICTED_GROUP = "Sicherheit – Zugriff für „Vorfälle“";
    static final long UNICODE_COMMENT = 1_000;
    static final String UNICODE_COMMENT_BODY = """
            Ça marche à nouveau 🎉 — 支付恢复正常, خدمة الدفع تعمل, \uD835\uDD38 \
            and the 'quoted' "word" with a back\\slash, 100 % of the_underscores and <script>alert(1)</script>.""";
    /** A report whose incident section is as long as the column takes. */
    static final long LONGEST_REPORT = 1_001;
    static final int SECTION_MAX = 50_000;

    private static final long FIRST_ID = 1_000;
    private static final int STAFF = 60;
    private static final int SERVICES = 15;
    private static final Instant NOW = Instant.parse("2026-11-02T08:00:00Z");
    private static final Duration HISTORY = Duration.ofDays(5 * 365);

    private static final String[] SEVERITIES = {"SEV1", "SEV2", "SEV3", "SEV4"};
    private static final String[] ACTION_STATUSES = {"PROPOSED", "OPEN", "IN_PROGRESS", "DONE", "VERIFIED",
        "WONT_DO_REQUESTED", "WONT_DO"};
    private static final String[] ACTION_TYPES = {"PREVENT", "MITIGATE", "DETECT", "PROCESS"};
    private static final String[] PRIORITIES = {"P1", "P2", "P3"};
    private static final String[] NOTIFICATION_KINDS = {"MENTION", "REPLY", "COMMENT", "LIKE", "ACTION_ASSIGNED",
        "ACTION_DUE_SOON", "ACTION_OVERDUE", "ACTION_ESCALATED"};
    private static final String[] AUDIT_TYPES = {"SIGN_IN", "SIGN_IN_FAILED", "SIGN_IN_REFUSED", "SIGN_IN_LOCKED",
        "SIGN_IN_UNLOCKED", "ROLE_GRANTED", "ROLE_REVOKED", "PERSON_DEACTIVATED", "PERSON_REACTIVATED",
        "INVITATION_CREATED", "INVITATION_RESENT", "INVITATION_REVOKED", "INVITATION_ACCEPTED", "ACCESS_DENIED"};
    private static final String[] ROLES = {"AUTHOR", "QA_LEAD", "ADMIN"};
    private static final String[] GROUPS = {"sre", "eng-payments", "Support – EMEA", "研发部", RESTRICTED_GROUP};
    private static final String[] NAMES = {"Zoë Ångström", "李娜", "Đặng Thị Hương", "Seán O'Brien", "محمد الأحمد",
        "Jürgen Groß", "Ådne Øyen", "Ngozi Okonkwo", "Łukasz Żółć", "Ana-María Núñez", "Priya Raghunathan",
        "Ольга Смирнова", "Tomás \"Tom\" Ruiz", "Kǎi Wáng", "Yusuf Çelik"};
    private static final String[] SERVICE_NAMES = {"Payments API", "Checkout", "Search", "Notifications",
        "Data Warehouse", "Mobile Backend", "Auth Gateway", "Billing Exports", "Ledger", "Status Page",
        "Zahlungsabwicklung (EU)", "配送追踪", "Partner Webhooks", "Image CDN", "Internal Tools — Legacy"};
    private static final String[] SENTENCES = {
        "The error rate rose to **12 %** within three minutes of the deploy.",
        "On-call was paged at 02:14 UTC and acknowledged at 02:16.",
        "A retry storm from the `mobile` clients kept the queue above its limit.",
        "We rolled back to the previous release; latency recovered at once.",
        "Die Zahlungsabwicklung lehnte Karten aus Österreich ab – nur bei Beträgen über 1 000 €.",
        "支付服务在高峰期返回了 503 错误，持续约十五分钟。",
        "فشلت عمليات الدفع لعملاء المنطقة لمدة عشرين دقيقة.",
        "The dashboard's \"healthy\" badge stayed green — it only checked the load balancer 🙈.",
        "Customers saw a blank page at `/checkout?step=2&retry=true`.",
        "See [the runbook](https://wiki.example.com/runbooks/payments) and the graph in the postmortem folder.",
        "A certificate for `api.example.com` expired at 00:00; the renewal job had failed quietly for 30 days.",
        "Nobody's fault: the alert threshold was set before the traffic doubled.",
        "> The database failover took 94 s instead of the promised 30 s.",
        "Queries with `LIKE '%_%'` scanned the whole table: 100% CPU for an hour.",
        "Emoji in display names (👩🏽‍💻) broke the CSV export.",
    };

    private final Connection connection;
    private final SplittableRandom random = new SplittableRandom(2026);
    /** Every comment written: id, report, thread (0 for a top-level one), depth, author. */
    private final List<long[]> comments = new ArrayList<>();

    private BaselineCompany(Connection connection) {
        this.connection = connection;
    }

    /** Writes the company into {@code connection}'s schema, at the baseline. */
    static void write(Connection connection) throws SQLException {
        BaselineCompany company = new BaselineCompany(connection);
        company.staff();
        company.services();
        company.reports();
        company.discussions();
        company.actions();
        company.notifications();
        company.invitationsAndTokens();
        company.auditAndIdempotency();
        company.advanceSequences();
    }

    private static long staffId(int index) {
        return FIRST_ID + index;
    }

    private long anyStaff() {
        return staffId(random.nextInt(STAFF));
    }

    private Instant daysAgo(double days) {
        return NOW.minusSeconds((long) (days * 86_400));
    }

    private void staff() throws SQLException {
        BaselineRows users = rows("app_user", "id", "username", "display_name", "email", "created_at",
                "last_sign_in_at", "version", "deactivated_at", "sign_in_path");
        BaselineRows roles = rows("user_role", "user_id", "role");
        BaselineRows groups = rows("user_group", "user_id", "group_name");
        BaselineRows settings = rows("notification_settings", "id", "user_id", "email_mentions",
                "email_replies", "email_comments", "version");
        for (int i = 0; i < STAFF; i++) {
            long id = staffId(i);
            boolean sso = i % 3 == 0;
            String name = i < NAMES.length ? NAMES[i] : "Staff Member " + i;
            users.add(id, "staff%03d".formatted(i), name, i % 7 == 0 ? null : "staff%03d@example.com".formatted(i),
                    daysAgo(HISTORY.toDays() - i), i % 5 == 0 ? null : daysAgo(random.nextDouble(0, 30)),
                    (long) random.nextInt(0, 5), i % 20 == 19 ? daysAgo(10) : null,
                    i % 11 == 0 ? null : sso ? "SSO" : "LOCAL");
            roles.add(id, "STAFF");
            if (i % 4 != 3) {
                roles.add(id, ROLES[i % ROLES.length]);
            }
            if (sso) {
                groups.add(id, GROUPS[i % GROUPS.length]);
                groups.add(id, GROUPS[(i + 1) % GROUPS.length]);
            }
            if (i % 2 == 0) {
                settings.add(id, id, random.nextBoolean(), random.nextBoolean(), random.nextBoolean(), 0L);
            }
        }
        insert(users, roles, groups, settings);
    }

    private void services() throws SQLException {
        BaselineRows services = rows("service", "id", "name", "slug", "description", "created_at", "version",
                "archived_at");
        BaselineRows owners = rows("service_owner", "service_id", "user_id");
        for (int i = 0; i < SERVICES; i++) {
            long id = FIRST_ID + i;
            services.add(id, SERVICE_NAMES[i], "service-" + i,
                    i % 4 == 3 ? null : sentence() + " " + sentence(), daysAgo(HISTORY.toDays() + 30), 0L,
                    i == SERVICES - 1 ? daysAgo(100) : null);
            owners.add(id, staffId(i));
            if (i % 3 == 0) {
                owners.add(id, staffId(i + 20));
            }
        }
        insert(services, owners);
    }

    private void reports() throws SQLException {
        BaselineRows reports = rows("report", "id", "title", "service_id", "severity", "status", "started_at",
                "detected_at", "ended_at", "users_affected", "affected_users", "compensation", "incident_md",
                "cause_md", "affected_md", "prevention_md", "incident_html", "cause_html", "affected_html",
                "prevention_html", "created_at", "updated_at", "updated_by", "published_at", "version", "restricted");
        BaselineRows authors = rows("report_author", "report_id", "user_id");
        BaselineRows restrictedUsers = rows("report_restricted_user", "report_id", "user_id");
        BaselineRows restrictedGroups = rows("report_restricted_group", "report_id", "group_name");
        for (int i = 0; i < REPORTS; i++) {
            long id = FIRST_ID + i;
            // More reports each year, as the company grows; the newest has the highest id.
            Instant started = NOW.minus(HISTORY).plusSeconds(
                    (long) (HISTORY.toSeconds() * Math.sqrt((i + 0.5) / REPORTS)));
            boolean draft = i % 29 == 0;
            boolean restricted = id == RESTRICTED_REPORT || i % 23 == 0;
            double draw = random.nextDouble();
            String severity = SEVERITIES[draw < 0.03 ? 0 : draw < 0.15 ? 1 : draw < 0.6 ? 2 : 3];
            String incident = id == LONGEST_REPORT ? longText(SECTION_MAX) : paragraphs(random.nextInt(1, 5));
            String cause = draft && i % 2 == 0 ? null : paragraphs(random.nextInt(1, 4));
            String affected = paragraphs(1);
            String prevention = draft ? null : "- " + sentence() + "\n- " + sentence();
            Instant written = started.plus(Duration.ofHours(random.nextInt(2, 72)));
            if (written.isAfter(NOW)) {
                written = NOW;
            }
            long author = anyStaff();
            reports.add(id, i % 97 == 0 ? longTitle() : title(), FIRST_ID + random.nextInt(SERVICES), severity,
                    draft ? "DRAFT" : "PUBLISHED", started,
                    i % 7 == 0 ? null : started.plusSeconds(60L * random.nextInt(1, 45)),
                    i % 19 == 0 ? null : started.plusSeconds(60L * random.nextInt(10, 600)),
                    i % 10 == 0 ? null : (long) random.nextInt(1, 500_000),
                    i % 6 == 0 ? null : "Customers of " + SERVICE_NAMES[i % SERVICES] + " in " + sentence(),
                    "SEV1".equals(severity) ? "A service credit of one day — 1 Tag Gutschrift." : null,
                    incident, cause, affected, prevention, html(incident), html(cause), html(affected),
                    html(prevention), written, written, author, draft ? null : written,
                    (long) random.nextInt(0, 4), restricted);
            authors.add(id, author);
            long second = anyStaff();
            if (i % 4 == 0 && second != author) {
                authors.add(id, second);
            }
            if (restricted) {
                restrictedUsers.add(id, staffId((i + 7) % STAFF));
                restrictedGroups.add(id, RESTRICTED_GROUP);
            }
        }
        insert(reports, authors, restrictedUsers, restrictedGroups);
    }

    /** The comments of each published report, some replies to others, then likes and watchers. */
    private void discussions() throws SQLException {
        long commentId = FIRST_ID;
        BaselineRows commentRows = rows("report_comment", "id", "report_id", "parent_id", "thread_id", "depth",
                "author_id", "body_md", "mentions", "status", "hidden_reason", "hidden_by", "hidden_at", "created_at",
                "edited_at", "version", "body_html");
        BaselineRows revisions = rows("comment_revision", "id", "comment_id", "body_md", "written_at");
        long revisionId = FIRST_ID;
        for (int i = 0; i < REPORTS; i++) {
            long report = FIRST_ID + i;
            int count = i % 29 == 0 ? 0 : random.nextInt(0, 7);
            List<long[]> onThisReport = new ArrayList<>();
            for (int c = 0; c < count; c++) {
                long id = commentId++;
                long[] parent = onThisReport.isEmpty() || random.nextInt(3) == 0 ? null
                        : onThisReport.get(random.nextInt(onThisReport.size()));
                long thread = parent == null ? 0 : parent[2] == 0 ? parent[0] : parent[2];
                int depth = parent == null ? 0 : (int) parent[3] + 1;
                long author = anyStaff();
                int fate = id == UNICODE_COMMENT ? 2 : random.nextInt(20);
                String status = fate == 0 ? "DELETED" : fate == 1 ? "HIDDEN" : "VISIBLE";
                String mentioned = random.nextInt(4) == 0 ? "staff%03d".formatted(random.nextInt(STAFF)) : null;
                String body = id == UNICODE_COMMENT ? UNICODE_COMMENT_BODY
                        : i % 150 == 1 && c == 0 ? longText(20_000)
                        : (mentioned == null ? "" : "@" + mentioned + " ") + paragraphs(random.nextInt(1, 3));
                if ("DELETED".equals(status)) {
                    body = null;
                    mentioned = null;
                }
                Instant at = daysAgo(Math.max(0.01, HISTORY.toDays() * (1 - Math.sqrt((i + 0.5) / REPORTS)) - c * 0.01));
                boolean edited = body != null && random.nextInt(8) == 0;
                commentRows.add(id, report, parent == null ? null : parent[0], parent == null ? null : thread, depth,
                        author, body, mentioned, status,
                        "HIDDEN".equals(status) ? "Posted a customer's card number; kept for the record." : null,
                        "HIDDEN".equals(status) ? staffId(3) : null,
                        "HIDDEN".equals(status) ? at.plusSeconds(3_600) : null, at,
                        edited ? at.plusSeconds(600) : null, edited ? 1L : 0L,
                        body == null ? null : Markdown.of(body, mentioned == null ? Set.of() : Set.of(mentioned))
                                .html());
                if (edited) {
                    revisions.add(revisionId++, id, "First draft: " + sentence(), at);
                }
                long[] comment = {id, report, parent == null ? 0 : thread, depth, author};
                onThisReport.add(comment);
                comments.add(comment);
            }
        }
        insert(commentRows, revisions);

        BaselineRows likes = rows("post_like", "id", "user_id", "report_id", "comment_id", "created_at");
        BaselineRows watches = rows("report_watch", "id", "report_id", "user_id", "watching", "version");
        long likeId = FIRST_ID;
        for (int i = 0; i < REPORTS; i++) {
            long report = FIRST_ID + i;
            for (int l = random.nextInt(0, 4); l > 0; l--) {
                likes.add(likeId++, staffId((i + 7 * l) % STAFF), report, null, daysAgo(i % 300 + 0.5));
            }
            watches.add(FIRST_ID + i, report, staffId(i % STAFF), i % 9 != 0, 0L);
            watches.add(FIRST_ID + REPORTS + i, report, staffId((i + 1) % STAFF), true, 0L);
        }
        for (long[] comment : comments) {
            if (random.nextInt(3) == 0) {
                likes.add(likeId++, staffId((int) (comment[4] - FIRST_ID + 1) % STAFF), null, comment[0],
                        daysAgo(1));
            }
        }
        insert(likes, watches);
    }

    private void actions() throws SQLException {
        LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
        BaselineRows actions = rows("follow_up_action", "id", "report_id", "title", "description_md",
                "action_type", "priority", "status", "owner_id", "assigned_by", "created_by", "due_date",
                "evidence_links", "status_note", "created_at", "updated_at", "closed_at", "last_reminded_on",
                "version", "description_html");
        BaselineRows changes = rows("action_change", "id", "action_id", "field", "from_value", "to_value",
                "note", "changed_by", "changed_at");
        BaselineRows runs = rows("action_reminder_run", "run_date", "started_at");
        long actionId = FIRST_ID;
        long changeId = FIRST_ID;
        for (int i = 0; i < REPORTS; i++) {
            if (i % 29 == 0) {
                continue;
            }
            for (int a = random.nextInt(0, 3); a > 0; a--) {
                long id = actionId++;
                String status = ACTION_STATUSES[random.nextInt(ACTION_STATUSES.length)];
                boolean closed = status.startsWith("DONE") || status.equals("VERIFIED") || status.equals("WONT_DO");
                boolean owned = !"PROPOSED".equals(status);
                long creator = anyStaff();
                Long owner = owned ? anyStaff() : null;
                LocalDate due = random.nextInt(5) == 0 ? null : today.plusDays(random.nextInt(-90, 60));
                String description = random.nextInt(4) == 0 ? null : paragraphs(1);
                Instant created = daysAgo(HISTORY.toDays() * (1 - Math.sqrt((i + 0.5) / REPORTS)));
                actions.add(id, FIRST_ID + i, "Follow-up: " + sentence().substring(0, 20).strip(),
                        description, ACTION_TYPES[random.nextInt(ACTION_TYPES.length)],
                        PRIORITIES[random.nextInt(PRIORITIES.length)], status, owner, owned ? creator : null,
                        creator, due,
                        closed ? "https://ci.example.com/runs/" + id + "\nhttps://wiki.example.com/ä/" + id : null,
                        closed && random.nextBoolean() ? "Done — see the runs." : null, created,
                        created.plusSeconds(86_400), closed ? created.plusSeconds(2 * 86_400) : null,
                        !closed && owned && random.nextBoolean() ? today.minusDays(random.nextInt(1, 20)) : null,
                        (long) random.nextInt(0, 6), html(description));
                changes.add(changeId++, id, "STATUS", null, "PROPOSED", null, creator, created);
                if (owned) {
                    changes.add(changeId++, id, "OWNER", null, "staff%03d".formatted(owner - FIRST_ID), null,
                            creator, created);
                    changes.add(changeId++, id, "STATUS", "PROPOSED", status, closed ? "Nachweis: 🧾" : null,
                            owner, created.plusSeconds(86_400));
                }
                if (due != null) {
                    changes.add(changeId++, id, "DUE_DATE", null, due.toString(), null, creator, created);
                }
            }
        }
        for (int day = 1; day <= 60; day++) {
            runs.add(today.minusDays(day), today.minusDays(day).atTime(7, 0).toInstant(ZoneOffset.UTC));
        }
        insert(actions, changes, runs);
    }

    private void notifications() throws SQLException {
        BaselineRows notifications = rows("notification", "id", "recipient_id", "kind", "report_id",
                "comment_id", "actor_id", "created_at", "read_at");
        BaselineRows mails = rows("outbox_mail", "id", "recipient", "subject", "body", "created_at", "attempts",
                "next_attempt_at", "sent_at", "last_error");
        for (int i = 0; i < 2_000; i++) {
            String kind = NOTIFICATION_KINDS[i % NOTIFICATION_KINDS.length];
            long[] comment = i % NOTIFICATION_KINDS.length < 4 ? comments.get(random.nextInt(comments.size()))
                    : null;
            Instant at = daysAgo(random.nextDouble(0, 400));
            notifications.add(FIRST_ID + i, anyStaff(), kind,
                    comment == null ? FIRST_ID + random.nextInt(REPORTS) : comment[1],
                    comment == null ? null : comment[0], anyStaff(), at,
                    i % 3 == 0 ? null : at.plusSeconds(3_600));
        }
        for (int i = 0; i < 300; i++) {
            boolean sent = i % 5 != 0;
            boolean failing = i % 10 == 0;
            Instant at = daysAgo(random.nextDouble(0, 60));
            mails.add(FIRST_ID + i, "staff%03d@example.com".formatted(i % STAFF),
                    "Neue Antwort zu „" + title() + "“", paragraphs(2), at, failing ? 3 : sent ? 1 : 0,
                    sent ? null : at.plusSeconds(300), sent ? at.plusSeconds(5) : null,
                    failing ? "550 5.1.1 <staff@example.com>: Recipient address rejected: user unknown" : null);
        }
        insert(notifications, mails);
    }

    private void invitationsAndTokens() throws SQLException {
        BaselineRows invitations = rows("invitation", "id", "email", "open_email", "invited_by_id", "created_at",
                "expires_at", "last_sent_at", "status", "accepted_by_id", "accepted_at", "revoked_at", "version");
        BaselineRows invitationRoles = rows("invitation_role", "invitation_id", "role");
        BaselineRows tokens = rows("api_token", "id", "user_id", "name", "secret_hash", "secret_hint",
                "created_at", "last_used_at", "expires_at", "revoked_at", "version");
        String[] statuses = {"PENDING", "ACCEPTED", "REVOKED", "EXPIRED"};
        for (int i = 0; i < 40; i++) {
            long id = FIRST_ID + i;
            String status = statuses[i % statuses.length];
            String email = "new.person" + i + "@example.com";
            Instant created = daysAgo(40 - i);
            invitations.add(id, email, "PENDING".equals(status) ? email : null, staffId(1), created,
                    created.plus(Duration.ofDays(14)), created, status,
                    "ACCEPTED".equals(status) ? staffId(40 + i % 20) : null,
                    "ACCEPTED".equals(status) ? created.plusSeconds(7_200) : null,
                    "REVOKED".equals(status) ? created.plusSeconds(60) : null, 0L);
            invitationRoles.add(id, "STAFF");
            if (i % 3 == 0) {
                invitationRoles.add(id, "AUTHOR");
            }
        }
        for (int i = 0; i < 30; i++) {
            tokens.add(FIRST_ID + i, staffId(i), i % 5 == 0 ? "CI — Überwachung 🤖" : "token " + i,
                    "%064x".formatted(i * 7_919L + 1), "ir_" + Integer.toHexString(4_096 + i),
                    daysAgo(200 - i), i % 2 == 0 ? null : daysAgo(i), i % 3 == 0 ? null : daysAgo(-30 + i),
                    i % 7 == 0 ? daysAgo(1) : null, 0L);
        }
        insert(invitations, invitationRoles, tokens);
    }

    private void auditAndIdempotency() throws SQLException {
        BaselineRows audit = rows("security_audit", "id", "occurred_at", "type", "actor", "subject", "detail",
                "client_address");
        BaselineRows keys = rows("idempotency_key", "id", "user_id", "idem_key", "fingerprint", "created_at",
                "status", "location", "etag", "body");
        for (int i = 0; i < 800; i++) {
            audit.add(FIRST_ID + i, daysAgo(random.nextDouble(0, 365)), AUDIT_TYPES[i % AUDIT_TYPES.length],
                    i % 5 == 0 ? null : "staff%03d".formatted(i % STAFF),
                    i % 3 == 0 ? null : i % 11 == 0 ? "someone-who-does-not-exist@ëxample.com" : "staff001",
                    i % 4 == 0 ? null : "roles: STAFF, AUTHOR; path /api/v1/reports/" + i,
                    i % 6 == 0 ? null : i % 2 == 0 ? "2001:db8:85a3::8a2e:370:" + i : "203.0.113." + i % 255);
        }
        for (int i = 0; i < 100; i++) {
            boolean created = i % 3 != 0;
            keys.add(FIRST_ID + i, staffId(i % STAFF), "key-" + i + "-ü", "%064x".formatted(i), daysAgo(0.5),
                    created ? 201 : 422, created ? "/api/v1/reports/" + (FIRST_ID + i) + "/comments/" + i : null,
                    created ? "\"" + i + "\"" : null,
                    "{\"title\":\"Störung ✓\",\"detail\":\"" + "x".repeat(i * 10) + "\"}");
        }
        insert(audit, keys);
    }

    /** As the application's inserts would have left them: past every id written (Hibernate's pooled blocks of 50). */
    private void advanceSequences() throws SQLException {
        Map<String, String> sequenceOfTable = Map.ofEntries(Map.entry("app_user", "app_user_seq"),
                Map.entry("service", "service_seq"), Map.entry("report", "report_seq"),
                Map.entry("report_comment", "comment_seq"), Map.entry("comment_revision", "comment_revision_seq"),
                Map.entry("post_like", "post_like_seq"), Map.entry("report_watch", "report_watch_seq"),
                Map.entry("notification", "notification_seq"),
                Map.entry("notification_settings", "notification_settings_seq"),
                Map.entry("outbox_mail", "outbox_mail_seq"), Map.entry("follow_up_action", "follow_up_action_seq"),
                Map.entry("action_change", "action_change_seq"), Map.entry("invitation", "invitation_seq"),
                Map.entry("api_token", "api_token_seq"), Map.entry("security_audit", "security_audit_seq"),
                Map.entry("idempotency_key", "idempotency_key_seq"));
        try (Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> entry : sequenceOfTable.entrySet()) {
                long maxId;
                try (var max = statement.executeQuery("select max(id) from " + entry.getKey())) {
                    max.next();
                    maxId = max.getLong(1);
                }
                statement.execute("alter sequence " + entry.getValue() + " restart with " + (maxId + 100));
            }
        }
    }

    private static BaselineRows rows(String table, String... columns) {
        return new BaselineRows(table, columns);
    }

    /** Inserts the rows of each table, in the order given: parents before children. */
    private void insert(BaselineRows... tables) throws SQLException {
        for (BaselineRows table : tables) {
            table.insertInto(connection);
        }
    }

    private String sentence() {
        return SENTENCES[random.nextInt(SENTENCES.length)];
    }

    private String paragraphs(int count) {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < count; p++) {
            if (p > 0) {
                text.append("\n\n");
            }
            for (int s = random.nextInt(1, 4); s > 0; s--) {
                text.append(sentence()).append(s > 1 ? " " : "");
            }
        }
        return text.toString();
    }

    /** Markdown of exactly {@code length} characters (counted as Java counts them, as both databases do). */
    private String longText(int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(sentence()).append(text.length() % 7 == 0 ? "\n\n" : " ");
        }
        text.setLength(length);
        if (Character.isHighSurrogate(text.charAt(length - 1))) {
            text.setCharAt(length - 1, '.');
        }
        return text.toString();
    }

    private String title() {
        return sentence().replace("*", "").replace("`", "").replace("> ", "").substring(0, 20).strip();
    }

    private String longTitle() {
        return ("Very long title — " + "sehr lang ".repeat(30)).substring(0, 200);
    }

    private static String html(String markdown) {
        return markdown == null ? null : Markdown.of(markdown).html();
    }
}
