package org.a4ptracker.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

    private static List<String> otherChanges(ActionRepository.Version before, ActionRepository.Version after) {
        var changes = new ArrayList<String>();
        if (before == null) {
            return changes;
        }
        var a = before.content();
        var b = after.content();
        compare(changes, "status", a.status(), b.status());
        compare(changes, "reportingCycle", a.reportingCycle(), b.reportingCycle());
        compare(changes, "startDate", a.startDate(), b.startDate());
        compare(changes, "endDate", a.endDate(), b.endDate());
        compare(changes, "commitments", a.commitments(), b.commitments());
        compare(changes, "missions", before.missionIds(), after.missionIds());
        compare(changes, "evidenceLinks", a.evidenceLinks(), b.evidenceLinks());
        return changes;
    }

    private static void compare(List<String> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + ": " + (before == null ? "—" : before) + " → " + (after == null ? "—" : after));
        }
    }
}
