package org.a4ptracker.survey;

import org.a4ptracker.stakeholder.RoleType;
import org.a4ptracker.stakeholder.StakeholderType;

/**
 * Who answers: results are broken down by these groups. The role groups are Member States that
 * hold the role in the year the round opens; a stakeholder in several chosen groups is invited
 * once, in the first of them in this order.
 */
public enum RespondentGroup {
    HOST_COUNTRIES(RoleType.HOST_COUNTRY),
    COUNCIL_MEMBERS(RoleType.SECURITY_COUNCIL_MEMBER),
    TROOP_CONTRIBUTORS(RoleType.TROOP_CONTRIBUTOR),
    POLICE_CONTRIBUTORS(RoleType.POLICE_CONTRIBUTOR),
    FINANCIAL_CONTRIBUTORS(RoleType.FINANCIAL_CONTRIBUTOR),
    MEMBER_STATES(null), ORGANISATIONS(null), MISSIONS(null), SECRETARIAT(null);

    private final RoleType role;

    RespondentGroup(RoleType role) {
        this.role = role;
    }

    /** The role a Member State must hold to belong to this group, or null for the groups by kind of stakeholder. */
    public RoleType role() {
        return role;
    }

    static RespondentGroup of(StakeholderType type) {
        return switch (type) {
            case MEMBER_STATE, OBSERVER_STATE -> MEMBER_STATES;
            case ORGANISATION -> ORGANISATIONS;
            case MISSION -> MISSIONS;
            case SECRETARIAT_ENTITY -> SECRETARIAT;
        };
    }
}
