package org.a4ptracker.framework;

import java.util.Map;

/** One of the Declaration's 8 areas, with its commitments counted by actor. */
public record Area(int number, String shortTitle, String title, String statement, String source,
                   Map<Actor, Integer> commitmentsByActor) {

    @com.fasterxml.jackson.annotation.JsonProperty("commitmentCount")
    public int commitmentCount() {
        return commitmentsByActor.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int count(Actor actor) {
        return commitmentsByActor.getOrDefault(actor, 0);
    }
}
