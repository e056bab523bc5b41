package org.a4ptracker.stakeholder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.a4ptracker.shared.NotFoundException;
import org.a4ptracker.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Stakeholder directory on a real database; run on H2 and on PostgreSQL by the subclasses. */
abstract class StakeholderRepositoryContract {

    @Autowired
    StakeholderService service;
    @Autowired
    StakeholderSeeder seeder;
    @Autowired
    JdbcClient jdbc;

    private long count(StakeholderFilter filter) {
        return service.find(filter, new PageRequest(1, 10)).totalItems();
    }

    @Test
    void has193MemberStatesAndTwoObserverStates() {
        assertThat(count(new StakeholderFilter(StakeholderType.MEMBER_STATE, null, null, null, null))).isEqualTo(193);
        assertThat(service.byType(StakeholderType.OBSERVER_STATE)).extracting(StakeholderSummary::code)
                .containsExactlyInAnyOrder("PSE", "VAT");
        assertThat(service.byType(StakeholderType.ORGANISATION)).extracting(StakeholderSummary::code)
                .containsExactlyInAnyOrder("EU", "AU", "OIF", "NATO");
        assertThat(service.byType(StakeholderType.SECRETARIAT_ENTITY)).extracting(StakeholderSummary::code)
                .contains("DPO", "DOS", "DPPA", "DMSPC");
    }

    @Test
    void statesHaveIsoCodesAndNamesInTheSixLanguages() {
        var france = service.summary("FRA");
        assertThat(france.iso2()).isEqualTo("FR");
        assertThat(france.isoNumeric()).isEqualTo("250");
        assertThat(france.region()).isEqualTo("Europe");
        assertThat(france.names().asMap()).containsExactly(
                java.util.Map.entry("en", "France"), java.util.Map.entry("fr", "France"), java.util.Map.entry("es", "Francia"),
                java.util.Map.entry("ru", "Франция"), java.util.Map.entry("zh", "法国"), java.util.Map.entry("ar", "فرنسا"));
        assertThat(service.summary("PSE").names().en()).isEqualTo("State of Palestine");
        assertThat(jdbc.sql("select count(*) from stakeholder where type in ('MEMBER_STATE', 'OBSERVER_STATE') "
                + "and (name_ar is null or name_zh is null or name_ru is null or name_es is null or name_fr is null or iso_numeric is null)")
                .query(Long.class).single()).isZero();
    }

    @Test
    void listsActiveAndClosedMissions() {
        assertThat(service.missions(true)).extracting(Mission::code).containsExactlyInAnyOrder("UNTSO", "UNMOGIP", "UNFICYP",
                "UNDOF", "UNIFIL", "MINURSO", "UNMIK", "MONUSCO", "UNISFA", "UNMISS", "MINUSCA");
        assertThat(service.missions(false)).extracting(Mission::code).containsExactlyInAnyOrder("MINUSMA", "UNAMID",
                "MINUJUSTH", "MINUSTAH", "UNMIL", "UNOCI", "MONUC");
        var minusma = service.mission("MINUSMA");
        assertThat(minusma.startYear()).isEqualTo(2013);
        assertThat(minusma.endYear()).isEqualTo(2023);
        assertThat(minusma.hosts()).extracting(Mission.HostRef::code).containsExactly("MLI");
        assertThat(service.mission("UNMOGIP").hosts()).extracting(Mission.HostRef::code).containsExactly("IND", "PAK");
        assertThat(service.mission("MONUSCO").predecessor()).isEqualTo("MONUC");
        assertThat(service.mission("MINURSO").hosts()).isEmpty();
    }

    @Test
    void filtersByRoleInAYearByRegionAndByName() {
        var hosts2020 = service.find(new StakeholderFilter(null, RoleType.HOST_COUNTRY, 2020, null, null), new PageRequest(1, 50));
        assertThat(hosts2020.items()).extracting(StakeholderSummary::code).containsExactlyInAnyOrder(
                "CAF", "CYP", "COD", "IND", "LBN", "MLI", "PAK", "SSD", "SDN", "SYR");
        assertThat(service.find(new StakeholderFilter(null, RoleType.HOST_COUNTRY, 2019, null, null), new PageRequest(1, 50)).items())
                .extracting(StakeholderSummary::code).contains("HTI").doesNotContain("LBR").hasSize(11);
        assertThat(service.find(new StakeholderFilter(null, RoleType.HOST_COUNTRY, 2018, null, null), new PageRequest(1, 50)).items())
                .extracting(StakeholderSummary::code).contains("HTI", "LBR").hasSize(12);
        var hosts2024 = service.find(new StakeholderFilter(null, RoleType.HOST_COUNTRY, 2024, null, null), new PageRequest(1, 50));
        assertThat(hosts2024.items()).extracting(StakeholderSummary::code).doesNotContain("MLI", "SDN", "HTI");
        assertThat(service.find(new StakeholderFilter(null, RoleType.SECURITY_COUNCIL_MEMBER, 2019, null, null), new PageRequest(1, 50))
                .items()).extracting(StakeholderSummary::code).containsExactlyInAnyOrder("CHN", "FRA", "RUS", "GBR", "USA");
        assertThat(count(new StakeholderFilter(StakeholderType.MEMBER_STATE, null, null, "Africa", null))).isEqualTo(54);
        assertThat(service.find(new StakeholderFilter(null, null, null, null, "côte"), new PageRequest(1, 10)).items())
                .extracting(StakeholderSummary::code).contains("CIV");
        assertThat(service.find(new StakeholderFilter(null, null, null, null, "Франция"), new PageRequest(1, 10)).items())
                .extracting(StakeholderSummary::code).containsExactly("FRA");
        assertThat(count(new StakeholderFilter(null, null, null, null, "%"))).isZero();
        assertThat(count(new StakeholderFilter(null, null, null, null, "_"))).isZero();
    }

    @Test
    void paginatesInAStableOrder() {
        var filter = new StakeholderFilter(StakeholderType.MEMBER_STATE, null, null, null, null);
        var first = service.find(filter, new PageRequest(1, 100));
        var second = service.find(filter, new PageRequest(2, 100));
        assertThat(first.items()).hasSize(100);
        assertThat(second.items()).hasSize(93);
        assertThat(second.totalPages()).isEqualTo(2);
        assertThat(first.items().get(0).names().en()).isEqualTo("Afghanistan");
        assertThat(first.items()).extracting(StakeholderSummary::code).doesNotContainAnyElementsOf(
                second.items().stream().map(StakeholderSummary::code).toList());
    }

    @Test
    void profileGroupsRolesIntoSpansOfYears() {
        var cyprus = service.profile("CYP");
        assertThat(cyprus.roles()).singleElement().satisfies(span -> {
            assertThat(span.role()).isEqualTo(RoleType.HOST_COUNTRY);
            assertThat(span.fromYear()).isEqualTo(2018);
        });
        assertThat(cyprus.missionsHosted()).extracting(Mission::code).containsExactly("UNFICYP");
        assertThat(service.profile("UNIFIL").mission().note()).contains("31 Dec 2026");
        assertThatThrownBy(() -> service.profile("NOPE")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void reloadingDuplicatesNothing() throws Exception {
        long before = jdbc.sql("select count(*) from stakeholder").query(Long.class).single();
        long roles = jdbc.sql("select count(*) from stakeholder_role").query(Long.class).single();
        long id = service.summary("FRA").id();
        seeder.run(new DefaultApplicationArguments());
        assertThat(jdbc.sql("select count(*) from stakeholder").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from stakeholder_role").query(Long.class).single()).isEqualTo(roles);
        assertThat(service.summary("FRA").id()).isEqualTo(id);
    }
}
