/**
 * The Declaration as data: frameworks (A4P, A4P+), the 8 areas and 45 commitments, and the
 * editable mapping of A4P+ elements onto areas. Loaded idempotently from reference data.
 */
package org.a4ptracker.framework;
