package org.a4ptracker.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;

import org.a4ptracker.shared.NotFoundException;
import org.a4ptracker.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Framework catalogue on a real database; run on H2 and on PostgreSQL by the subclasses. */
abstract class FrameworkRepositoryContract {

    @Autowired
    FrameworkService service;
    @Autowired
    FrameworkSeeder seeder;
    @Autowired
    JdbcClient jdbc;

    private long idOfCommitment(int number) {
        return jdbc.sql("select id from commitment where number = :n").param("n", number).query(Long.class).single();
    }

    @Test
    void theDeclarationIsLoaded() {
        assertThat(service.commitments(new CommitmentFilter(null, null), new PageRequest(1, 100)).totalItems()).isEqualTo(45);
        assertThat(service.areas()).hasSize(8);
        assertThat(service.commitment(23).text()).isEqualTo("[The Secretary-General commits] to provide effective field support to peacekeeping operations");
        assertThat(service.commitment(23).areaTitle()).isEqualTo("Performance and accountability");
    }

    @Test
    void countsCommitmentsByAreaAndActor() {
        Area five = service.area(5);
        assertThat(five.commitmentCount()).isEqualTo(12);
        assertThat(five.count(Actor.COLLECTIVE)).isEqualTo(3);
        assertThat(five.count(Actor.SECRETARY_GENERAL)).isEqualTo(6);
        assertThat(five.count(Actor.MEMBER_STATES)).isEqualTo(3);
        assertThat(five.count(Actor.HOST_GOVERNMENTS)).isZero();
        assertThat(service.areas().stream().mapToInt(Area::commitmentCount).sum()).isEqualTo(45);
    }

    @Test
    void pagesAndFiltersCommitments() {
        var page = service.commitments(new CommitmentFilter(null, null), new PageRequest(3, 20));
        assertThat(page.items()).extracting(Commitment::number).containsExactly(41, 42, 43, 44, 45);
        assertThat(page.totalPages()).isEqualTo(3);
        assertThat(service.commitments(new CommitmentFilter(null, Actor.HOST_GOVERNMENTS), new PageRequest(1, 10)).items())
                .extracting(Commitment::number).containsExactly(39);
        assertThat(service.commitments(new CommitmentFilter(2, null), new PageRequest(1, 10)).items())
                .extracting(Commitment::number).containsExactly(10, 11, 12);
    }

    @Test
    void unknownNumbersAreNotFound() {
        assertThatThrownBy(() -> service.commitment(46)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.area(9)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void reloadingDuplicatesNothingAndKeepsIds() {
        long id = idOfCommitment(23);
        seeder.load(DeclarationData.load());
        seeder.load(DeclarationData.load());
        assertThat(jdbc.sql("select count(*) from commitment").query(Long.class).single()).isEqualTo(45);
        assertThat(jdbc.sql("select count(*) from area").query(Long.class).single()).isEqualTo(8);
        assertThat(jdbc.sql("select count(*) from framework_element_area").query(Long.class).single()).isEqualTo(12);
        assertThat(idOfCommitment(23)).isEqualTo(id);
    }

    @Test
    void aCorrectedDataFileUpdatesTheRowInPlace() {
        var original = DeclarationData.load();
        long id = idOfCommitment(1);
        var corrected = new ArrayList<>(original.commitments());
        var first = corrected.get(0);
        corrected.set(0, new DeclarationData.CommitmentRow(1, first.area(), first.actor(), first.paragraph(), "Corrected text", first.source()));
        try {
            seeder.load(new DeclarationData(original.frameworks(), original.areas(), corrected, original.a4pPlusElements(), original.a4pPlusMapping()));
            assertThat(service.commitment(1).text()).isEqualTo("Corrected text");
            assertThat(idOfCommitment(1)).isEqualTo(id);
        } finally {
            seeder.load(original);
        }
        assertThat(service.commitment(1).text()).isEqualTo(first.text());
    }

    @Test
    void anEditedMappingSurvivesARestart() {
        String confirm = """
                update framework_element_area set confirmed = :c
                where element_id = (select id from framework_element where code = 'P1')
                """;
        try {
            jdbc.sql(confirm).param("c", true).update();
            seeder.load(DeclarationData.load());
            assertThat(service.mappingsOfArea(1)).filteredOn(m -> m.element().equals("P1"))
                    .singleElement().extracting(FrameworkService.FrameworkMapping::confirmed).isEqualTo(true);
        } finally {
            jdbc.sql(confirm).param("c", false).update();
        }
    }

    @Test
    void frameworksCarryTheirElementsAndMappings() {
        var plus = service.framework("A4P_PLUS");
        assertThat(plus.startYear()).isEqualTo(2021);
        assertThat(plus.endYear()).isEqualTo(2023);
        assertThat(plus.elements()).hasSize(9);
        assertThat(plus.elements().get(0).title()).isEqualTo("Collective coherence behind a political strategy");
        assertThat(plus.elements()).flatExtracting(Framework.Element::areas).allMatch(link -> !link.confirmed());
        assertThat(service.framework("A4P").endYear()).isNull();
    }
}
