package org.a4ptracker.sample;

import java.time.Duration;
import java.util.List;

import org.a4ptracker.identity.AuditLog;
import org.a4ptracker.progress.SummaryService;
import org.a4ptracker.shared.SampleDataProperties;
import org.a4ptracker.shared.SampleGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At the first start in sample mode, generates the sample instance: each module's part in turn (a progress line
 * each), all in one transaction, so that a start stopped half-way leaves nothing and the next start begins again;
 * then one recompute of the public summaries, whose version rows tell every node's kept figures to go. The parts
 * write in bulk the same rows the services write (see each part), so pages, exports, search and the summaries see
 * generated data exactly as they see data entered through the app. Later starts find the parts done and skip them.
 */
@Component
@Order(45)
class SampleInstance implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleInstance.class);

    private final List<SampleGenerator> parts;
    private final SummaryService summaries;
    private final SampleDataProperties sample;
    private final TransactionTemplate transaction;
    private final AuditLog audit;

    SampleInstance(List<SampleGenerator> parts, SummaryService summaries, SampleDataProperties sample, TransactionTemplate transaction,
                   AuditLog audit) {
        this.audit = audit;
        this.parts = parts;
        this.summaries = summaries;
        this.sample = sample;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!sample.enabled()) {
            return;
        }
        var pending = parts.stream().filter(SampleGenerator::pending).toList();
        if (pending.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        log.info("Generating the sample instance (first start only, {} parts)...", pending.size());
        transaction.executeWithoutResult(status -> {
            var done = new java.util.ArrayList<String>();
            for (SampleGenerator part : pending) {
                long t = System.nanoTime();
                done.add(part.part() + ": " + part.generate());
                log.info("Sample instance [{}/{}] {} ({} s)", done.size(), pending.size(), done.get(done.size() - 1),
                        seconds(System.nanoTime() - t));
            }
            audit.changed(null, "GENERATE_SAMPLE_INSTANCE", "sample", "instance", null, String.join("; ", done));
            var recomputed = summaries.recomputeSummaries(null);
            log.info("Sample instance: summaries recomputed ({} action tally rows, {} published rounds, {} indicator yearly rows)",
                    recomputed.actionTallyRows(), recomputed.surveyRounds(), recomputed.indicatorYearRows());
        });
        log.info("Sample instance generated in {} s (labelled as sample wherever it shows; A4P_SAMPLE_DATA=false starts without it)",
                seconds(System.nanoTime() - started));
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", Duration.ofNanos(nanos).toMillis() / 1000.0);
    }
}
