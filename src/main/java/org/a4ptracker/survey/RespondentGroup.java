package org.a4ptracker.survey;

import org.a4ptracker.stakeholder.StakeholderType;

/** Who answers: results are broken down by these groups. */
public enum RespondentGroup {
    MEMBER_STATES, ORGANISATIONS, MISSIONS, SECRETARIAT;

    static RespondentGroup of(StakeholderType type) {
        return switch (type) {
            case MEMBER_STATE, OBSERVER_STATE -> MEMBER_STATES;
            case ORGANISATION -> ORGANISATIONS;
            case MISSION -> MISSIONS;
            case SECRETARIAT_ENTITY -> SECRETARIAT;
        };
    }
}
