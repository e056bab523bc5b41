package org.a4ptracker.endorsement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.a4ptracker.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Endorsements on a real database; run on H2 and on PostgreSQL by the subclasses. */
abstract class EndorsementRepositoryContract {

    @Autowired
    EndorsementService service;

    @Test
    void publishedCountsKeepWhatTheSourceDoesNotGiveAsNotReported() {
        var counts = service.publishedCounts();
        assertThat(counts).extracting(EndorsementCount::total).containsExactly(150, 152, 154);
        assertThat(counts.get(0).memberStates()).isEqualTo(146);
        assertThat(counts.get(0).organisations()).isEqualTo(4);
        assertThat(counts.get(1).memberStates()).isNull();
        assertThat(counts.get(1).organisations()).isNull();
        assertThat(counts.get(2).asOf()).isEqualTo(LocalDate.of(2020, 9, 14));
        assertThat(counts.get(2).source()).contains("SC/14300");
        assertThat(counts).allMatch(c -> c.source() != null && !c.source().isBlank());
    }

    @Test
    void sampleEndorsementsAreLabelledAndAddUpToThePublishedCounts() {
        var page = service.endorsements(new PageRequest(1, 200));
        assertThat(page.totalItems()).isEqualTo(154);
        // the states' endorsements are sample; the four organisations the Declaration's page names are real, with that source
        assertThat(page.items()).filteredOn(e -> !e.stakeholderType().equals("ORGANISATION")).allMatch(Endorsement::sample);
        assertThat(page.items()).filteredOn(e -> e.stakeholderType().equals("ORGANISATION"))
                .allMatch(e -> !e.sample() && e.reference().contains("peacekeeping.un.org"));
        assertThat(page.items()).filteredOn(e -> !e.endorsedOn().isAfter(LocalDate.of(2018, 9, 25))).hasSize(150);
        assertThat(page.items()).filteredOn(e -> !e.endorsedOn().isAfter(LocalDate.of(2019, 9, 1))).hasSize(152);
        assertThat(page.items()).filteredOn(e -> e.stakeholderType().equals("ORGANISATION")).hasSize(4);
        assertThat(service.includesSample()).isTrue();
    }

    @Test
    void endorsementPagesDoNotOverlap() {
        var first = service.endorsements(new PageRequest(1, 50));
        var fourth = service.endorsements(new PageRequest(4, 50));
        assertThat(first.items()).hasSize(50);
        assertThat(fourth.items()).hasSize(4);
        assertThat(first.items().get(0).stakeholderNames().en()).isNotBlank();
    }

    @Test
    void mapColoursStatesByEndorsement() {
        var map = service.map(Locale.ENGLISH);
        assertThat(map.endorsedStates()).isEqualTo(150);
        assertThat(map.notEndorsedStates()).isEqualTo(45);
        assertThat(map.sample()).isTrue();
        assertThat(map.shapes()).hasSizeGreaterThan(150);
        assertThat(map.shapes()).filteredOn(s -> "250".equals(s.isoNumeric())).singleElement()
                .satisfies(s -> assertThat(s.code()).isEqualTo("FRA"));
        assertThat(map.shapes()).filteredOn(s -> "732".equals(s.isoNumeric())).singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo("not-a-state"));
        assertThat(map.shapes()).allMatch(s -> s.isoNumeric().matches("\\d{3}")); // the id of its outline in the sprite
    }
}
