package com.incidentreports.testsupport;

import jakarta.json.JsonObject;

import java.util.UUID;

/**
 * Where tests get their data: made through the API, named uniquely, so that no test depends on demo data or on
 * what another test left behind.
 */
public final class TestData {

    private TestData() {
    }

    /** {@code prefix} and a random word, e.g. "Service k3j9x2q1". */
    public static String unique(String prefix) {
        return prefix + " " + uniqueWord();
    }

    /** A random lower-case word that appears nowhere else: handy to find exactly one's own data in a list. */
    public static String uniqueWord() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    public static ServiceBuilder service() {
        return new ServiceBuilder();
    }

    public static ReportBuilder report(long serviceId) {
        return new ReportBuilder(serviceId);
    }

    public static CommentBuilder comment(long reportId) {
        return new CommentBuilder(reportId);
    }

    public static ActionBuilder action(long reportId) {
        return new ActionBuilder(reportId);
    }

    /** A new service with one published report by the author; the report as the API returns it. */
    public static JsonObject publishedReport() {
        return report(service().create().getJsonNumber("id").longValue()).published().create();
    }

    /**
     * Signs each of {@code people} in once: the application knows a person from their first sign-in on, and only
     * known people can own actions or services, whatever other tests have run before.
     */
    public static void known(DemoUser... people) {
        for (DemoUser person : people) {
            ApiAssertions.assertStatus(200, Server.as(person).get("/api/v1/me"));
        }
    }
}
