package com.incidentreports.webhook;

import com.incidentreports.identity.Roles;
import com.incidentreports.platform.ConflictException;
import com.incidentreports.platform.FieldError;
import com.incidentreports.platform.InputValidation;
import com.incidentreports.platform.InvalidException;
import com.incidentreports.platform.NotFoundException;
import com.incidentreports.servicelog.Service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The admins' outgoing webhooks: endpoints (created with a secret shown once, changed, turned on and off, deleted),
 * their delivery logs, a delivery sent again and a test sent on request. Sending belongs to
 * {@link WebhookDispatcher}; what is sent, to {@link WebhookObserver}.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class WebhookService {

    /** The most deliveries an endpoint's log shows, newest first. */
    public static final int LOG_MAX = 50;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Validator validator;

    @Inject
    private WebhookSettings settings;

    @Inject
    private Event<WebhookQueued> queued;

    public List<WebhookView> list() {
        return em.createQuery("select e from WebhookEndpoint e left join fetch e.service order by lower(e.name), e.id",
                        WebhookEndpoint.class)
                .getResultList().stream().map(WebhookView::of).toList();
    }

    public WebhookView get(long id) {
        return WebhookView.of(find(id));
    }

    public NewWebhook create(WebhookInput input) {
        Checked checked = check(input);
        String secret = WebhookSignature.newSecret();
        WebhookEndpoint endpoint = new WebhookEndpoint(checked.name(), checked.url(), secret, clock.instant());
        endpoint.change(checked.name(), checked.url(), checked.events(), checked.service(), checked.format(),
                checked.enabled());
        em.persist(endpoint);
        em.flush();
        return new NewWebhook(WebhookView.of(endpoint), secret);
    }

    /** Changes the endpoint as it was at {@code expectedVersion}; turning it on again forgets its failures. */
    public WebhookView update(long id, long expectedVersion, WebhookInput input) {
        WebhookEndpoint endpoint = find(id);
        if (endpoint.getVersion() != expectedVersion) {
            throw new ConflictException("Someone else changed this webhook since you read it.");
        }
        Checked checked = check(input);
        endpoint.change(checked.name(), checked.url(), checked.events(), checked.service(), checked.format(),
                checked.enabled());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("Someone else changed this webhook since you read it.");
        }
        return WebhookView.of(endpoint);
    }

    /** Deletes the endpoint with its deliveries and their tries. */
    public void delete(long id) {
        WebhookEndpoint endpoint = find(id);
        em.createQuery("delete from WebhookAttempt a where a.delivery.id in "
                        + "(select d.id from WebhookDelivery d where d.endpoint = :endpoint)")
                .setParameter("endpoint", endpoint).executeUpdate();
        em.createQuery("delete from WebhookDelivery d where d.endpoint = :endpoint")
                .setParameter("endpoint", endpoint).executeUpdate();
        em.remove(endpoint);
    }

    /** The endpoint's newest deliveries ({@link #LOG_MAX} at most), each with its tries, newest first. */
    public List<DeliveryView> deliveries(long id) {
        WebhookEndpoint endpoint = find(id);
        List<WebhookDelivery> deliveries = em.createQuery("""
                        select d from WebhookDelivery d where d.endpoint = :endpoint
                        order by d.createdAt desc, d.id desc""", WebhookDelivery.class)
                .setParameter("endpoint", endpoint)
                .setMaxResults(LOG_MAX)
                .getResultList();
        if (deliveries.isEmpty()) {
            return List.of();
        }
        Map<Long, List<DeliveryView.AttemptView>> tries = em.createQuery("""
                        select a from WebhookAttempt a where a.delivery in :deliveries
                        order by a.attemptedAt desc, a.id desc""", WebhookAttempt.class)
                .setParameter("deliveries", deliveries)
                .getResultList().stream()
                .collect(Collectors.groupingBy(a -> a.getDelivery().getId(), Collectors.mapping(
                        a -> new DeliveryView.AttemptView(a.getAttemptedAt(), a.getDurationMillis(),
                                a.getStatusCode(), a.getError(), a.getResponse()), Collectors.toList())));
        return deliveries.stream().map(d -> view(d, tries.getOrDefault(d.getId(), List.of()))).toList();
    }

    /** Sends a delivery of the endpoint's log again, once, now: same id, same body, a new signature. */
    public DeliveryView redeliver(long id, long deliveryId) {
        WebhookEndpoint endpoint = find(id);
        WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId);
        if (delivery == null || !delivery.getEndpoint().equals(endpoint)) {
            throw new NotFoundException("Webhook delivery", deliveryId);
        }
        if (delivery.getStatus() == DeliveryStatus.CANCELLED) {
            throw new ConflictException("This delivery tells of a report that was restricted since: it is not sent.");
        }
        delivery.sendAgain(clock.instant());
        queued.fire(new WebhookQueued());
        return view(delivery, List.of());
    }

    /** Sends the endpoint a test message ({@link WebhookEvent#PING}), once, now, even while it is off. */
    public DeliveryView ping(long id) {
        WebhookEndpoint endpoint = find(id);
        Instant now = clock.instant();
        WebhookMessage message = new WebhookMessage(WebhookEvent.PING, now, Json.createObjectBuilder()
                .add("webhook", Json.createObjectBuilder().add("id", endpoint.getId()).add("name", endpoint.getName()))
                .build(), endpoint.getName());
        WebhookDelivery delivery = new WebhookDelivery(endpoint, WebhookObserver.newMessageId(), WebhookEvent.PING,
                null, message.body(endpoint.getFormat()), true, now);
        em.persist(delivery);
        em.flush();
        queued.fire(new WebhookQueued());
        return view(delivery, List.of());
    }

    private WebhookEndpoint find(long id) {
        WebhookEndpoint endpoint = em.find(WebhookEndpoint.class, id);
        if (endpoint == null) {
            throw new NotFoundException("Webhook", id);
        }
        return endpoint;
    }

    private static DeliveryView view(WebhookDelivery d, List<DeliveryView.AttemptView> tries) {
        return new DeliveryView(d.getId(), d.getMessageId(), d.getEventType(), d.getReportId(), d.getCreatedAt(),
                d.getStatus(), d.getAttempts(), d.getNextAttemptAt(), d.isManual(), tries);
    }

    /** An input that passed every rule, with what it names looked up. */
    private record Checked(String name, String url, Set<WebhookEvent> events, Service service, WebhookFormat format,
                           boolean enabled) {
    }

    private Checked check(WebhookInput input) {
        if (input == null) {
            throw new InvalidException(List.of(new FieldError("", "webhook.required", "A webhook is required.")));
        }
        List<FieldError> errors = new ArrayList<>(InputValidation.toFieldErrors(validator.validate(input)));
        String url = input.url() == null ? null : input.url().strip();
        if (url != null && !url.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("url"))) {
            checkUrl(url, errors);
        }
        Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
        for (String type : input.events() == null ? List.<String>of() : input.events()) {
            WebhookEvent.ofType(type == null ? "" : type.strip()).ifPresentOrElse(events::add,
                    () -> errors.add(new FieldError("events", "webhook.events.unknown", "Unknown event " + type
                            + "; the events are " + Arrays.stream(WebhookEvent.values()).map(WebhookEvent::type)
                            .collect(Collectors.joining(", ")) + ".")));
        }
        if (events.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("events"))) {
            errors.add(new FieldError("events", "webhook.events.required", "Choose at least one event."));
        }
        Service service = null;
        if (input.service() != null && !input.service().isBlank()) {
            service = em.createQuery("select s from Service s where s.slug = :slug", Service.class)
                    .setParameter("slug", input.service().strip())
                    .getResultStream().findFirst().orElse(null);
            if (service == null) {
                errors.add(new FieldError("service", "webhook.service.unknown", "No service has this slug."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidException(errors);
        }
        return new Checked(input.name().strip(), url, events, service,
                input.format() == null ? WebhookFormat.STANDARD : input.format(),
                input.enabled() == null || input.enabled());
    }

    /**
     * An absolute http(s) address (http only where the operator allows it) whose host, if it resolves now, is in the
     * allowed networks. Every try checks the address again: names may change what they resolve to.
     */
    private void checkUrl(String url, List<FieldError> errors) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            errors.add(new FieldError("url", "webhook.url.invalid", "This is not a web address."));
            return;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            errors.add(new FieldError("url", "webhook.url.invalid", "This is not a web address."));
        } else if (scheme.equals("http") && !settings.allowHttp()) {
            errors.add(new FieldError("url", "webhook.url.https", "The address must start with https://."));
        } else if (uri.getUserInfo() != null) {
            errors.add(new FieldError("url", "webhook.url.credentials",
                    "Leave the user name and password out of the address; deliveries are signed."));
        } else if (!resolvesToAllowed(uri.getHost())) {
            errors.add(new FieldError("url", "webhook.url.notAllowed",
                    "This address is not among the networks webhooks may reach."));
        }
    }

    private boolean resolvesToAllowed(String host) {
        try {
            return settings.addresses().allows(host, Arrays.asList(InetAddress.getAllByName(host)));
        } catch (UnknownHostException e) {
            return true;
        }
    }
}
