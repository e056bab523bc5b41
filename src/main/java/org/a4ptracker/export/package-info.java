/**
 * Open data: every published record as CSV files in one zip with a Frictionless descriptor, and
 * approved indicator values as SDMX-CSV. Read side only: uses the other modules' public services.
 */
package org.a4ptracker.export;
