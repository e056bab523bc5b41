package org.a4ptracker.progress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar a4p-tracker.jar --a4p.recompute-summaries} (with the database settings of the nodes): recomputes
 * every summary after the seeders ran, then stops the process with exit code 0. The running nodes pick the new figures
 * up on their next request.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class RecomputeSummariesCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RecomputeSummariesCommand.class);

    private final SummaryService summaries;
    private final ConfigurableApplicationContext context;

    RecomputeSummariesCommand(SummaryService summaries, ConfigurableApplicationContext context) {
        this.summaries = summaries;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption("a4p.recompute-summaries")) {
            return;
        }
        var done = summaries.recomputeSummaries(null);
        log.info("Summaries recomputed: {} action tally rows, {} published survey rounds, {} indicator yearly rows",
                done.actionTallyRows(), done.surveyRounds(), done.indicatorYearRows());
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
