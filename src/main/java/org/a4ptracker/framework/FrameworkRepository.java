package org.a4ptracker.framework;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.a4ptracker.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FrameworkRepository {

    private final JdbcClient jdbc;

    FrameworkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void upsertFramework(DeclarationData.FrameworkRow f) {
        jdbc.sql("""
                merge into framework t
                using (select cast(:code as varchar(20)) as code, cast(:name as varchar(300)) as name,
                              cast(:startYear as integer) as start_year, cast(:endYear as integer) as end_year,
                              cast(:description as varchar(2000)) as description, cast(:source as varchar(500)) as source) s
                on t.code = s.code
                when matched then update set name = s.name, start_year = s.start_year, end_year = s.end_year,
                                             description = s.description, source = s.source
                when not matched then insert (code, name, start_year, end_year, description, source)
                                      values (s.code, s.name, s.start_year, s.end_year, s.description, s.source)
                """)
                .param("code", f.code()).param("name", f.name()).param("startYear", f.startYear())
                .param("endYear", f.endYear()).param("description", f.description()).param("source", f.source())
                .update();
    }

    void upsertArea(String framework, DeclarationData.AreaRow a) {
        jdbc.sql("""
                merge into area t
                using (select f.id as framework_id, cast(:number as integer) as number,
                              cast(:shortTitle as varchar(200)) as short_title, cast(:title as varchar(300)) as title,
                              cast(:statement as varchar(4000)) as statement, cast(:source as varchar(500)) as source
                       from framework f where f.code = :framework) s
                on t.framework_id = s.framework_id and t.number = s.number
                when matched then update set short_title = s.short_title, title = s.title,
                                             statement = s.statement, source = s.source
                when not matched then insert (framework_id, number, short_title, title, statement, source)
                                      values (s.framework_id, s.number, s.short_title, s.title, s.statement, s.source)
                """)
                .param("framework", framework).param("number", a.number()).param("shortTitle", a.shortTitle())
                .param("title", a.title()).param("statement", a.statement()).param("source", a.source())
                .update();
    }

    void upsertCommitment(String framework, DeclarationData.CommitmentRow c) {
        jdbc.sql("""
                merge into commitment t
                using (select a.id as area_id, cast(:number as integer) as number, cast(:actor as varchar(30)) as actor,
                              cast(:paragraph as integer) as paragraph, cast(:text as varchar(2000)) as official_text,
                              cast(:source as varchar(500)) as source
                       from area a join framework f on f.id = a.framework_id
                       where f.code = :framework and a.number = :area) s
                on t.number = s.number
                when matched then update set area_id = s.area_id, actor = s.actor, paragraph = s.paragraph,
                                             official_text = s.official_text, source = s.source
                when not matched then insert (number, area_id, actor, paragraph, official_text, source)
                                      values (s.number, s.area_id, s.actor, s.paragraph, s.official_text, s.source)
                """)
                .param("framework", framework).param("area", c.area()).param("number", c.number())
                .param("actor", c.actor().name()).param("paragraph", c.paragraph()).param("text", c.text())
                .param("source", c.source())
                .update();
    }

    void upsertElement(String framework, DeclarationData.ElementRow e) {
        jdbc.sql("""
                merge into framework_element t
                using (select f.id as framework_id, cast(:code as varchar(20)) as code, cast(:kind as varchar(20)) as kind,
                              cast(:sortOrder as integer) as sort_order, cast(:title as varchar(300)) as title
                       from framework f where f.code = :framework) s
                on t.framework_id = s.framework_id and t.code = s.code
                when matched then update set kind = s.kind, sort_order = s.sort_order, title = s.title
                when not matched then insert (framework_id, code, kind, sort_order, title)
                                      values (s.framework_id, s.code, s.kind, s.sort_order, s.title)
                """)
                .param("framework", framework).param("code", e.code()).param("kind", e.kind())
                .param("sortOrder", e.sortOrder()).param("title", e.title())
                .update();
    }

    /** Inserts a mapping only when missing: the mapping is edited in the database, a restart must not undo that. */
    void insertMappingIfMissing(String framework, DeclarationData.MappingRow m) {
        jdbc.sql("""
                insert into framework_element_area (element_id, area_id, confirmed, note)
                select e.id, a.id, false, :note
                from framework_element e
                join framework f on f.id = e.framework_id
                join area a on a.number = :area
                join framework af on af.id = a.framework_id and af.code = 'A4P'
                where f.code = :framework and e.code = :element
                  and not exists (select 1 from framework_element_area x where x.element_id = e.id and x.area_id = a.id)
                """)
                .param("framework", framework).param("element", m.element()).param("area", m.area())
                .param("note", m.note())
                .update();
    }

    Map<Integer, Map<Actor, Integer>> countsByAreaAndActor() {
        Map<Integer, Map<Actor, Integer>> counts = new java.util.TreeMap<>();
        jdbc.sql("""
                select a.number as area, c.actor, count(*) as commitments
                from commitment c join area a on a.id = c.area_id
                group by a.number, c.actor
                """)
                .query((rs, i) -> {
                    counts.computeIfAbsent(rs.getInt("area"), k -> new EnumMap<>(Actor.class))
                            .put(Actor.valueOf(rs.getString("actor")), rs.getInt("commitments"));
                    return null;
                }).list();
        return counts;
    }

    List<Area> areas(Map<Integer, Map<Actor, Integer>> counts) {
        return jdbc.sql("""
                select a.number, a.short_title, a.title, a.statement, a.source
                from area a join framework f on f.id = a.framework_id
                where f.code = 'A4P'
                order by a.number
                """)
                .query((rs, i) -> new Area(rs.getInt("number"), rs.getString("short_title"), rs.getString("title"),
                        rs.getString("statement"), rs.getString("source"),
                        counts.getOrDefault(rs.getInt("number"), Map.of())))
                .list();
    }

    /** The Declaration's area numbers (A4P), for the official translations that may name them. */
    List<Integer> areaNumbers() {
        return jdbc.sql("select a.number from area a join framework f on f.id = a.framework_id where f.code = 'A4P' order by a.number")
                .query(Integer.class).list();
    }

    List<Integer> commitmentNumbers() {
        return jdbc.sql("select number from commitment order by number").query(Integer.class).list();
    }

    private static final String COMMITMENT_SELECT = """
            select c.number, a.number as area, a.short_title as area_title, c.actor, c.paragraph, c.official_text, c.source
            from commitment c join area a on a.id = c.area_id
            """;

    List<Commitment> commitments(CommitmentFilter filter, PageRequest page) {
        return jdbc.sql(COMMITMENT_SELECT + """
                where (cast(:area as integer) is null or a.number = :area)
                  and (cast(:actor as varchar(30)) is null or c.actor = :actor)
                order by c.number
                limit :limit offset :offset
                """)
                .param("area", filter.area()).param("actor", filter.actor() == null ? null : filter.actor().name())
                .param("limit", page.size()).param("offset", page.offset())
                .query(FrameworkRepository::commitment).list();
    }

    long countCommitments(CommitmentFilter filter) {
        return jdbc.sql("""
                select count(*) from commitment c join area a on a.id = c.area_id
                where (cast(:area as integer) is null or a.number = :area)
                  and (cast(:actor as varchar(30)) is null or c.actor = :actor)
                """)
                .param("area", filter.area()).param("actor", filter.actor() == null ? null : filter.actor().name())
                .query(Long.class).single();
    }

    Optional<Commitment> commitment(int number) {
        return jdbc.sql(COMMITMENT_SELECT + " where c.number = :number")
                .param("number", number).query(FrameworkRepository::commitment).optional();
    }

    /** All frameworks with their elements and area links, in two queries. */
    List<Framework> frameworks() {
        var elements = elementsByFramework();
        return jdbc.sql("select code, name, start_year, end_year, description, source from framework order by start_year, code")
                .query((rs, i) -> new Framework(rs.getString("code"), rs.getString("name"), rs.getInt("start_year"),
                        (Integer) rs.getObject("end_year", Integer.class), rs.getString("description"), rs.getString("source"),
                        List.copyOf(elements.getOrDefault(rs.getString("code"), Map.of()).values())))
                .list();
    }

    private Map<String, Map<String, Framework.Element>> elementsByFramework() {
        var byFramework = new java.util.HashMap<String, Map<String, Framework.Element>>();
        jdbc.sql("""
                select f.code as framework, e.code, e.kind, e.sort_order, e.title,
                       a.number as area, a.short_title as area_title, x.confirmed, x.note
                from framework_element e
                join framework f on f.id = e.framework_id
                left join framework_element_area x on x.element_id = e.id
                left join area a on a.id = x.area_id
                order by f.code, e.sort_order, a.number
                """)
                .query(rs -> {
                    String code = rs.getString("code");
                    var element = new Framework.Element(code, rs.getString("kind"), rs.getInt("sort_order"),
                            rs.getString("title"), new java.util.ArrayList<>());
                    element = byFramework.computeIfAbsent(rs.getString("framework"), f -> new java.util.LinkedHashMap<>())
                            .merge(code, element, (existing, fresh) -> existing);
                    Integer area = (Integer) rs.getObject("area", Integer.class);
                    if (area != null) {
                        element.areas().add(new Framework.AreaLink(area, rs.getString("area_title"),
                                rs.getBoolean("confirmed"), rs.getString("note")));
                    }
                });
        return byFramework;
    }

    private static Commitment commitment(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Commitment(rs.getInt("number"), rs.getInt("area"), rs.getString("area_title"),
                Actor.valueOf(rs.getString("actor")), rs.getInt("paragraph"), rs.getString("official_text"),
                rs.getString("source"));
    }
}
