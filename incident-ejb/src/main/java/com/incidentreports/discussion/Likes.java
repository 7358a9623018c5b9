package com.incidentreports.discussion;

import com.incidentreports.discussion.LikeSummary.Liker;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Who liked a report and which of its comments, as the caller sees it. */
record Likes(List<Liker> report, Map<Long, List<Liker>> comments, String caller) {

    /** The likes of report {@code reportId} and of its comments {@code commentIds}, in one statement. */
    static Likes of(EntityManager em, long reportId, List<Long> commentIds, String caller) {
        TypedQuery<Object[]> query = em.createQuery("""
                        select l.report.id, l.comment.id, u.username, u.displayName
                        from PostLike l join l.user u
                        where l.report.id = :reportId""" + (commentIds.isEmpty() ? "" : " or l.comment.id in :comments")
                        + " order by l.createdAt, l.id", Object[].class)
                .setParameter("reportId", reportId);
        if (!commentIds.isEmpty()) {
            query.setParameter("comments", commentIds);
        }
        List<Liker> ofReport = new ArrayList<>();
        Map<Long, List<Liker>> ofComments = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            Liker liker = new Liker((String) row[2], (String) row[3]);
            if (row[1] == null) {
                ofReport.add(liker);
            } else {
                ofComments.computeIfAbsent((Long) row[1], id -> new ArrayList<>()).add(liker);
            }
        }
        return new Likes(ofReport, ofComments, caller);
    }

    /** The likes of comment {@code comment} alone. */
    static LikeSummary ofComment(EntityManager em, Comment comment, String caller) {
        return of(em, comment.getReport().getId(), List.of(comment.getId()), caller).ofComment(comment.getId());
    }

    LikeSummary ofReport() {
        return LikeSummary.of(report, caller);
    }

    LikeSummary ofComment(long commentId) {
        return LikeSummary.of(comments.getOrDefault(commentId, List.of()), caller);
    }
}
