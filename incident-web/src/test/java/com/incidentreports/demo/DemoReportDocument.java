package com.incidentreports.demo;

import com.incidentreports.action.FollowUpAction;
import com.incidentreports.export.ReportDocument;
import com.incidentreports.identity.User;
import com.incidentreports.report.Report;
import com.incidentreports.servicelog.Service;

import jakarta.persistence.EntityManager;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed report of the demo data, the introspection report with its two follow-up actions, made by the demo
 * data's own code as it loads them on the day {@code now}, as the exports get it: for tests of the exports that
 * need no server.
 */
public final class DemoReportDocument {

    private DemoReportDocument() {
    }

    public static ReportDocument introspection(Instant now) {
        User author = new User("author", "Alex Author", now);
        User qaLead = new User("qalead", "Quinn (QA lead)", now);
        Service slash = new Service("Slash GraphQL", "Hosted GraphQL backend.", now);
        Report report = DemoData.introspection(slash, author, now);
        List<FollowUpAction> actions = new ArrayList<>();
        // The demo data persists what it makes; here the actions are only collected, in the order they are made.
        EntityManager collecting = (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("persist") && arguments[0] instanceof FollowUpAction action) {
                        actions.add(action);
                    }
                    return null;
                });
        DemoActions.introspection(collecting, report, author, qaLead, now);
        return ReportDocument.of(report, actions);
    }
}
