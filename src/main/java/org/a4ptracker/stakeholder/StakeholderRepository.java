package org.a4ptracker.stakeholder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.a4ptracker.shared.LocalizedNames;
import org.a4ptracker.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class StakeholderRepository {

    private static final String SUMMARY = """
            select s.id, s.code, s.type, s.name_en, s.name_fr, s.name_es, s.name_ru, s.name_zh, s.name_ar,
                   s.iso2, s.iso_numeric, s.region, s.sample
            from stakeholder s
            """;

    private static final String FILTER = """
            where (cast(:type as varchar(30)) is null or s.type = :type)
              and (cast(:region as varchar(40)) is null or s.region = :region)
              and (cast(:pattern as varchar(300)) is null or s.search_name like :pattern escape '\\')
              and (cast(:role as varchar(40)) is null or exists (
                    select 1 from stakeholder_role r
                    where r.stakeholder_id = s.id and r.role = :role
                      and (cast(:year as integer) is null or r.role_year = :year)))
            """;

    private final JdbcClient jdbc;

    StakeholderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StakeholderSummary> find(StakeholderFilter filter, PageRequest page) {
        return bind(jdbc.sql(SUMMARY + FILTER + " order by s.type, s.name_en limit :limit offset :offset"), filter)
                .param("limit", page.size()).param("offset", page.offset())
                .query(StakeholderRepository::summary).list();
    }

    long count(StakeholderFilter filter) {
        return bind(jdbc.sql("select count(*) from stakeholder s " + FILTER), filter).query(Long.class).single();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, StakeholderFilter f) {
        return spec.param("type", f.type() == null ? null : f.type().name())
                .param("region", f.region())
                .param("pattern", f.likePattern())
                .param("role", f.role() == null ? null : f.role().name())
                .param("year", f.year());
    }

    Optional<StakeholderSummary> byCode(String code) {
        return jdbc.sql(SUMMARY + " where s.code = :code").param("code", code)
                .query(StakeholderRepository::summary).optional();
    }

    List<StakeholderSummary> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SUMMARY + " where s.id in (:ids)").param("ids", ids)
                .query(StakeholderRepository::summary).list();
    }

    List<StakeholderSummary> byType(StakeholderType type) {
        return jdbc.sql(SUMMARY + " where s.type = :type order by s.name_en").param("type", type.name())
                .query(StakeholderRepository::summary).list();
    }

    List<String> regions() {
        return jdbc.sql("select distinct region from stakeholder where region is not null order by region")
                .query(String.class).list();
    }

    Optional<String[]> details(long id) {
        return jdbc.sql("select regional_group, source from stakeholder where id = :id").param("id", id)
                .query((rs, i) -> new String[]{rs.getString("regional_group"), rs.getString("source")}).optional();
    }

    List<StakeholderProfile.RoleSpan> roles(long stakeholderId) {
        record Row(RoleType role, int year, String source) {
        }
        List<Row> rows = jdbc.sql("""
                select role, role_year, source from stakeholder_role
                where stakeholder_id = :id order by role, role_year
                """)
                .param("id", stakeholderId)
                .query((rs, i) -> new Row(RoleType.valueOf(rs.getString("role")), rs.getInt("role_year"), rs.getString("source")))
                .list();
        var spans = new java.util.ArrayList<StakeholderProfile.RoleSpan>();
        for (Row r : rows) {
            var last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && last.role() == r.role() && last.toYear() + 1 == r.year() && last.source().equals(r.source())) {
                spans.set(spans.size() - 1, new StakeholderProfile.RoleSpan(r.role(), last.fromYear(), r.year(), r.source()));
            } else {
                spans.add(new StakeholderProfile.RoleSpan(r.role(), r.year(), r.year(), r.source()));
            }
        }
        return spans;
    }

    private static final String MISSION = """
            select s.id, s.code, s.name_en, s.name_fr, s.name_es, s.name_ru, s.name_zh, s.name_ar, s.source,
                   m.location, m.start_year, m.end_year, m.note, p.code as predecessor
            from mission m
            join stakeholder s on s.id = m.stakeholder_id
            left join stakeholder p on p.id = m.predecessor_id
            """;

    /** All missions with their hosts, in two queries whatever the number of missions. */
    List<Mission> missions(Boolean active, Long hostId, String code, PageRequest page) {
        record Row(long id, Mission mission) {
        }
        List<Row> rows = jdbc.sql(MISSION + """
                where (cast(:active as boolean) is null or (m.end_year is null) = :active)
                  and (cast(:code as varchar(20)) is null or s.code = :code)
                  and (cast(:host as bigint) is null or exists (
                        select 1 from mission_host h where h.mission_id = s.id and h.state_id = :host))
                order by m.end_year desc nulls first, s.code
                limit :limit offset :offset
                """)
                .param("active", active).param("code", code).param("host", hostId)
                .param("limit", page.size()).param("offset", page.offset())
                .query((rs, i) -> new Row(rs.getLong("id"), new Mission(rs.getString("code"), names(rs),
                        rs.getString("location"), new java.util.ArrayList<>(), rs.getInt("start_year"),
                        (Integer) rs.getObject("end_year", Integer.class), rs.getString("predecessor"),
                        rs.getString("note"), rs.getString("source"))))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        var byId = new java.util.HashMap<Long, Mission>();
        rows.forEach(r -> byId.put(r.id(), r.mission()));
        jdbc.sql("""
                select h.mission_id, s.code, s.name_en, s.name_fr, s.name_es, s.name_ru, s.name_zh, s.name_ar
                from mission_host h join stakeholder s on s.id = h.state_id
                where h.mission_id in (:ids) order by s.name_en
                """)
                .param("ids", byId.keySet())
                .query((rs, i) -> byId.get(rs.getLong("mission_id")).hosts()
                        .add(new Mission.HostRef(rs.getString("code"), names(rs))))
                .list();
        return rows.stream().map(Row::mission).toList();
    }

    long countMissions(Boolean active) {
        return jdbc.sql("select count(*) from mission m where cast(:active as boolean) is null or (m.end_year is null) = :active")
                .param("active", active).query(Long.class).single();
    }

    static StakeholderSummary summary(ResultSet rs, int i) throws SQLException {
        return new StakeholderSummary(rs.getLong("id"), rs.getString("code"), StakeholderType.valueOf(rs.getString("type")),
                names(rs), rs.getString("iso2"), rs.getString("iso_numeric"), rs.getString("region"), rs.getBoolean("sample"));
    }

    static LocalizedNames names(ResultSet rs) throws SQLException {
        return new LocalizedNames(rs.getString("name_en"), rs.getString("name_fr"), rs.getString("name_es"),
                rs.getString("name_ru"), rs.getString("name_zh"), rs.getString("name_ar"));
    }
}
