package org.a4ptracker.survey;

import java.util.List;

import org.a4ptracker.shared.FreshCache;
import org.a4ptracker.shared.RenderedHtml;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The published rounds with their questionnaires, and the public figures of pairs of them (a round
 * and the one it is compared with), computed once and kept until a round is published (after the
 * commit). A published round never changes: its questionnaire is frozen once it opens, its answers
 * once it closes (no response is reopened, no import taken), and there is no way back from
 * published. Every public page with survey figures reads these.
 */
@Component
class PublishedRounds {

    private final SurveyRepository repository;
    private final FreshCache<Boolean, List<Round>> rounds = new FreshCache<>("PublishedRounds.rounds", 1);
    private final FreshCache<Long, RoundFigures> roundFigures = new FreshCache<>("PublishedRounds.roundFigures", 64);
    private final FreshCache<List<Long>, RoundResults> figures = new FreshCache<>("PublishedRounds.figures", 256);
    private final FreshCache<String, RenderedHtml> sections = new FreshCache<>("PublishedRounds.sections", 256);

    PublishedRounds(SurveyRepository repository, org.a4ptracker.shared.PublicData publicData) {
        this.repository = repository;
        publicData.onChange(this::evict, org.a4ptracker.shared.PublicData.Kind.SURVEYS);
    }

    /** Newest first, as {@link SurveyRepository#rounds} orders them. */
    List<Round> get() {
        return rounds.get(Boolean.TRUE, () -> repository.rounds(null).stream().filter(r -> r.state() == RoundState.PUBLISHED).toList());
    }

    /** A published round's own figures after disclosure control, decided once for every output. */
    RoundFigures roundFigures(long roundId, java.util.function.Supplier<RoundFigures> compute) {
        return roundFigures.get(roundId, compute);
    }

    /** The public figures of a round compared with another (or with none: null), as {@code compute} gives them. */
    RoundResults figures(List<Long> roundAndComparison, java.util.function.Supplier<RoundResults> compute) {
        return figures.get(roundAndComparison, compute);
    }

    /** A page section showing such figures, rendered once per key (round, comparison, language). */
    RenderedHtml section(String key, java.util.function.Supplier<RenderedHtml> render) {
        return sections.get(key, render);
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void on(SurveyResultsChanged event) {
        evict();
    }

    @EventListener(ApplicationReadyEvent.class)
    public void ready() {
        evict();
    }

    private void evict() {
        rounds.evict();
        roundFigures.evict();
        figures.evict();
        sections.evict();
    }
}
