package com.incidentreports.demo;

import com.incidentreports.discussion.Comment;
import com.incidentreports.discussion.PostLike;
import com.incidentreports.discussion.Watch;
import com.incidentreports.identity.User;
import com.incidentreports.markdown.Mentions;
import com.incidentreports.report.Report;

import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The discussion under the August 5 report, as it happened in the thread: the manager asks why the case was not
 * tested and mentions two engineers, one of them owns up, the manager answers; the answer got a like.
 */
final class DemoDiscussion {

    private DemoDiscussion() {
    }

    static void inviteCredits(EntityManager em, Report report, Map<String, User> people, List<Instant> times) {
        User manish = people.get("manish");
        User sankalan = people.get("Sankalan13");
        Comment concern = comment(em, report, null, manish, """
                Thanks for the write-up. I'm concerned that this was not tested manually by @gja and/or \
                @Sankalan13.""", people, times.get(0));
        Comment ownUp = comment(em, report, concern, sankalan, """
                Hey Manish,
                It was a miss on my end. I did not add invite signup as a part of test run for OAuth changes. I \
                will make sure that these critical parts are properly tested before release.
                Again, apologies to the users for the negligence.""", people, times.get(1));
        em.persist(PostLike.ofComment(manish, ownUp, times.get(2)));
        comment(em, report, ownUp, manish, """
                Thanks @Sankalan13 for owning up to that, but it's the entire team that needs to take \
                responsibility over here. This is a slip up on multiple points, including

                - Automated coverage didn't pick this up
                - Ensuring everyone in the team understands all the points of integration so that they can test
                - More thorough code review
                - Following the post deploy sanity more thoroughly

                So there are lessons for everyone here.""", people, times.get(3));
        em.persist(new Watch(report, manish, true));
        em.persist(new Watch(report, people.get("gja"), true));
    }

    private static Comment comment(EntityManager em, Report report, Comment parent, User author, String body,
                                   Map<String, User> people, Instant at) {
        List<String> mentioned = Mentions.in(body).stream().filter(people::containsKey).toList();
        Comment comment = new Comment(report, parent, author, body, mentioned, at);
        em.persist(comment);
        return comment;
    }
}
