package com.incidentreports.discussion.web;

import com.incidentreports.discussion.CommentRevisionView;
import com.incidentreports.discussion.CommentView;
import com.incidentreports.discussion.Discussion;
import com.incidentreports.discussion.DiscussionService;
import com.incidentreports.discussion.LikeService;
import com.incidentreports.discussion.LikeSummary;
import com.incidentreports.discussion.WatchService;
import com.incidentreports.identity.PeopleLookup;
import com.incidentreports.identity.Person;
import com.incidentreports.markdown.Quotes;
import com.incidentreports.platform.BusinessException;
import com.incidentreports.platform.ConflictException;
import com.incidentreports.platform.InvalidException;
import com.incidentreports.platform.NotFoundException;
import com.incidentreports.platform.UnprocessableException;
import com.incidentreports.platform.web.Messages;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The discussion under a report ({@code report.xhtml}): its threads, page by page, and one composer that writes a
 * comment, a reply, or an edit of one's own comment.
 */
@Named
@ViewScoped
public class DiscussionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String BODY_FIELD = "discussion:body";

    /** Where this page view keeps the threads it shows for the rest of the request (see {@link #loaded}). */
    private static final String LOADED = DiscussionBacking.class.getName() + ".loaded";

    @EJB
    private DiscussionService discussions;

    @EJB
    private LikeService likes;

    @EJB
    private WatchService watches;

    @EJB
    private PeopleLookup people;

    @Inject
    @Param(pathIndex = 0)
    private String id;

    private long reportId;
    private boolean available;
    /** How many pages of threads the person has asked to see. */
    private int pageCount = 1;
    /** After the person started a conversation beyond the pages shown: show the newest one below them. */
    private boolean showNewest;

    private String body;
    /** The key of the comment being written: sent with it, so that sending it twice posts it once. */
    private String composerKey = newComposerKey();
    private List<Person> unreachableMentions = List.of();
    private CommentView replyingTo;
    private CommentView editing;

    private CommentView hiding;
    private String hideReason;

    private CommentView revisionsOf;
    private List<CommentRevisionView> revisions = List.of();

    /** Loads the first page; the report page itself answers 404 for a report that cannot be seen. */
    public void load() {
        try {
            reportId = Long.parseLong(id == null ? "" : id);
            available = true;
            loaded();
        } catch (NumberFormatException e) {
            available = false;
        }
    }

    public boolean isAvailable() {
        return available && !loaded().pages().isEmpty();
    }

    public List<CommentView> getEntries() {
        return loaded().entries();
    }

    /** The newest conversation, when the person started it and the pages shown do not reach it yet. */
    public List<CommentView> getNewestEntries() {
        Discussion newest = loaded().newest();
        if (newest == null || newest.threads().isEmpty() || getEntries().stream()
                .anyMatch(comment -> comment.id() == newest.threads().get(0).comment().id())) {
            return List.of();
        }
        return newest.entries();
    }

    public Discussion getFirstPage() {
        return loaded().pages().get(0);
    }

    public long getShownThreads() {
        return loaded().pages().stream().mapToLong(page -> page.threads().size()).sum();
    }

    public boolean isMore() {
        List<Discussion> pages = loaded().pages();
        return pages.get(pages.size() - 1).hasMore();
    }

    public void loadMore() {
        pageCount++;
        reload();
    }

    /** Posts the composer's text: a new comment, a reply, or the edit of one's own comment. */
    public void post() {
        try {
            CommentView saved;
            if (editing != null) {
                saved = discussions.edit(editing.id(), editing.version(), body);
                Messages.info("discussion.saved");
            } else {
                saved = discussions.post(composerKey, reportId, replyingTo == null ? null : replyingTo.id(), body);
                Messages.info(replyingTo == null ? "discussion.posted" : "discussion.replied");
                showNewest = showNewest || replyingTo == null;
            }
            if (!saved.notNotified().isEmpty()) {
                Messages.warn("discussion.mention.wasNotNotified", saved.notNotified().stream()
                        .map(username -> "@" + username).collect(Collectors.joining(", ")));
            }
            unreachableMentions = List.of();
            body = null;
            composerKey = newComposerKey();
            editing = null;
            replyingTo = null;
            reload();
        } catch (InvalidException e) {
            e.errors().forEach(error -> Messages.errorAt(BODY_FIELD, Messages.of(error)));
        } catch (ConflictException e) {
            Messages.errorAt(BODY_FIELD, Messages.text("discussion.conflict"));
        } catch (UnprocessableException e) {
            // A stale copy of the page sent another text under a key already used: the next send posts it anew.
            composerKey = newComposerKey();
            Messages.errorAt(BODY_FIELD, Messages.text("discussion.keyUsed"));
        } catch (NotFoundException e) {
            Messages.error("discussion.gone");
            reload();
        }
    }

    /**
     * While the person types: who of the people the text mentions cannot see this report and would not be told,
     * so that the composer says so before they post. Asked only when the text mentions someone.
     */
    public void checkMentions() {
        try {
            unreachableMentions = body == null || !body.contains("@") ? List.of()
                    : discussions.unreachableMentions(reportId, body);
        } catch (NotFoundException e) {
            unreachableMentions = List.of();
        }
    }

    public List<Person> getUnreachableMentions() {
        return unreachableMentions;
    }

    public String getUnreachableMentionNames() {
        return unreachableMentions.stream().map(person -> person.displayName() + " (@" + person.username() + ")")
                .collect(Collectors.joining(", "));
    }

    /** Makes the composer answer the comment the person clicked "Reply" under (request parameter commentId). */
    public void reply() {
        CommentView comment = requested();
        if (comment != null) {
            editing = null;
            replyingTo = comment;
        }
    }

    /**
     * Puts the passage of a comment the person selected (request parameters {@code commentId} and {@code text})
     * into the composer as a quote, and makes the composer answer that comment.
     */
    public void quote() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap();
        String text = parameters.get("text");
        CommentView quoted = requested();
        if (quoted == null || !quoted.visible()) {
            return;
        }
        String passage = text == null || text.isBlank() ? quoted.body() : text;
        String quote = Quotes.quote(quoted.author().displayName(), passage);
        body = body == null || body.isBlank() ? quote : body.stripTrailing() + "\n\n" + quote;
        if (editing == null) {
            replyingTo = quoted;
        }
    }

    /** Puts the person's own comment (request parameter commentId) into the composer to edit. */
    public void edit() {
        CommentView comment = requested();
        if (comment != null) {
            replyingTo = null;
            editing = comment;
            body = comment.body();
        }
    }

    /** Leaves reply or edit mode; the text of an edit goes, the text of a reply stays for a new comment. */
    public void cancel() {
        if (editing != null) {
            body = null;
        }
        editing = null;
        replyingTo = null;
    }

    public void delete() {
        CommentView comment = requested();
        if (comment != null) {
            act(() -> discussions.delete(comment.id()), "discussion.deleted");
        }
    }

    public void startHiding() {
        hiding = requested();
        hideReason = null;
    }

    public void hide() {
        if (hiding == null) {
            Messages.error("discussion.gone");
            reload();
            return;
        }
        try {
            discussions.hide(hiding.id(), hideReason);
            hiding = null;
            Messages.info("discussion.hidden");
            reload();
        } catch (InvalidException e) {
            e.errors().forEach(error -> Messages.errorAt("hide:reason", Messages.of(error)));
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void toggleLike() {
        CommentView comment = requested();
        if (comment != null) {
            act(() -> likes.likeComment(comment.id(), !comment.likes().likedByMe()), null);
        }
    }

    public void toggleReportLike() {
        act(() -> likes.likeReport(reportId, !getFirstPage().reportLikes().likedByMe()), null);
    }

    public void toggleWatch() {
        boolean watching = !getFirstPage().watching();
        act(() -> watches.watch(reportId, watching), watching ? "discussion.watching" : "discussion.unwatched");
    }

    public void showRevisions() {
        revisionsOf = requested();
        revisions = revisionsOf == null ? List.of() : discussions.revisions(revisionsOf.id());
    }

    /** For the composer: people to mention whose username or name starts with what follows the @. */
    public List<String> completeMention(String word) {
        if (word == null || !word.startsWith("@") || word.length() < 2) {
            return List.of();
        }
        return people.suggest(word.substring(1)).stream().map(person -> "@" + person.username()).toList();
    }

    /** "Liked by Ana, Ben" for a like count's tooltip; empty when nobody liked it. */
    public String likedBy(LikeSummary likes) {
        return likes.count() == 0 ? "" : Messages.text("discussion.likedBy", String.join(", ", likes.likedBy()));
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            if (doneKey != null) {
                Messages.info(doneKey);
            }
        } catch (InvalidException e) {
            Messages.error("discussion.refused", Messages.of(e.errors().get(0)));
        } catch (BusinessException e) {
            Messages.error("discussion.gone");
        }
        reload();
    }

    /** Reads again every page shown, when it is next asked for, so that what the person sees is what is saved. */
    private void reload() {
        FacesContext.getCurrentInstance().getAttributes().remove(LOADED);
    }

    /**
     * The threads shown, read once per request and kept only for it: a view's state stays in the session for as long
     * as the person may come back to the page, and with it whatever this bean holds; a long discussion held by every
     * report page each person has open would fill the server's memory. Postbacks read the threads again.
     */
    private ShownThreads loaded() {
        Map<Object, Object> request = FacesContext.getCurrentInstance().getAttributes();
        ShownThreads loaded = (ShownThreads) request.get(LOADED);
        if (loaded == null) {
            loaded = ShownThreads.read(discussions, reportId, pageCount, showNewest);
            request.put(LOADED, loaded);
        }
        return loaded;
    }

    /**
     * The comment a command under it was sent for (request parameter {@code commentId}), among those shown; none when
     * it is no longer shown.
     */
    private CommentView requested() {
        String commentId = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get("commentId");
        return Stream.concat(getEntries().stream(), getNewestEntries().stream())
                .filter(comment -> String.valueOf(comment.id()).equals(commentId))
                .findFirst().orElse(null);
    }

    private static String newComposerKey() {
        return UUID.randomUUID().toString();
    }

    public String getComposerKey() {
        return composerKey;
    }

    public void setComposerKey(String composerKey) {
        this.composerKey = composerKey;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public CommentView getReplyingTo() {
        return replyingTo;
    }

    public CommentView getEditing() {
        return editing;
    }

    public CommentView getHiding() {
        return hiding;
    }

    public String getHideReason() {
        return hideReason;
    }

    public void setHideReason(String hideReason) {
        this.hideReason = hideReason;
    }

    public CommentView getRevisionsOf() {
        return revisionsOf;
    }

    public List<CommentRevisionView> getRevisions() {
        return revisions;
    }
}
