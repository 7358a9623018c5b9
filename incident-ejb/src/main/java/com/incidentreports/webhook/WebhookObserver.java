package com.incidentreports.webhook;

import com.incidentreports.action.ActionAssigned;
import com.incidentreports.action.ActionFellDue;
import com.incidentreports.action.ActionMoved;
import com.incidentreports.action.FollowUpAction;
import com.incidentreports.discussion.Comment;
import com.incidentreports.discussion.CommentPosted;
import com.incidentreports.report.Report;
import com.incidentreports.report.ReportChanged;
import com.incidentreports.report.ReportPublished;
import com.incidentreports.report.ReportRestricted;
import com.incidentreports.report.ReportStatus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Writes the deliveries of what happened to reports, in the transaction that fired the event: a change that rolls
 * back sends nothing. Only published reports that are not restricted send webhooks; a report restricted later
 * takes back its deliveries not yet sent. The sending waits for the commit ({@link WebhookDispatcher}).
 */
@ApplicationScoped
public class WebhookObserver {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<WebhookQueued> queued;

    @Inject
    @ConfigProperty(name = "incidents.base-url", defaultValue = "http://localhost:9080")
    private String baseUrl;

    void published(@Observes ReportPublished published) {
        Report report = em.find(Report.class, published.reportId());
        queue(WebhookEvent.REPORT_PUBLISHED, report, null, null);
    }

    void changed(@Observes ReportChanged changed) {
        if (changed.published()) {
            queue(WebhookEvent.REPORT_UPDATED, em.find(Report.class, changed.reportId()), null, null);
        }
    }

    void commented(@Observes CommentPosted posted) {
        Comment comment = em.find(Comment.class, posted.commentId());
        Report report = comment.getReport();
        queue(WebhookEvent.COMMENT_POSTED, report, data -> data.add("comment", WebhookMessage.object()
                .add("id", comment.getId())
                .add("link", linkOf(report) + "#comment-" + comment.getId())), null);
    }

    void assigned(@Observes ActionAssigned assigned) {
        queueAction(WebhookEvent.ACTION_ASSIGNED, assigned.actionId(), null);
    }

    void moved(@Observes ActionMoved moved) {
        queueAction(WebhookEvent.ACTION_STATUS_CHANGED, moved.actionId(), moved.from().name());
    }

    void fellDue(@Observes ActionFellDue due) {
        if (due.overdue()) {
            queueAction(WebhookEvent.ACTION_OVERDUE, due.actionId(), null);
        }
    }

    /** A report restricted before its deliveries went out keeps them: they are cancelled, unsent. */
    void restricted(@Observes ReportRestricted restricted) {
        if (restricted.restricted()) {
            em.createQuery("""
                            update WebhookDelivery d set d.status = :cancelled, d.nextAttemptAt = null
                            where d.reportId = :report and d.status = :pending""")
                    .setParameter("cancelled", DeliveryStatus.CANCELLED)
                    .setParameter("pending", DeliveryStatus.PENDING)
                    .setParameter("report", restricted.reportId())
                    .executeUpdate();
        }
    }

    private void queueAction(WebhookEvent event, long actionId, String previousStatus) {
        FollowUpAction action = em.find(FollowUpAction.class, actionId);
        queue(event, action.getReport(), data -> {
            JsonObjectBuilder details = WebhookMessage.object()
                    .add("id", action.getId())
                    .add("title", action.getTitle())
                    .add("status", action.getStatus().name());
            if (previousStatus != null) {
                details.add("previousStatus", previousStatus);
            }
            data.add("action", details);
        }, action);
    }

    /** Writes one delivery for each endpoint that is on, wants {@code event} and takes the report's service. */
    private void queue(WebhookEvent event, Report report, DataExtension extension, FollowUpAction action) {
        if (report == null || report.getStatus() != ReportStatus.PUBLISHED || report.isRestricted()) {
            return;
        }
        List<WebhookEndpoint> endpoints = em.createQuery("""
                        select e from WebhookEndpoint e where e.enabled = true
                        and (e.service is null or e.service = :service)""", WebhookEndpoint.class)
                .setParameter("service", report.getService())
                .getResultList().stream()
                .filter(endpoint -> endpoint.wants(event))
                .toList();
        if (endpoints.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        JsonObjectBuilder data = WebhookMessage.object().add("report", WebhookMessage.object()
                .add("id", report.getId())
                .add("title", report.getTitle())
                .add("service", WebhookMessage.object()
                        .add("slug", report.getService().getSlug())
                        .add("name", report.getService().getName()))
                .add("severity", report.getSeverity().name())
                .add("link", linkOf(report)));
        if (extension != null) {
            extension.addTo(data);
        }
        JsonObject built = data.build();
        WebhookMessage message = new WebhookMessage(event.type(), now, built, report.getTitle(),
                report.getSeverity().name(), report.getService().getName(), linkOf(report),
                action == null ? "" : action.getTitle(),
                action == null ? "" : WebhookMessage.statusWords(action.getStatus()));
        for (WebhookEndpoint endpoint : endpoints) {
            em.persist(new WebhookDelivery(endpoint, newMessageId(), event.type(), report.getId(),
                    message.body(endpoint.getFormat()), false, now));
        }
        queued.fire(new WebhookQueued());
    }

    private String linkOf(Report report) {
        return baseUrl + "/reports/" + report.getId();
    }

    /** A {@code webhook-id}: unique, and the same on every try of a delivery. */
    static String newMessageId() {
        return "msg_" + UUID.randomUUID().toString().replace("-", "");
    }

    /** What an event adds to the report in a delivery's data: its comment or its action. */
    @FunctionalInterface
    private interface DataExtension {
        void addTo(JsonObjectBuilder data);
    }
}
