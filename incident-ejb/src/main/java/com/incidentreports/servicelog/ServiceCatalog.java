package com.incidentreports.servicelog;

import com.incidentreports.identity.Caller;
import com.incidentreports.identity.Person;
import com.incidentreports.identity.ReportVisibility;
import com.incidentreports.identity.Roles;
import com.incidentreports.identity.User;
import com.incidentreports.platform.ConflictException;
import com.incidentreports.platform.FieldError;
import com.incidentreports.platform.InputValidation;
import com.incidentreports.platform.InvalidException;
import com.incidentreports.platform.LikePattern;
import com.incidentreports.platform.NotFoundException;
import com.incidentreports.platform.Text;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Validator;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The services whose incident logs hold reports. Authors open new ones; admins rename, archive and bring back
 * services and name their owners. An archived service's log stays readable; it is left out of lists and choices
 * unless asked for, and takes no new reports (ReportService).
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class ServiceCatalog {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Caller caller;

    @Inject
    private Validator validator;

    /**
     * Every service in use, by name, with the number of published reports in its log that the caller sees
     * (restricted reports count only for those they are restricted to): one statement.
     */
    public List<ServiceSummary> all() {
        return all(false);
    }

    /**
     * Every service, by name, with the number of published reports in its log that the caller sees: one statement.
     * Archived services are left out unless {@code includeArchived}.
     */
    public List<ServiceSummary> all(boolean includeArchived) {
        ReportVisibility visibility = caller.visibility();
        return visibility.bind(em.createQuery("""
                select new com.incidentreports.servicelog.ServiceSummary(
                    s.id, s.slug, s.name, s.description,
                    (select count(*) from Report r where r.service = s and r.status = com.incidentreports.report.ReportStatus.PUBLISHED"""
                        + visibility.andOpen("r") + ")," + """

                    case when s.archivedAt is null then false else true end)
                from Service s where (:includeArchived = true or s.archivedAt is null)
                order by lower(s.name)""", ServiceSummary.class))
                .setParameter("includeArchived", includeArchived)
                .getResultList();
    }

    /**
     * Every service in use, by name, for choosing one (filters, the report form): without report counts, which would
     * cost a count over every report of every service on each page that offers the choice. Archived services take no
     * new reports and are not offered.
     */
    public List<ServiceRef> choices() {
        return em.createQuery(
                        "select new com.incidentreports.servicelog.ServiceRef(s.id, s.slug, s.name)"
                                + " from Service s where s.archivedAt is null order by lower(s.name)", ServiceRef.class)
                .getResultList();
    }

    /**
     * The services in use whose names contain every one of {@code words} (any case), by name, at most {@code max}:
     * what a filter offers as someone types, instead of every service in one list.
     */
    public List<ServiceRef> choices(String words, int max) {
        StringBuilder jpql = new StringBuilder("select new com.incidentreports.servicelog.ServiceRef(s.id, s.slug, "
                + "s.name) from Service s where s.archivedAt is null");
        List<String> patterns = LikePattern.containingEachWord(words);
        for (int i = 0; i < patterns.size(); i++) {
            jpql.append(" and lower(s.name) like :word").append(i).append(" escape '\\'");
        }
        TypedQuery<ServiceRef> query = em.createQuery(jpql.append(" order by lower(s.name)").toString(),
                ServiceRef.class);
        for (int i = 0; i < patterns.size(); i++) {
            query.setParameter("word" + i, patterns.get(i));
        }
        return query.setMaxResults(Math.max(max, 1)).getResultList();
    }

    /** The service {@code slug} names, archived or not, as a choice; none for an unknown slug. */
    public Optional<ServiceRef> ref(String slug) {
        return em.createQuery("select new com.incidentreports.servicelog.ServiceRef(s.id, s.slug, s.name)"
                        + " from Service s where s.slug = :slug", ServiceRef.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    /** A service, archived or not, with its owners and the count of its reports the caller sees: one statement. */
    public ServiceDetails getBySlug(String slug) {
        ReportVisibility visibility = caller.visibility();
        List<Object[]> rows = visibility.bind(em.createQuery("""
                        select s, (select count(*) from Report r where r.service = s and r.status = com.incidentreports.report.ReportStatus.PUBLISHED"""
                                + visibility.andOpen("r") + ")" + """

                        from Service s left join fetch s.owners where s.slug = :slug""", Object[].class))
                .setParameter("slug", slug)
                .getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("Service", slug);
        }
        return toDetails((Service) rows.get(0)[0], (Long) rows.get(0)[1]);
    }

    /** Every service, archived ones too, with owners and report counts, for the admins: two statements. */
    @RolesAllowed(Roles.ADMIN)
    public List<ServiceDetails> administered() {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("""
                        select r.service.id, count(r) from Report r where r.status = com.incidentreports.report.ReportStatus.PUBLISHED
                        group by r.service.id""", Object[].class)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return em.createQuery("select s from Service s left join fetch s.owners order by lower(s.name)",
                        Service.class)
                .getResultList().stream()
                .map(service -> toDetails(service, counts.getOrDefault(service.getId(), 0L)))
                .toList();
    }

    /**
     * Renames, describes, archives or brings back a service and names its owners, as one change made to
     * {@code expectedVersion}: if someone changed the service since, nothing is saved. The slug stays.
     */
    @RolesAllowed(Roles.ADMIN)
    public ServiceDetails update(long id, long expectedVersion, ServiceChange change) {
        if (change == null) {
            throw new InvalidException(List.of(new FieldError("", "service.required", "A service is required.")));
        }
        List<FieldError> errors = new ArrayList<>(InputValidation.toFieldErrors(validator.validate(change)));
        Service service = em.find(Service.class, id);
        if (service == null) {
            throw new NotFoundException("Service", Long.toString(id));
        }
        if (service.getVersion() != expectedVersion) {
            throw new ConflictException("Someone else changed this service since you read it.");
        }
        if (errors.isEmpty()) {
            String name = change.name().strip();
            if (Service.slugOf(name).isEmpty()) {
                errors.add(new FieldError("name", "service.name.letters",
                        "A service name needs at least one letter or digit."));
            } else if (nameTakenByAnother(name, id)) {
                errors.add(new FieldError("name", "service.name.taken", "A service with this name already exists."));
            }
        }
        List<User> owners = errors.isEmpty() ? ownersNamed(change.owners(), errors) : List.of();
        if (!errors.isEmpty()) {
            throw new InvalidException(errors);
        }
        service.rename(change.name());
        service.describe(Text.strippedOrNull(change.description()));
        if (change.archived()) {
            service.archive(clock.instant());
        } else {
            service.unarchive();
        }
        service.replaceOwners(owners);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("Someone else changed this service since you read it.");
        }
        return getBySlug(service.getSlug());
    }

    /** People who have signed in, whose username or name starts with {@code prefix}, for choosing owners. */
    @RolesAllowed(Roles.ADMIN)
    public List<Person> ownerCandidates(String prefix) {
        String start = (prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT)) + "%";
        return em.createQuery("""
                        select u from User u where lower(u.username) like :start or lower(u.displayName) like :start
                        order by lower(u.displayName)""", User.class)
                .setParameter("start", start)
                .setMaxResults(10)
                .getResultList().stream().map(Person::of).toList();
    }

    private boolean nameTakenByAnother(String name, long id) {
        return em.createQuery("""
                        select count(s) from Service s
                        where s.id <> :id and (lower(s.name) = lower(:name) or s.slug = :slug)""", Long.class)
                .setParameter("id", id)
                .setParameter("name", name)
                .setParameter("slug", Service.slugOf(name))
                .getSingleResult() > 0;
    }

    private List<User> ownersNamed(List<String> usernames, List<FieldError> errors) {
        List<String> wanted = usernames.stream().filter(Objects::nonNull).map(String::strip)
                .filter(name -> !name.isEmpty()).distinct().toList();
        if (wanted.isEmpty()) {
            return List.of();
        }
        Map<String, User> found = new HashMap<>();
        em.createQuery("select u from User u where u.username in :names", User.class)
                .setParameter("names", wanted)
                .getResultList()
                .forEach(user -> found.put(user.getUsername(), user));
        List<User> owners = new ArrayList<>();
        for (String username : wanted) {
            User user = found.get(username);
            if (user == null) {
                errors.add(new FieldError("owners", "service.owners.unknown", "No one with the username "
                        + username + " has signed in yet; owners are people who have."));
            } else {
                owners.add(user);
            }
        }
        return owners;
    }

    private static ServiceDetails toDetails(Service service, long reportCount) {
        return new ServiceDetails(service.getId(), service.getVersion(), service.getSlug(), service.getName(),
                service.getDescription(), service.isArchived(),
                service.getOwners().stream().map(Person::of)
                        .sorted(Comparator.comparing(person -> person.displayName().toLowerCase(Locale.ROOT)))
                        .toList(),
                reportCount);
    }

    @RolesAllowed({Roles.AUTHOR, Roles.ADMIN})
    public ServiceDetails create(NewService input) {
        if (input == null) {
            throw new InvalidException(List.of(new FieldError("", "service.required", "A service is required.")));
        }
        List<FieldError> errors = InputValidation.toFieldErrors(validator.validate(input));
        if (!errors.isEmpty()) {
            throw new InvalidException(errors);
        }
        Service service = new Service(input.name(), Text.strippedOrNull(input.description()), clock.instant());
        if (service.getSlug().isEmpty()) {
            throw new InvalidException(List.of(new FieldError("name", "service.name.letters",
                    "A service name needs at least one letter or digit.")));
        }
        Long clashes = em.createQuery(
                        "select count(s) from Service s where lower(s.name) = lower(:name) or s.slug = :slug", Long.class)
                .setParameter("name", service.getName())
                .setParameter("slug", service.getSlug())
                .getSingleResult();
        if (clashes > 0) {
            throw new InvalidException(List.of(new FieldError("name", "service.name.taken",
                    "A service with this name already exists.")));
        }
        em.persist(service);
        em.flush();
        return toDetails(service, 0);
    }

}
