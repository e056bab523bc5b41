/**
 * Search (read side): one index of public data per node (published actions, stakeholders, missions, commitments,
 * areas, indicators, published survey rounds), kept current from a change log in the database, and the commitment
 * suggestions drawn from it. Depends on the other modules' public services and events only.
 */
package org.a4ptracker.search;
