package org.a4ptracker.action;

import java.time.LocalDate;
import java.util.List;

/** What a focal point writes about an action; one version of it. Missions are given by code. */
public record ActionContent(String title, String description, ActionStatus status, Integer reportingCycle,
                            LocalDate startDate, LocalDate endDate, List<Integer> commitments, List<String> missions,
                            List<String> evidenceLinks) {

    public ActionContent {
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
        missions = missions == null ? List.of() : List.copyOf(missions);
        evidenceLinks = evidenceLinks == null ? List.of() : List.copyOf(evidenceLinks);
    }
}
