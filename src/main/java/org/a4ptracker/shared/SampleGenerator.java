package org.a4ptracker.shared;

/**
 * One part of the generated sample instance (accounts, actions, indicator values, survey rounds), run once at the
 * first start in sample mode, in the order of the beans' {@code @Order}, inside the one transaction that writes the
 * whole instance. Rows it writes carry {@code sample = true} wherever the table has the column.
 */
public interface SampleGenerator {

    /** What it generates, for the progress line of the log ("actions"). */
    String part();

    /** Whether this part is still to be generated: its tables hold none of its sample rows yet. */
    boolean pending();

    /** Writes the part in the caller's transaction and says what it wrote, for the log ("2,914 published actions"). */
    String generate();
}
