package org.a4ptracker.stakeholder;

import java.time.Clock;
import java.time.Year;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.a4ptracker.shared.ReferenceData;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the public reference data of the directory at every start, merged on natural keys.
 * Roles seeded are only the public, certain ones: the five permanent Council members and the
 * hosts of missions, for the years since A4P began (2018).
 */
@Component
@Order(20)
class StakeholderSeeder implements ApplicationRunner {

    static final int FIRST_ROLE_YEAR = 2018;
    static final String PERMANENT_MEMBER_SOURCE = "Charter of the United Nations, Article 23 (permanent members)";
    private static final Logger log = LoggerFactory.getLogger(StakeholderSeeder.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    StakeholderSeeder(JdbcClient jdbc, java.util.Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var states = ReferenceData.read("data/stakeholder/states.csv");
        states.forEach(this::upsertState);
        var others = ReferenceData.read("data/stakeholder/organisations.csv");
        others.forEach(r -> upsert(r.get("code"), r.get("type"), r.get("name_en"), r.get("name_fr"), r.get("name_es"),
                r.get("name_ru"), r.get("name_zh"), r.get("name_ar"), null, null, null, null, sourceWithNames(r)));
        var missions = ReferenceData.read("data/stakeholder/missions.csv");
        missions.forEach(this::upsertMission);
        missions.forEach(this::linkMission);
        int thisYear = Year.now(clock).getValue();
        for (String p5 : new String[]{"CHN", "FRA", "RUS", "GBR", "USA"}) {
            for (int y = FIRST_ROLE_YEAR; y <= thisYear; y++) {
                addRole(p5, RoleType.SECURITY_COUNCIL_MEMBER, y, PERMANENT_MEMBER_SOURCE);
            }
        }
        missions.forEach(m -> addHostRoles(m, thisYear));
        log.info("Stakeholder directory loaded: {} states, {} organisations and entities, {} missions",
                states.size(), others.size(), missions.size());
    }

    /** The row's source, and where its names in the other languages come from. */
    private static String sourceWithNames(CSVRecord r) {
        return r.get("source") + "; names: " + r.get("names_source");
    }

    private void upsertState(CSVRecord r) {
        String type = "OBSERVER".equals(r.get("status")) ? "OBSERVER_STATE" : "MEMBER_STATE";
        upsert(r.get("alpha3"), type, r.get("name_en"), r.get("name_fr"), r.get("name_es"), r.get("name_ru"),
                r.get("name_zh"), r.get("name_ar"), r.get("alpha2"), r.get("numeric"), r.get("region"),
                ReferenceData.optional(r, "un_regional_group"), r.get("source"));
    }

    private void upsertMission(CSVRecord r) {
        upsert(r.get("code"), "MISSION", r.get("name_en"), r.get("name_fr"), r.get("name_es"), r.get("name_ru"),
                r.get("name_zh"), r.get("name_ar"), null, null, null, null, sourceWithNames(r));
        jdbc.sql("""
                merge into mission t
                using (select s.id as stakeholder_id, cast(:location as varchar(200)) as location,
                              cast(:startYear as integer) as start_year, cast(:endYear as integer) as end_year,
                              cast(:note as varchar(500)) as note
                       from stakeholder s where s.code = :code) s
                on t.stakeholder_id = s.stakeholder_id
                when matched then update set location = s.location, start_year = s.start_year,
                                             end_year = s.end_year, note = s.note
                when not matched then insert (stakeholder_id, location, start_year, end_year, note)
                                      values (s.stakeholder_id, s.location, s.start_year, s.end_year, s.note)
                """)
                .param("code", r.get("code")).param("location", r.get("location"))
                .param("startYear", Integer.valueOf(r.get("start_year"))).param("endYear", ReferenceData.optionalInt(r, "end_year"))
                .param("note", ReferenceData.optional(r, "note"))
                .update();
    }

    private void linkMission(CSVRecord r) {
        jdbc.sql("""
                update mission set predecessor_id = (select id from stakeholder where code = :predecessor)
                where stakeholder_id = (select id from stakeholder where code = :code)
                """)
                .param("code", r.get("code")).param("predecessor", ReferenceData.optional(r, "predecessor")).update();
        for (String host : hosts(r)) {
            jdbc.sql("""
                    insert into mission_host (mission_id, state_id)
                    select m.id, h.id from stakeholder m, stakeholder h
                    where m.code = :code and h.iso2 = :host
                      and not exists (select 1 from mission_host x where x.mission_id = m.id and x.state_id = h.id)
                    """)
                    .param("code", r.get("code")).param("host", host).update();
        }
    }

    private void addHostRoles(CSVRecord mission, int thisYear) {
        Integer end = ReferenceData.optionalInt(mission, "end_year");
        int from = Math.max(FIRST_ROLE_YEAR, Integer.parseInt(mission.get("start_year")));
        int to = end == null ? thisYear : Math.min(end, thisYear);
        for (String host : hosts(mission)) {
            String alpha3 = new Locale("", host).getISO3Country();
            for (int y = from; y <= to; y++) {
                addRole(alpha3, RoleType.HOST_COUNTRY, y, "Host of " + mission.get("code") + " (" + mission.get("source") + ")");
            }
        }
    }

    private static java.util.List<String> hosts(CSVRecord r) {
        String raw = ReferenceData.optional(r, "hosts");
        return raw == null ? java.util.List.of() : java.util.List.of(raw.split(";"));
    }

    private void addRole(String code, RoleType role, int year, String source) {
        jdbc.sql("""
                insert into stakeholder_role (stakeholder_id, role, role_year, source)
                select s.id, :role, :year, :source from stakeholder s
                where s.code = :code
                  and not exists (select 1 from stakeholder_role r where r.stakeholder_id = s.id and r.role = :role and r.role_year = :year)
                """)
                .param("code", code).param("role", role.name()).param("year", year).param("source", source).update();
    }

    private void upsert(String code, String type, String en, String fr, String es, String ru, String zh, String ar,
                        String iso2, String numeric, String region, String group, String source) {
        String search = Stream.of(code, en, fr, es, ru, zh, ar).filter(s -> s != null)
                .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.joining(" | "));
        jdbc.sql("""
                merge into stakeholder t
                using (select cast(:code as varchar(20)) as code, cast(:type as varchar(30)) as type,
                              cast(:en as varchar(300)) as name_en, cast(:fr as varchar(300)) as name_fr,
                              cast(:es as varchar(300)) as name_es, cast(:ru as varchar(300)) as name_ru,
                              cast(:zh as varchar(300)) as name_zh, cast(:ar as varchar(300)) as name_ar,
                              cast(:search as varchar(1000)) as search_name, cast(:iso2 as varchar(2)) as iso2,
                              cast(:numeric as varchar(3)) as iso_numeric, cast(:region as varchar(40)) as region,
                              cast(:grp as varchar(60)) as regional_group, cast(:source as varchar(500)) as source) s
                on t.code = s.code
                when matched then update set type = s.type, name_en = s.name_en, name_fr = s.name_fr, name_es = s.name_es,
                     name_ru = s.name_ru, name_zh = s.name_zh, name_ar = s.name_ar, search_name = s.search_name,
                     iso2 = s.iso2, iso_numeric = s.iso_numeric, region = s.region, regional_group = s.regional_group,
                     source = s.source
                when not matched then insert (code, type, name_en, name_fr, name_es, name_ru, name_zh, name_ar, search_name,
                                              iso2, iso_numeric, region, regional_group, source, sample)
                     values (s.code, s.type, s.name_en, s.name_fr, s.name_es, s.name_ru, s.name_zh, s.name_ar, s.search_name,
                             s.iso2, s.iso_numeric, s.region, s.regional_group, s.source, false)
                """)
                .param("code", code).param("type", type).param("en", en).param("fr", fr).param("es", es).param("ru", ru)
                .param("zh", zh).param("ar", ar).param("search", search).param("iso2", iso2).param("numeric", numeric)
                .param("region", region).param("grp", group).param("source", source)
                .update();
    }
}
