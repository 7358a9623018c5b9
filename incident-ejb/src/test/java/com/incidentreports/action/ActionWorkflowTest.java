package com.incidentreports.action;

import com.incidentreports.platform.ConflictException;
import com.incidentreports.platform.FieldError;
import com.incidentreports.platform.ForbiddenException;
import com.incidentreports.platform.InvalidException;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static com.incidentreports.action.ActionStatus.DONE;
import static com.incidentreports.action.ActionStatus.IN_PROGRESS;
import static com.incidentreports.action.ActionStatus.OPEN;
import static com.incidentreports.action.ActionStatus.PROPOSED;
import static com.incidentreports.action.ActionStatus.VERIFIED;
import static com.incidentreports.action.ActionStatus.WONT_DO;
import static com.incidentreports.action.ActionStatus.WONT_DO_REQUESTED;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActionWorkflowTest {

    private static final Set<ActionWorkflow.Role> OWNER = EnumSet.of(ActionWorkflow.Role.OWNER);
    private static final Set<ActionWorkflow.Role> QA_LEAD = EnumSet.of(ActionWorkflow.Role.QA_LEAD);
    private static final Set<ActionWorkflow.Role> NOBODY = EnumSet.noneOf(ActionWorkflow.Role.class);
    private static final List<String> CI_RUN = List.of("https://ci.example.com/runs/42");

    @Test
    void theOwnerStartsAndDeliversWithEvidenceAndAQaLeadVerifies() {
        assertDoesNotThrow(() -> ActionWorkflow.check(OPEN, IN_PROGRESS, OWNER, true, List.of(), null));
        assertDoesNotThrow(() -> ActionWorkflow.check(IN_PROGRESS, DONE, OWNER, true, CI_RUN, "Test added."));
        assertDoesNotThrow(() -> ActionWorkflow.check(DONE, VERIFIED, QA_LEAD, true, List.of(), null));
    }

    @Test
    void skippingToVerifiedIsAConflictThatNamesTheWaysOn() {
        ConflictException refused = assertThrows(ConflictException.class,
                () -> ActionWorkflow.check(OPEN, VERIFIED, QA_LEAD, true, List.of(), null));
        assertTrue(refused.getMessage().contains("cannot become Verified"), refused.getMessage());
        assertTrue(refused.getMessage().contains("In progress, Done"), refused.getMessage());
    }

    @Test
    void doneNeedsAtLeastOneWebLinkAndANote() {
        InvalidException none = assertThrows(InvalidException.class,
                () -> ActionWorkflow.check(OPEN, DONE, OWNER, true, List.of(" "), null));
        assertEquals(List.of("action.evidence.required", "action.note.done"),
                none.errors().stream().map(FieldError::key).toList());

        InvalidException notWeb = assertThrows(InvalidException.class,
                () -> ActionWorkflow.check(OPEN, DONE, OWNER, true,
                        List.of("https://ci.example.com/1", "ftp://files.example.com/x", "javascript:alert(1)"),
                        "Done."));
        assertEquals(List.of("evidence[1]", "evidence[2]"), notWeb.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void onlyAQaLeadVerifiesReopensAndDecidesWontDo() {
        assertThrows(ForbiddenException.class, () -> ActionWorkflow.check(DONE, VERIFIED, OWNER, true, List.of(), null));
        assertThrows(ForbiddenException.class, () -> ActionWorkflow.check(DONE, OPEN, OWNER, true, List.of(), "No."));
        assertThrows(ForbiddenException.class, () -> ActionWorkflow.check(OPEN, WONT_DO, OWNER, true, List.of(), "x"));
        assertThrows(ForbiddenException.class, () -> ActionWorkflow.check(OPEN, IN_PROGRESS, NOBODY, true, List.of(), null));
    }

    @Test
    void reopeningAndWontDoNeedAReason() {
        InvalidException reopen = assertThrows(InvalidException.class,
                () -> ActionWorkflow.check(DONE, OPEN, QA_LEAD, true, List.of(), " "));
        assertEquals("note", reopen.errors().get(0).field());
        assertThrows(InvalidException.class,
                () -> ActionWorkflow.check(OPEN, WONT_DO_REQUESTED, OWNER, true, List.of(), null));
    }

    @Test
    void theOwnerAsksForWontDoAndAQaLeadAgrees() {
        assertDoesNotThrow(() -> ActionWorkflow.check(OPEN, WONT_DO_REQUESTED, OWNER, true, List.of(), "Obsolete."));
        assertThrows(ForbiddenException.class,
                () -> ActionWorkflow.check(WONT_DO_REQUESTED, WONT_DO, OWNER, true, List.of(), null));
        assertDoesNotThrow(() -> ActionWorkflow.check(WONT_DO_REQUESTED, WONT_DO, QA_LEAD, true, List.of(), null));
    }

    @Test
    void aProposalWithoutOwnerOnlyOpensByAssignment() {
        assertEquals(List.of(WONT_DO), ActionWorkflow.allowedMoves(PROPOSED, QA_LEAD, false));
        ConflictException refused = assertThrows(ConflictException.class,
                () -> ActionWorkflow.check(PROPOSED, OPEN, QA_LEAD, false, List.of(), null));
        assertTrue(refused.getMessage().contains("assigns it an owner"), refused.getMessage());
    }

    @Test
    void allowedMovesDependOnWhoAsks() {
        assertEquals(List.of(IN_PROGRESS, DONE, WONT_DO_REQUESTED), ActionWorkflow.allowedMoves(OPEN, OWNER, true));
        assertEquals(List.of(IN_PROGRESS, DONE, WONT_DO), ActionWorkflow.allowedMoves(OPEN, QA_LEAD, true));
        assertEquals(List.of(), ActionWorkflow.allowedMoves(DONE, OWNER, true));
        assertEquals(List.of(VERIFIED, OPEN), ActionWorkflow.allowedMoves(DONE, QA_LEAD, true));
    }
}
