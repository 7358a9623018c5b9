package com.incidentreports.audit;

import com.incidentreports.identity.Roles;
import com.incidentreports.identity.SecurityEvent;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reading the security audit log: admins only. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class SecurityAudit {

    @PersistenceContext
    private EntityManager em;

    /** A page of the entries that match {@code filter}, newest first. One statement: the total comes with the rows. */
    public AuditPage search(AuditFilter filter, int first, int pageSize) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.type() != null) {
            where.append(" and e.type = :type");
            parameters.put("type", filter.type());
        }
        if (filter.person() != null) {
            where.append(" and (e.actor = :person or e.subject = :person)");
            parameters.put("person", filter.person());
        }
        if (filter.from() != null) {
            where.append(" and e.occurredAt >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and e.occurredAt < :to");
            parameters.put("to", filter.to());
        }
        TypedQuery<Object[]> query = em.createQuery("""
                select e.id, e.occurredAt, e.type, e.actor, e.subject, e.detail, e.clientAddress, count(*) over ()
                from AuditEntry e""" + where + " order by e.occurredAt desc, e.id desc", Object[].class);
        parameters.forEach(query::setParameter);
        List<AuditRow> rows = new ArrayList<>();
        long total = 0;
        for (Object[] row : query.setFirstResult(Math.max(first, 0)).setMaxResults(Math.max(pageSize, 1))
                .getResultList()) {
            rows.add(new AuditRow((Long) row[0], (Instant) row[1], (SecurityEvent.Type) row[2], (String) row[3],
                    (String) row[4], (String) row[5], (String) row[6]));
            total = ((Number) row[7]).longValue();
        }
        if (rows.isEmpty() && first > 0) {
            // A page past the end carries no total with it: count on its own.
            total = countOf(where.toString(), parameters);
        }
        return new AuditPage(rows, total);
    }

    private long countOf(String where, Map<String, Object> parameters) {
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEntry e" + where, Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }
}
