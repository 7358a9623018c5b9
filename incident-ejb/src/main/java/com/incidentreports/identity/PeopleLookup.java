package com.incidentreports.identity;

import com.incidentreports.markdown.Quotes;
import com.incidentreports.platform.LikePattern;
import com.incidentreports.platform.NotFoundException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Finding people, for every member of staff: suggestions as someone types a name (to mention, to own an action, to
 * restrict a report to), and a person's page, where a mention of them leads.
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class PeopleLookup {

    private static final int SUGGESTIONS = 8;
    private static final int RECENT_COMMENTS = 20;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    /** People whose username or name starts with {@code prefix} (a word of it, for names). */
    public List<Person> suggest(String prefix) {
        String start = prefix == null ? "" : prefix.strip().replaceFirst("^@", "").toLowerCase(Locale.ROOT);
        if (start.isEmpty()) {
            return List.of();
        }
        String like = LikePattern.escape(start) + "%";
        return em.createQuery("""
                        select u from User u
                        where lower(u.username) like :start escape '\\'
                           or lower(u.displayName) like :start escape '\\'
                           or lower(u.displayName) like :word escape '\\'
                        order by u.displayName, u.username""", User.class)
                .setParameter("start", like)
                .setParameter("word", "% " + like)
                .setMaxResults(SUGGESTIONS)
                .getResultStream().map(Person::of).toList();
    }

    /** Who {@code username} is and their latest comments on published reports the caller may see. */
    public PersonActivity person(String username) {
        User person = em.createQuery("select u from User u where u.username = :username", User.class)
                .setParameter("username", username)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Person", username));
        ReportVisibility visibility = caller.visibility();
        List<PersonActivity.RecentComment> comments = visibility.bind(em.createQuery("""
                        select c.id, r.id, r.title, c.body.source, c.createdAt
                        from Comment c join c.report r
                        where c.author = :person
                          and c.status = com.incidentreports.discussion.CommentStatus.VISIBLE
                          and r.status = com.incidentreports.report.ReportStatus.PUBLISHED"""
                        + visibility.andOpen("r") + " order by c.createdAt desc, c.id desc", Object[].class))
                .setParameter("person", person)
                .setMaxResults(RECENT_COMMENTS)
                .getResultStream()
                .map(row -> new PersonActivity.RecentComment((Long) row[0], (Long) row[1], (String) row[2],
                        Quotes.excerpt((String) row[3], Quotes.EXCERPT_MAX), (Instant) row[4]))
                .toList();
        return new PersonActivity(Person.of(person), comments);
    }
}
