package com.incidentreports.action;

import com.incidentreports.platform.ConflictException;
import com.incidentreports.platform.FieldError;
import com.incidentreports.platform.ForbiddenException;
import com.incidentreports.platform.InvalidException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static com.incidentreports.action.ActionStatus.DONE;
import static com.incidentreports.action.ActionStatus.IN_PROGRESS;
import static com.incidentreports.action.ActionStatus.OPEN;
import static com.incidentreports.action.ActionStatus.PROPOSED;
import static com.incidentreports.action.ActionStatus.VERIFIED;
import static com.incidentreports.action.ActionStatus.WONT_DO;
import static com.incidentreports.action.ActionStatus.WONT_DO_REQUESTED;

/**
 * Who may move a follow-up action from one status to another, and what the move needs. The owner works on it and
 * delivers it with evidence (links and a note); a QA lead verifies it or reopens it with a comment. Won't do needs
 * a reason and a QA lead: the owner asks, a QA lead agrees or declines, or a QA lead decides it directly.
 */
public final class ActionWorkflow {

    public static final int EVIDENCE_MAX = 10;
    public static final int LINK_MAX = 500;
    public static final int NOTE_MAX = 2_000;

    /** In what capacity the caller acts on an action; a QA lead who owns it acts as both. */
    public enum Role { OWNER, QA_LEAD }

    private enum Needs { NOTHING, NOTE, EVIDENCE_AND_NOTE }

    private record Move(ActionStatus from, ActionStatus to, Set<Role> who, Needs needs) {
    }

    private static final Set<Role> OWNER_OR_QA_LEAD = EnumSet.of(Role.OWNER, Role.QA_LEAD);
    private static final Set<Role> QA_LEAD = EnumSet.of(Role.QA_LEAD);

    private static final List<Move> MOVES = List.of(
            new Move(OPEN, IN_PROGRESS, OWNER_OR_QA_LEAD, Needs.NOTHING),
            new Move(IN_PROGRESS, OPEN, OWNER_OR_QA_LEAD, Needs.NOTHING),
            new Move(OPEN, DONE, OWNER_OR_QA_LEAD, Needs.EVIDENCE_AND_NOTE),
            new Move(IN_PROGRESS, DONE, OWNER_OR_QA_LEAD, Needs.EVIDENCE_AND_NOTE),
            new Move(DONE, VERIFIED, QA_LEAD, Needs.NOTHING),
            new Move(DONE, OPEN, QA_LEAD, Needs.NOTE),
            new Move(VERIFIED, OPEN, QA_LEAD, Needs.NOTE),
            new Move(OPEN, WONT_DO_REQUESTED, EnumSet.of(Role.OWNER), Needs.NOTE),
            new Move(IN_PROGRESS, WONT_DO_REQUESTED, EnumSet.of(Role.OWNER), Needs.NOTE),
            new Move(WONT_DO_REQUESTED, WONT_DO, QA_LEAD, Needs.NOTHING),
            new Move(WONT_DO_REQUESTED, OPEN, OWNER_OR_QA_LEAD, Needs.NOTE),
            new Move(PROPOSED, WONT_DO, QA_LEAD, Needs.NOTE),
            new Move(OPEN, WONT_DO, QA_LEAD, Needs.NOTE),
            new Move(IN_PROGRESS, WONT_DO, QA_LEAD, Needs.NOTE),
            new Move(WONT_DO, OPEN, QA_LEAD, Needs.NOTE),
            new Move(WONT_DO, PROPOSED, QA_LEAD, Needs.NOTE));

    /** Statuses only an action with an owner can have. */
    private static final Set<ActionStatus> OWNED = EnumSet.of(OPEN, IN_PROGRESS, DONE, VERIFIED, WONT_DO_REQUESTED);

    private ActionWorkflow() {
    }

    /** Where {@code roles} may move an action that is {@code from}, in the order the moves are listed. */
    public static List<ActionStatus> allowedMoves(ActionStatus from, Set<Role> roles, boolean hasOwner) {
        return MOVES.stream()
                .filter(move -> move.from() == from && fits(move, hasOwner) && roles.stream().anyMatch(move.who()::contains))
                .map(Move::to)
                .toList();
    }

    /**
     * Checks that {@code roles} may move an action from {@code from} to {@code to} with this evidence and note.
     *
     * @throws ConflictException  the move does not exist; the message names the moves that do
     * @throws ForbiddenException the move exists, but not for the caller
     * @throws InvalidException   the evidence or note the move needs is missing or malformed
     */
    public static void check(ActionStatus from, ActionStatus to, Set<Role> roles, boolean hasOwner,
                             List<String> evidence, String note) {
        Move move = MOVES.stream().filter(each -> each.from() == from && each.to() == to && fits(each, hasOwner))
                .findFirst()
                .orElseThrow(() -> new ConflictException("An action that is " + label(from) + " cannot become "
                        + label(to) + ". " + possibleFrom(from, hasOwner)));
        if (roles.stream().noneMatch(move.who()::contains)) {
            throw new ForbiddenException(move.who().equals(QA_LEAD)
                    ? "Only a QA lead can make an action that is " + label(from) + " " + label(to) + "."
                    : move.who().contains(Role.QA_LEAD)
                    ? "Only the owner of this action or a QA lead can change its status."
                    : "Only the owner of this action can ask for it not to be done.");
        }
        List<FieldError> errors = new ArrayList<>();
        if (move.needs() == Needs.EVIDENCE_AND_NOTE) {
            errors.addAll(evidenceErrors(evidence));
        }
        if (move.needs() != Needs.NOTHING && (note == null || note.isBlank())) {
            errors.add(move.needs() == Needs.EVIDENCE_AND_NOTE
                    ? new FieldError("note", "action.note.done", "Say in a note what was done.")
                    : new FieldError("note", "action.note.required", "Say why, in a note."));
        }
        if (note != null && note.strip().length() > NOTE_MAX) {
            errors.add(new FieldError("note", "action.note.size", "A note can be at most 2,000 characters."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidException(errors);
        }
    }

    /** The links of done evidence: at least one, each an http(s) address. */
    static List<FieldError> evidenceErrors(List<String> evidence) {
        List<FieldError> errors = new ArrayList<>();
        List<String> links = evidence == null ? List.of() : evidence;
        if (links.stream().allMatch(link -> link == null || link.isBlank())) {
            errors.add(new FieldError("evidence", "action.evidence.required",
                    "Done needs evidence: at least one link to the CI run, the merged change or the test."));
            return errors;
        }
        if (links.size() > EVIDENCE_MAX) {
            errors.add(new FieldError("evidence", "action.evidence.count", "Give at most 10 links."));
        }
        for (int i = 0; i < links.size(); i++) {
            String link = links.get(i);
            if (link != null && !link.isBlank() && !isWebLink(link.strip())) {
                errors.add(new FieldError("evidence[" + i + "]", "action.evidence.link",
                        "Evidence links must be http or https addresses, such as https://ci.example.com/runs/42."));
            }
        }
        return errors;
    }

    static boolean isWebLink(String link) {
        if (link.length() > LINK_MAX) {
            return false;
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean fits(Move move, boolean hasOwner) {
        return hasOwner ? move.to() != PROPOSED : !OWNED.contains(move.to());
    }

    private static String possibleFrom(ActionStatus from, boolean hasOwner) {
        List<ActionStatus> possible = allowedMoves(from, EnumSet.allOf(Role.class), hasOwner);
        if (from == PROPOSED && !hasOwner) {
            return "A proposed action opens when a QA lead assigns it an owner"
                    + (possible.isEmpty() ? "." : "; it can also become " + labels(possible) + ".");
        }
        return possible.isEmpty() ? "It cannot change status now."
                : "It can become " + labels(possible) + ".";
    }

    private static String labels(List<ActionStatus> statuses) {
        return statuses.stream().map(ActionWorkflow::label).collect(Collectors.joining(", "));
    }

    /** The status as the API's messages say it. */
    private static String label(ActionStatus status) {
        return switch (status) {
            case PROPOSED -> "Proposed";
            case OPEN -> "Open";
            case IN_PROGRESS -> "In progress";
            case DONE -> "Done";
            case VERIFIED -> "Verified";
            case WONT_DO_REQUESTED -> "Won't do (requested)";
            case WONT_DO -> "Won't do";
        };
    }
}
