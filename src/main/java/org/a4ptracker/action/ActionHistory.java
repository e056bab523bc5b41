package org.a4ptracker.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.a4ptracker.shared.Text;

/** Turns stored versions and workflow events into a readable history with text diffs. */
final class ActionHistory {

    private ActionHistory() {
    }

    static List<HistoryEntry> entries(List<ActionRepository.Version> versions, List<ActionRepository.Event> events,
                                      Map<Long, String> names) {
        var entries = new ArrayList<HistoryEntry>();
        var first = versions.get(0);
        entries.add(new HistoryEntry(first.createdAt(), names.get(first.createdBy()), null, null, ActionState.DRAFT, 1, null,
                TextDiff.diff("", first.content().title()), TextDiff.diff("", first.content().description()), List.of()));
        for (var e : events) {
            if (e.transition() == ActionTransition.EDIT) {
                var before = versions.stream().filter(v -> v.versionNo() == e.versionNo() - 1).findFirst().orElse(null);
                var after = versions.stream().filter(v -> v.versionNo() == e.versionNo()).findFirst().orElseThrow();
                entries.add(new HistoryEntry(e.occurredAt(), names.get(e.userId()), e.transition(), e.from(), e.to(),
                        e.versionNo(), null, TextDiff.diff(before == null ? "" : before.content().title(), after.content().title()),
                        TextDiff.diff(before == null ? "" : before.content().description(), after.content().description()),
                        otherChanges(before, after)));
            } else {
                entries.add(new HistoryEntry(e.occurredAt(), names.get(e.userId()), e.transition(), e.from(), e.to(),
                        e.versionNo(), e.reason(), List.of(), List.of(), List.of()));
            }
        }
        return entries;
    }

    private static List<Text> otherChanges(ActionRepository.Version before, ActionRepository.Version after) {
        var changes = new ArrayList<Text>();
        if (before == null) {
            return changes;
        }
        var a = before.content();
        var b = after.content();
        compare(changes, "action.status", status(a.status()), status(b.status()));
        compare(changes, "action.cycle", a.reportingCycle(), b.reportingCycle());
        compare(changes, "action.start", a.startDate(), b.startDate());
        compare(changes, "action.end", a.endDate(), b.endDate());
        compare(changes, "action.commitments", a.commitments(), b.commitments());
        compare(changes, "action.missions", before.missionIds(), after.missionIds());
        compare(changes, "action.evidence", a.evidenceLinks(), b.evidenceLinks());
        return changes;
    }

    private static Text status(ActionStatus status) {
        return status == null ? null : Text.of("action.status." + status.name());
    }

    /** Years and lists as written (a year is no amount to group); dates and statuses in the reader's language. */
    private static void compare(List<Text> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(Text.of("history.change", Text.of(field), shown(before), shown(after)));
        }
    }

    private static Object shown(Object value) {
        return value == null ? "—" : value instanceof Integer || value instanceof List<?> ? value.toString() : value;
    }
}
