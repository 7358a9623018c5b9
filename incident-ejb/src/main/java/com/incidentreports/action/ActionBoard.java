package com.incidentreports.action;

import com.incidentreports.identity.Caller;
import com.incidentreports.identity.Roles;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The actions board of QA leads and the lists of actions: every action the caller can see (as they see its report),
 * filtered, sorted and paged, exported, and the backlog above the board. Reads only; changes go through
 * {@link ActionService}.
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class ActionBoard {

    private static final int EXPORT_FETCH_SIZE = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /**
     * A page of the actions the caller can see that match {@code filter}. One statement: the total comes back with
     * the rows (a page past the end asks again for the first row, to tell the total).
     */
    public ActionPage search(ActionFilter filter, ActionSort sort, boolean ascending, int first, int pageSize) {
        List<ActionRow> rows = new ArrayList<>();
        long total = 0;
        List<Object[]> found = listQuery(filter, sort, ascending, true)
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.max(pageSize, 1))
                .getResultList();
        for (Object[] row : found) {
            rows.add(row(row));
            total = ((Number) row[row.length - 1]).longValue();
        }
        if (rows.isEmpty() && first > 0) {
            // A page past the end carries no total with it: the first row does.
            total = listQuery(filter, sort, ascending, true).setMaxResults(1).getResultStream()
                    .map(row -> ((Number) row[row.length - 1]).longValue()).findFirst().orElse(0L);
        }
        return new ActionPage(rows, total);
    }

    /** Hands every action that matches {@code filter} to {@code sink}, in order, read as a stream rather than a list. */
    public void export(ActionFilter filter, ActionSort sort, boolean ascending, Consumer<ActionRow> sink) {
        try (var stream = listQuery(filter, sort, ascending, false)
                .setHint("org.hibernate.fetchSize", EXPORT_FETCH_SIZE)
                .getResultStream()) {
            stream.map(this::row).forEach(sink);
        }
    }

    /** How many actions the caller can see are open, overdue, done but not verified; opened and closed per week. */
    public Backlog backlog(ZoneId zone) {
        LocalDate today = LocalDate.now(clock);
        Object[] counts = visibleOnly(em.createQuery("""
                        select sum(case when a.status in :open then 1 else 0 end),
                               sum(case when a.status in :open and a.dueDate < :today then 1 else 0 end),
                               sum(case when a.status = :done then 1 else 0 end)
                        from FollowUpAction a join a.report r
                        where 1 = 1""" + visibleReports(), Object[].class))
                .setParameter("open", ActionStatus.OPEN_STATUSES)
                .setParameter("today", today)
                .setParameter("done", ActionStatus.DONE)
                .getSingleResult();
        LocalDate todayThere = LocalDate.now(clock.withZone(zone));
        Instant since = WeeklyBacklog.firstMonday(todayThere, WeeklyBacklog.WEEKS)
                .atStartOfDay(zone).toInstant();
        List<Instant> opened = new ArrayList<>();
        List<Instant> closed = new ArrayList<>();
        visibleOnly(em.createQuery("""
                        select a.createdAt, a.closedAt from FollowUpAction a join a.report r
                        where (a.createdAt >= :since or a.closedAt >= :since)""" + visibleReports(), Object[].class))
                .setParameter("since", since)
                .getResultStream()
                .forEach(row -> {
                    opened.add((Instant) row[0]);
                    closed.add((Instant) row[1]);
                });
        return new Backlog(longOf(counts[0]), longOf(counts[1]), longOf(counts[2]),
                WeeklyBacklog.buckets(opened, closed, todayThere, zone, WeeklyBacklog.WEEKS));
    }

    private TypedQuery<Object[]> listQuery(ActionFilter filter, ActionSort sort, boolean ascending, boolean total) {
        StringBuilder where = new StringBuilder(" where 1 = 1").append(visibleReports());
        Map<String, Object> parameters = new HashMap<>();
        if (filter.serviceId() != null) {
            where.append(" and s.id = :serviceId");
            parameters.put("serviceId", filter.serviceId());
        }
        if (filter.owner() != null) {
            where.append(" and o.username = :owner");
            parameters.put("owner", filter.owner());
        }
        if (filter.status() != null) {
            where.append(" and a.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.type() != null) {
            where.append(" and a.type = :type");
            parameters.put("type", filter.type());
        }
        if (filter.openOnly()) {
            where.append(" and a.status in :open");
            parameters.put("open", ActionStatus.OPEN_STATUSES);
        }
        if (filter.overdue() != null) {
            where.append(filter.overdue()
                    ? " and a.status in :open and a.dueDate < :today"
                    : " and (a.status not in :open or a.dueDate is null or a.dueDate >= :today)");
            parameters.put("open", ActionStatus.OPEN_STATUSES);
            parameters.put("today", LocalDate.now(clock));
        }
        String direction = ascending ? " asc" : " desc";
        String jpql = """
                select a.id, a.title, a.type, a.priority, a.status, o.username, o.displayName, a.dueDate,
                       r.id, r.title, s.slug, s.name, a.createdAt, a.closedAt"""
                + (total ? ", count(*) over ()" : "")
                + " from FollowUpAction a join a.report r join r.service s left join a.owner o"
                + where + " order by " + sort.orderBy(direction) + ", a.id" + direction;
        TypedQuery<Object[]> query = visibleOnly(em.createQuery(jpql, Object[].class));
        parameters.forEach(query::setParameter);
        return query;
    }

    private ActionRow row(Object[] row) {
        ActionStatus status = (ActionStatus) row[4];
        LocalDate due = (LocalDate) row[7];
        return new ActionRow((Long) row[0], (String) row[1], (ActionType) row[2], (ActionPriority) row[3], status,
                (String) row[5], (String) row[6], due, ActionDeadline.isOverdue(status, due, LocalDate.now(clock)),
                (Long) row[8], (String) row[9], (String) row[10], (String) row[11], (Instant) row[12],
                (Instant) row[13]);
    }

    private String visibleReports() {
        return caller.visibility().andVisible("r");
    }

    private <T> TypedQuery<T> visibleOnly(TypedQuery<T> query) {
        return caller.visibility().bind(query);
    }

    private static long longOf(Object number) {
        return number == null ? 0 : ((Number) number).longValue();
    }
}
