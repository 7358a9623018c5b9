package com.incidentreports.discussion;

import com.incidentreports.identity.Caller;
import com.incidentreports.identity.ReportVisibility;
import com.incidentreports.platform.NotFoundException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A comment, with its author and report, if the caller may see its report; else it does not exist for them. */
@ApplicationScoped
public class VisibleComments {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    public Comment get(long id) {
        ReportVisibility visibility = caller.visibility();
        return visibility.bind(em.createQuery("""
                        select c from Comment c join fetch c.author join fetch c.report r
                        where c.id = :id""" + visibility.andVisible("r"), Comment.class))
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Comment", id));
    }
}
