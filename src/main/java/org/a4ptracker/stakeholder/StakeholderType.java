package org.a4ptracker.stakeholder;

public enum StakeholderType {
    MEMBER_STATE, OBSERVER_STATE, ORGANISATION, SECRETARIAT_ENTITY, MISSION
}
