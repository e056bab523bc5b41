package org.a4ptracker.stakeholder;

/** A role a stakeholder holds in a given year. */
public enum RoleType {
    TROOP_CONTRIBUTOR, POLICE_CONTRIBUTOR, HOST_COUNTRY, SECURITY_COUNCIL_MEMBER, FINANCIAL_CONTRIBUTOR
}
