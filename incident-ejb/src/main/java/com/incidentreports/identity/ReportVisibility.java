package com.incidentreports.identity;

import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

/**
 * Who may see a report, as a JPQL condition that every query reading reports (or what hangs off them: comments,
 * likes, actions, notifications, counts) puts into its own WHERE clause, so that the rule costs no statement of its
 * own. A report exists for a person when it is published or they are one of its authors (drafts stay with their
 * authors), and, when it is restricted, they are one of its authors, one of the people it is restricted to, or a
 * member of one of its groups (the groups their identity provider gave them at their last sign-in). Admins see every
 * report.
 *
 * <p>The person is named by a JPQL expression: {@code :viewer}, the caller's username, bound by {@link #bind}; or a
 * path such as {@code u.username}, to ask the question of many people at once (who may be told of a comment).
 */
public record ReportVisibility(String username, boolean admin) {

    /** The parameter that holds the caller's username. */
    public static final String VIEWER = "viewer";

    /** Condition: the report {@code alias} exists for the person whose username is {@code viewer}; admins aside. */
    public static String visibleTo(String alias, String viewer) {
        return "((" + alias + ".status = com.incidentreports.report.ReportStatus.PUBLISHED or "
                + authoredBy(alias, "Author", viewer) + ") and " + openTo(alias, viewer) + ")";
    }

    /**
     * Condition: the restriction of the report {@code alias}, if it has one, lets the person whose username is
     * {@code viewer} see it; admins aside.
     */
    public static String openTo(String alias, String viewer) {
        return "(" + alias + ".restricted = false or " + authoredBy(alias, "RestrictionAuthor", viewer)
                + " or exists (select 1 from " + alias + ".restrictedToPeople " + alias + "RestrictedPerson where "
                + alias + "RestrictedPerson.username = " + viewer + ")"
                + " or exists (select 1 from " + alias + ".restrictedToGroups " + alias + "RestrictedGroup where "
                + alias + "RestrictedGroup in (select " + alias + "ViewerGroup from User " + alias + "Viewer join "
                + alias + "Viewer.groups " + alias + "ViewerGroup where " + alias + "Viewer.username = " + viewer
                + ")))";
    }

    /** Each subquery gets aliases of its own, {@code alias} and a {@code role}: JPQL allows none twice. */
    private static String authoredBy(String alias, String role, String viewer) {
        String author = alias + role;
        return "exists (select 1 from " + alias + ".authors " + author + " where " + author + ".username = " + viewer
                + ")";
    }

    /** " and" the condition that the caller sees the report {@code alias}: nothing for admins. */
    public String andVisible(String alias) {
        return admin ? "" : " and " + visibleTo(alias, ":" + VIEWER);
    }

    /** " and" the condition that the report's restriction lets the caller see {@code alias}: nothing for admins. */
    public String andOpen(String alias) {
        return admin ? "" : " and " + openTo(alias, ":" + VIEWER);
    }

    /** Binds the caller's username, if a condition of this class asked for it. */
    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        if (!admin) {
            query.setParameter(VIEWER, username);
        }
        return query;
    }

    /** Binds the caller's username, if a condition of this class asked for it. */
    public Query bind(Query query) {
        if (!admin) {
            query.setParameter(VIEWER, username);
        }
        return query;
    }
}
