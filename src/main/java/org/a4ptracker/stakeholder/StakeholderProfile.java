package org.a4ptracker.stakeholder;

import java.util.List;

/** Everything the profile page shows of one stakeholder. */
public record StakeholderProfile(StakeholderSummary stakeholder, String regionalGroup, String source,
                                 List<RoleSpan> roles, List<Mission> missionsHosted, Mission mission) {

    /** A role held over consecutive years, e.g. host country 2018-2026. */
    public record RoleSpan(RoleType role, int fromYear, int toYear, String source) {
    }
}
