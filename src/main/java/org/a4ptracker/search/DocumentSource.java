package org.a4ptracker.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.a4ptracker.action.ActionText;
import org.a4ptracker.action.ActionTexts;
import org.a4ptracker.framework.Commitment;
import org.a4ptracker.framework.CommitmentFilter;
import org.a4ptracker.framework.FrameworkService;
import org.a4ptracker.indicator.IndicatorService;
import org.a4ptracker.search.SearchDoc.Filters;
import org.a4ptracker.search.SearchDoc.Segment;
import org.a4ptracker.shared.LocalizedNames;
import org.a4ptracker.shared.PageRequest;
import org.a4ptracker.stakeholder.StakeholderService;
import org.a4ptracker.stakeholder.StakeholderSummary;
import org.a4ptracker.stakeholder.StakeholderType;
import org.a4ptracker.survey.SurveyService;
import org.springframework.stereotype.Component;

/** Turns the public data of the other modules into search documents; reads through their public services only. */
@Component
class DocumentSource {

    static final int BATCH = 1000;

    private final FrameworkService framework;
    private final StakeholderService stakeholders;
    private final IndicatorService indicators;
    private final SurveyService surveys;
    private final ActionTexts actions;

    DocumentSource(FrameworkService framework, StakeholderService stakeholders, IndicatorService indicators,
                   SurveyService surveys, ActionTexts actions) {
        this.framework = framework;
        this.stakeholders = stakeholders;
        this.indicators = indicators;
        this.surveys = surveys;
        this.actions = actions;
    }

    /** Every catalogue document: commitments, areas, stakeholders, missions, indicators, published survey rounds. */
    List<SearchDoc> catalogue() {
        var docs = new ArrayList<SearchDoc>();
        var areaOf = areaOfCommitment();
        for (Commitment c : commitments()) {
            docs.add(new SearchDoc(Kind.COMMITMENT, String.valueOf(c.number()), List.of(en(c.text())), List.of(en(c.areaTitle())),
                    new Filters(Set.of(c.area()), null, null, Set.of(c.number())), Map.of("en", c.text()),
                    "/commitments/" + c.number(), null));
        }
        framework.areas().forEach(a -> docs.add(new SearchDoc(Kind.AREA, String.valueOf(a.number()),
                List.of(en(a.title()), en(a.shortTitle())), List.of(en(a.statement())),
                new Filters(Set.of(a.number()), null, null, Set.of()), Map.of("en", a.title()), "/areas/" + a.number(), null)));
        for (StakeholderType type : StakeholderType.values()) {
            if (type != StakeholderType.MISSION) {
                stakeholders.byType(type).forEach(s -> docs.add(stakeholder(s)));
            }
        }
        stakeholders.missions(null).forEach(m -> {
            var body = new ArrayList<Segment>(List.of(neutral(m.location() == null ? "" : m.location())));
            m.hosts().forEach(h -> body.addAll(names(h.names())));
            docs.add(new SearchDoc(Kind.MISSION, m.code(), withCode(names(m.names()), m.code()), body,
                    new Filters(Set.of(), null, StakeholderType.MISSION.name(), Set.of()), labels(m.names()),
                    "/missions/" + m.code(), null));
        });
        indicators.catalogue().forEach(i -> docs.add(new SearchDoc(Kind.INDICATOR, i.code(), List.of(en(i.name())),
                List.of(en(i.description() == null ? "" : i.description()), neutral(i.code())),
                new Filters(i.commitments().stream().map(areaOf::get).collect(Collectors.toSet()), null, null,
                        Set.copyOf(i.commitments())), Map.of("en", i.name()), "/indicators/" + i.code(), null)));
        surveys.publishedRounds().forEach(r -> docs.add(new SearchDoc(Kind.ROUND, String.valueOf(r.id()), List.of(guessed(r.title())),
                List.of(guessed(r.intro() == null ? "" : r.intro())), new Filters(Set.of(), r.opensOn().getYear(), null, Set.of()),
                Map.of("en", r.title()), "/surveys/" + r.id() + "/results", null)));
        return docs;
    }

    /** Walks every published action by id, a batch at a time, as documents. */
    void forEachActionBatch(Consumer<List<SearchDoc>> sink) {
        var areaOf = areaOfCommitment();
        long after = 0;
        while (true) {
            var batch = actions.publishedAfter(after, BATCH);
            if (batch.isEmpty()) {
                return;
            }
            sink.accept(actionDocs(batch, areaOf));
            after = batch.get(batch.size() - 1).id();
        }
    }

    /** The given actions as they are public now; an id without a document is no longer public. */
    List<SearchDoc> actions(List<Long> ids) {
        var docs = new ArrayList<SearchDoc>();
        for (int i = 0; i < ids.size(); i += BATCH) {
            docs.addAll(actionDocs(actions.published(ids.subList(i, Math.min(ids.size(), i + BATCH))), areaOfCommitment()));
        }
        return docs;
    }

    long publishedActionCount() {
        return actions.publishedCount();
    }

    List<SearchDoc> actionDocs(List<ActionText> texts, Map<Integer, Integer> areaOf) {
        var ids = new TreeSet<Long>();
        texts.forEach(t -> {
            ids.add(t.stakeholderId());
            ids.addAll(t.missionIds());
        });
        Map<Long, StakeholderSummary> who = ids.isEmpty() ? Map.of() : stakeholders.byIds(ids);
        return texts.stream().map(t -> action(t, who, areaOf)).toList();
    }

    private SearchDoc action(ActionText t, Map<Long, StakeholderSummary> who, Map<Integer, Integer> areaOf) {
        var lang = Analysis.guess(t.title() + " " + t.description());
        var reporter = who.get(t.stakeholderId());
        var body = new ArrayList<Segment>();
        body.add(new Segment(lang, t.description()));
        body.addAll(withCode(names(reporter.names()), reporter.code()));
        t.missionIds().stream().map(who::get).forEach(m -> body.add(neutral(m.code())));
        var areas = t.commitments().stream().map(areaOf::get).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        return new SearchDoc(Kind.ACTION, String.valueOf(t.id()), List.of(new Segment(lang, t.title())), body,
                new Filters(areas, t.cycle(), reporter.type().name(), Set.copyOf(t.commitments())), Map.of("en", t.title()),
                "/actions/" + t.id(), new SearchDoc.ActionFacts(reporter.id(), reporter.code(), t.status().name(), t.cycle(),
                t.commitments(), t.sample(), lang, t.state().name(),
                (t.publishedAt() != null && t.state() == org.a4ptracker.action.ActionState.PUBLISHED ? t.publishedAt() : t.updatedAt())
                        .toEpochMilli(), reporter.names()));
    }

    private SearchDoc stakeholder(StakeholderSummary s) {
        var body = new ArrayList<Segment>();
        for (String v : new String[] {s.iso2(), s.region()}) {
            if (v != null && !v.isBlank()) {
                body.add(neutral(v));
            }
        }
        return new SearchDoc(Kind.STAKEHOLDER, s.code(), withCode(names(s.names()), s.code()), body,
                new Filters(Set.of(), null, s.type().name(), Set.of()), labels(s.names()), "/stakeholders/" + s.code(), null);
    }

    List<Commitment> commitments() {
        return framework.commitments(new CommitmentFilter(null, null), new PageRequest(1, PageRequest.MAX_SIZE)).items();
    }

    Map<Integer, Integer> areaOfCommitment() {
        var map = new HashMap<Integer, Integer>();
        commitments().forEach(c -> map.put(c.number(), c.area()));
        return map;
    }

    private static List<Segment> names(LocalizedNames names) {
        var segments = new ArrayList<Segment>();
        names.asMap().forEach((lang, name) -> {
            if (name != null && !name.isBlank()) {
                segments.add(new Segment(Analysis.ofLanguageTag(lang), name));
            }
        });
        return segments;
    }

    private static List<Segment> withCode(List<Segment> names, String code) {
        var all = new ArrayList<>(names);
        all.add(neutral(code));
        return all;
    }

    private static Map<String, String> labels(LocalizedNames names) {
        var labels = new LinkedHashMap<String, String>();
        names.asMap().forEach((lang, name) -> {
            if (name != null && !name.isBlank()) {
                labels.put(lang, name);
            }
        });
        return labels;
    }

    private static Segment en(String text) {
        return new Segment(Analysis.Lang.EN, text);
    }

    private static Segment neutral(String text) {
        return new Segment(Analysis.Lang.NEUTRAL, text);
    }

    private static Segment guessed(String text) {
        return new Segment(Analysis.guess(text), text);
    }
}
