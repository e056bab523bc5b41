package org.a4ptracker.survey;

import java.util.List;

/**
 * How many answers took each value. Every statistic of the results (distribution, mean and its
 * interval, share, change between rounds) follows from these counts, so results are counted by the
 * database rather than read answer by answer.
 */
final class Tally {

    private final int[] counts = new int[Perception.values().length];

    static Tally of(List<Perception> answers) {
        var tally = new Tally();
        answers.forEach(a -> tally.add(a, 1));
        return tally;
    }

    /** The sum of several tallies (pooling groups or commitments), as a new tally. */
    static Tally sum(java.util.Collection<Tally> tallies) {
        var total = new Tally();
        tallies.forEach(total::addAll);
        return total;
    }

    void add(Perception value, int count) {
        counts[value.ordinal()] += count;
    }

    void addAll(Tally other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
    }

    int count(Perception value) {
        return counts[value.ordinal()];
    }

    /** All answers, "don't know" included. */
    int total() {
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        return total;
    }

    Scores scores() {
        int n = 0;
        long sum = 0;
        long squares = 0;
        for (Perception value : Perception.values()) {
            if (value.scored()) {
                int c = count(value);
                n += c;
                sum += (long) c * value.score();
                squares += (long) c * value.score() * value.score();
            }
        }
        return new Scores(n, sum, squares);
    }
}
