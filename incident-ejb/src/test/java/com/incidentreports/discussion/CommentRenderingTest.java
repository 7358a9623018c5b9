package com.incidentreports.discussion;

import com.incidentreports.identity.User;
import com.incidentreports.report.Report;
import com.incidentreports.servicelog.Service;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A comment keeps its safe HTML beside its Markdown, rendered whenever the text changes, never on a view. */
class CommentRenderingTest {

    private static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");

    private final User manish = new User("manish", "Manish", NOW);
    private final Report report = new Report(new Service("Payments", null, NOW), manish, NOW);

    @Test
    void aNewCommentIsRenderedWithItsMentionsLinked() {
        Comment comment = new Comment(report, null, manish, "**Look** at this, @gja and @nobody", List.of("gja"), NOW);

        assertEquals("<p><strong>Look</strong> at this, <a href=\"/people/gja\" rel=\"noopener noreferrer nofollow\">"
                + "&#64;gja</a> and &#64;nobody</p>\n", comment.getBody().html());
    }

    @Test
    void anEditRendersTheNewText() {
        Comment comment = new Comment(report, null, manish, "First", List.of(), NOW);

        comment.edit("Second <script>alert(1)</script> @gja", List.of("gja"), NOW.plusSeconds(60));

        assertEquals("<p>Second  <a href=\"/people/gja\" rel=\"noopener noreferrer nofollow\">&#64;gja</a></p>\n",
                comment.getBody().html());
    }

    @Test
    void aRemovedCommentKeepsNoHtml() {
        Comment comment = new Comment(report, null, manish, "Gone soon", List.of(), NOW);

        comment.delete();

        assertNull(comment.getBody().html());
    }

    @Test
    void aHiddenCommentKeepsItsHtmlForTheRecordOnly() {
        Comment comment = new Comment(report, null, manish, "Rude", List.of(), NOW);

        comment.hide(new User("admin", "Admin", NOW), "Off topic", NOW);

        assertEquals("<p>Rude</p>\n", comment.getBody().html());
    }
}
