package org.a4ptracker.shared;

/**
 * Deterministic "random" figures for generated sample data, as in tools/bench/generate.sql: every figure is a
 * hash of row numbers and a seed, so the same instance is generated on every machine and every database,
 * whatever the order of the statements. SplitMix64's finaliser; not for anything secret.
 */
public final class SampleHash {

    private SampleHash() {
    }

    /** A number in [0, 1) from a row number and a seed. */
    public static double r(long n, long seed) {
        return (mix(n * 0x9E3779B97F4A7C15L ^ mix(seed + 0x632BE59BD9B4E019L)) >>> 11) * 0x1.0p-53;
    }

    /** An int in [0, bound) from a row number and a seed. */
    public static int below(long n, long seed, int bound) {
        return (int) (r(n, seed) * bound);
    }

    /** A row number for a text key (e.g. a stakeholder code), the same on every run. */
    public static long key(String text) {
        long h = 1125899906842597L;
        for (int i = 0; i < text.length(); i++) {
            h = 31 * h + text.charAt(i);
        }
        return mix(h);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
