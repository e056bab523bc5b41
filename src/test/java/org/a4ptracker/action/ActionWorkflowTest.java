package org.a4ptracker.action;

import static org.a4ptracker.action.ActionState.DRAFT;
import static org.a4ptracker.action.ActionState.PUBLISHED;
import static org.a4ptracker.action.ActionState.RETURNED;
import static org.a4ptracker.action.ActionState.SUBMITTED;
import static org.a4ptracker.action.ActionState.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.a4ptracker.shared.BadRequestException;
import org.a4ptracker.shared.ConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every state × every transition, with and without a published version, against a table written by hand. */
class ActionWorkflowTest {

    /** Allowed moves, written out: "from transition published? → to". Everything not listed is refused. */
    private static final Map<String, ActionState> ALLOWED = Map.ofEntries(
            Map.entry("DRAFT EDIT false", DRAFT), Map.entry("DRAFT EDIT true", DRAFT),
            Map.entry("RETURNED EDIT false", DRAFT), Map.entry("RETURNED EDIT true", DRAFT),
            Map.entry("PUBLISHED EDIT true", DRAFT),
            Map.entry("DRAFT SUBMIT false", SUBMITTED), Map.entry("DRAFT SUBMIT true", SUBMITTED),
            Map.entry("SUBMITTED RETURN false", RETURNED), Map.entry("SUBMITTED RETURN true", RETURNED),
            Map.entry("SUBMITTED PUBLISH false", PUBLISHED), Map.entry("SUBMITTED PUBLISH true", PUBLISHED),
            Map.entry("DRAFT WITHDRAW true", WITHDRAWN), Map.entry("SUBMITTED WITHDRAW true", WITHDRAWN),
            Map.entry("RETURNED WITHDRAW true", WITHDRAWN), Map.entry("PUBLISHED WITHDRAW true", WITHDRAWN),
            // a published action always has a published version; the machine does not need the flag to allow EDIT
            Map.entry("PUBLISHED EDIT false", DRAFT));

    static Stream<Arguments> everyCase() {
        var cases = new ArrayList<Arguments>();
        for (ActionState from : ActionState.values()) {
            for (ActionTransition t : ActionTransition.values()) {
                for (boolean published : new boolean[]{false, true}) {
                    cases.add(Arguments.of(from, t, published));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} published={2}")
    @MethodSource("everyCase")
    void eachTransitionIsAllowedOrRefusedAsTheTableSays(ActionState from, ActionTransition transition, boolean published) {
        ActionState expected = ALLOWED.get(from + " " + transition + " " + published);
        if (expected != null) {
            assertThat(ActionWorkflow.next(from, transition, published, "a reason")).isEqualTo(expected);
            assertThat(ActionWorkflow.allowed(from, transition, published)).isTrue();
        } else {
            assertThatThrownBy(() -> ActionWorkflow.next(from, transition, published, "a reason"))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageNotContaining("null");
            assertThat(ActionWorkflow.allowed(from, transition, published)).isFalse();
        }
    }

    @Test
    void theTableCoversFiftyCasesOfWhichSixteenAreAllowed() {
        assertThat(everyCase()).hasSize(50);
        assertThat(ALLOWED).hasSize(16);
    }

    @Test
    void returningAndWithdrawingNeedAReason() {
        for (String blank : new String[]{null, "", "   "}) {
            assertThatThrownBy(() -> ActionWorkflow.next(SUBMITTED, ActionTransition.RETURN, false, blank))
                    .isInstanceOf(BadRequestException.class).hasMessageContaining("reason");
            assertThatThrownBy(() -> ActionWorkflow.next(PUBLISHED, ActionTransition.WITHDRAW, true, blank))
                    .isInstanceOf(BadRequestException.class);
        }
        assertThat(ActionWorkflow.next(SUBMITTED, ActionTransition.PUBLISH, false, null)).isEqualTo(PUBLISHED);
    }

    @Test
    void refusalsSayWhy() {
        assertThatThrownBy(() -> ActionWorkflow.next(SUBMITTED, ActionTransition.EDIT, false, null))
                .hasMessage("An action that is submitted cannot be edited: it is with a reviewer, who can return it to you");
        assertThatThrownBy(() -> ActionWorkflow.next(DRAFT, ActionTransition.PUBLISH, false, null))
                .hasMessage("Only a submitted action can be published; this action is draft");
        assertThatThrownBy(() -> ActionWorkflow.next(WITHDRAWN, ActionTransition.WITHDRAW, true, "x"))
                .hasMessage("This action is already withdrawn");
    }

    @Test
    void aFullLifeWithARevision() {
        List<ActionTransition> steps = List.of(ActionTransition.SUBMIT, ActionTransition.RETURN, ActionTransition.EDIT,
                ActionTransition.SUBMIT, ActionTransition.PUBLISH, ActionTransition.EDIT, ActionTransition.SUBMIT,
                ActionTransition.PUBLISH, ActionTransition.WITHDRAW);
        ActionState state = DRAFT;
        boolean published = false;
        var trail = new ArrayList<ActionState>();
        for (ActionTransition step : steps) {
            state = ActionWorkflow.next(state, step, published, "because");
            published |= state == PUBLISHED;
            trail.add(state);
        }
        assertThat(trail).containsExactly(SUBMITTED, RETURNED, DRAFT, SUBMITTED, PUBLISHED, DRAFT, SUBMITTED, PUBLISHED, WITHDRAWN);
    }
}
