package org.a4ptracker.action;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.a4ptracker.identity.AccountService;
import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.shared.SampleDataProperties;
import org.a4ptracker.stakeholder.StakeholderService;
import org.a4ptracker.stakeholder.StakeholderSummary;
import org.a4ptracker.stakeholder.StakeholderType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In sample mode, generated actions (marked sample) so that lists, review and reporting status
 * have something to show: published actions of several stakeholders, and for the sample focal
 * points a draft, a returned action and a submission waiting in the review queue.
 */
@Component
@Order(50)
class SampleActions implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleActions.class);
    private static final String[] WHAT = {"Pre-deployment training on the protection of civilians for", "Deployment of a gender adviser to",
            "Casualty-evacuation drill held with", "Conduct and discipline briefing for", "Community engagement programme with",
            "Solar power installed at a camp of", "Human rights screening of personnel sent to", "Joint analysis workshop with"};
    private static final String[] WHOM = {"a formed police unit", "an infantry battalion", "staff officers", "military observers",
            "civilian staff", "local authorities", "women's associations", "the host government"};

    private final ActionService actions;
    private final ActionRepository repository;
    private final StakeholderService stakeholders;
    private final AccountService accounts;
    private final SampleDataProperties sample;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ActionSummaries summaries;

    SampleActions(ActionService actions, ActionRepository repository, StakeholderService stakeholders, AccountService accounts,
                  SampleDataProperties sample, JdbcClient jdbc, Optional<Clock> clock, ActionSummaries summaries) {
        this.summaries = summaries;
        this.actions = actions;
        this.repository = repository;
        this.stakeholders = stakeholders;
        this.accounts = accounts;
        this.sample = sample;
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!sample.enabled() || jdbc.sql("select count(*) from action").query(Long.class).single() > 0) {
            return;
        }
        CurrentUser author = user("focal.point@example.org");
        CurrentUser missionAuthor = user("mission.focal.point@example.org");
        CurrentUser reviewer = user("reviewer@example.org");
        if (author == null || reviewer == null || missionAuthor == null) {
            return;
        }
        var random = new Random(45);
        var states = new ArrayList<>(stakeholders.byType(StakeholderType.MEMBER_STATE));
        java.util.Collections.shuffle(states, random);
        var reporters = new ArrayList<StakeholderSummary>(states.subList(0, 24));
        reporters.addAll(stakeholders.byType(StakeholderType.MISSION).stream().filter(m -> m.code().startsWith("MIN")).toList());
        reporters.add(stakeholders.summary("DPO"));
        reporters.add(stakeholders.summary("GHA"));
        int published = 0;
        for (StakeholderSummary reporter : reporters) {
            for (int i = 0; i < 1 + random.nextInt(3); i++) {
                publish(author, reviewer, reporter, content(random, reporter));
                published++;
            }
        }
        long ghana = stakeholders.summary("GHA").id();
        actions.insert(author, ghana, content(random, stakeholders.summary("GHA")), true);
        long returned = actions.insert(author, ghana, content(random, stakeholders.summary("GHA")), true);
        actions.submit(author, returned, 0);
        actions.returnToFocalPoint(reviewer, returned, 1, "Please add the number of personnel trained and a link to the course report.");
        long minusca = stakeholders.summary("MINUSCA").id();
        long submitted = actions.insert(missionAuthor, minusca, content(random, stakeholders.summary("MINUSCA")), true);
        actions.submit(missionAuthor, submitted, 0);
        summaries.recompute(); // the sample's publications above were written directly, not through the workflow
        log.info("Sample actions generated (labelled as sample): {} published, 3 in progress", published);
    }

    private void publish(CurrentUser author, CurrentUser reviewer, StakeholderSummary reporter, ActionContent content) {
        long id = actions.insertValidated(author, reporter.id(), content, List.of(), true);
        Instant at = LocalDate.of(content.reportingCycle(), 1 + (int) (id % 11), 10).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
        ActionHead head = repository.head(id).orElseThrow();
        repository.update(new ActionHead(id, reporter.id(), ActionState.PUBLISHED, 1, 1, null, 0, head.createdAt(), head.updatedAt(),
                at, at.isAfter(Instant.now(clock)) ? Instant.now(clock) : at, true), 0, reviewer.id(), Instant.now(clock));
        repository.insertEvent(id, reviewer.id(), ActionTransition.PUBLISH, ActionState.SUBMITTED, ActionState.PUBLISHED, 1, null,
                Instant.now(clock));
    }

    private static ActionContent content(Random random, StakeholderSummary reporter) {
        String title = WHAT[random.nextInt(WHAT.length)] + " " + WHOM[random.nextInt(WHOM.length)];
        int cycle = 2019 + random.nextInt(8);
        var commitments = new ArrayList<Integer>();
        commitments.add(1 + random.nextInt(45));
        if (random.nextBoolean()) {
            int second = 1 + random.nextInt(45);
            if (!commitments.contains(second)) {
                commitments.add(second);
            }
        }
        return new ActionContent(title, "Sample data, generated for demonstration: not a real report. " + reporter.names().en()
                + " reports this activity to show how the registry works.", ActionStatus.values()[random.nextInt(3)], cycle,
                LocalDate.of(cycle, 1 + random.nextInt(6), 1), null, commitments, List.of(),
                List.of("https://example.org/sample-evidence/" + Math.abs(random.nextInt())));
    }

    private CurrentUser user(String email) {
        return jdbc.sql("select id, display_name, administrator, reviewer from app_user where email = :email").param("email", email)
                .query((rs, i) -> new CurrentUser(rs.getLong(1), email, rs.getString(2), rs.getBoolean(3), rs.getBoolean(4),
                        java.util.Set.copyOf(jdbc.sql("select stakeholder_id from focal_point where user_id = :id")
                                .param("id", rs.getLong(1)).query(Long.class).list())))
                .optional().orElse(null);
    }
}
