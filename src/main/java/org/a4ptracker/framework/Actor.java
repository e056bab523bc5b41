package org.a4ptracker.framework;

/** Who a commitment falls on, from the subject of its sentence in the Declaration. */
public enum Actor {
    COLLECTIVE, MEMBER_STATES, SECRETARY_GENERAL, HOST_GOVERNMENTS
}
