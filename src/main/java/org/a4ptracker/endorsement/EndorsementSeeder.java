package org.a4ptracker.endorsement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Random;

import org.a4ptracker.shared.ReferenceData;
import org.a4ptracker.shared.SampleDataProperties;
import org.a4ptracker.stakeholder.StakeholderService;
import org.a4ptracker.stakeholder.StakeholderType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the published endorsement counts (public, with sources) and, in sample mode, generated
 * individual endorsements that add up to those counts: which states endorsed when is not in our
 * sources, so those rows are marked sample.
 */
@Component
@Order(30)
class EndorsementSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EndorsementSeeder.class);

    private final EndorsementRepository repository;
    private final StakeholderService stakeholders;
    private final SampleDataProperties sample;

    EndorsementSeeder(EndorsementRepository repository, StakeholderService stakeholders, SampleDataProperties sample) {
        this.repository = repository;
        this.stakeholders = stakeholders;
        this.sample = sample;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        ReferenceData.read("data/endorsement/counts.csv").forEach(r -> repository.upsertCount(new EndorsementCount(
                LocalDate.parse(r.get("as_of")), ReferenceData.optionalInt(r, "member_states"),
                ReferenceData.optionalInt(r, "organisations"), Integer.parseInt(r.get("total")), r.get("source"),
                ReferenceData.optional(r, "note"))));
        // the organisations the Declaration's page names: real endorsements with their source, in every mode
        ReferenceData.read("data/endorsement/organisations.csv").forEach(r -> repository.insertPublic(
                stakeholders.summary(r.get("stakeholder")).id(), LocalDate.parse(r.get("endorsed_on")), r.get("reference"),
                ReferenceData.optional(r, "note")));
        if (sample.enabled() && !repository.anySample()) {
            generateSample();
        }
    }

    /** 146 states and the 4 organisations at the high-level meeting, then 2 more by Sep 2019 and 2 by Sep 2020. */
    private void generateSample() {
        var states = new ArrayList<>(stakeholders.byType(StakeholderType.MEMBER_STATE));
        Collections.shuffle(states, new Random(2018));
        LocalDate meeting = LocalDate.of(2018, 9, 25);
        for (int i = 0; i < 150; i++) {
            LocalDate on = i < 146 ? meeting : i < 148 ? LocalDate.of(2019, 3 + i - 146, 15) : LocalDate.of(2020, 2 + i - 148, 10);
            repository.insertSample(states.get(i).id(), on);
        }
        log.info("Sample endorsements generated: 150 Member States (labelled as sample)");
    }
}
