/**
 * The stakeholder directory: UN Member and observer states, organisations, Secretariat
 * entities and peacekeeping missions, with the roles a stakeholder holds by year.
 */
package org.a4ptracker.stakeholder;
