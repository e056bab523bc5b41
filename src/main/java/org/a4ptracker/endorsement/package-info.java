/**
 * Endorsements of the Declaration: who endorsed and when, the counts published over time
 * (with their sources), and the world map of endorsement.
 */
package org.a4ptracker.endorsement;
