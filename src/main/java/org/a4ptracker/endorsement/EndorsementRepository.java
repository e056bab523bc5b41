package org.a4ptracker.endorsement;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.a4ptracker.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EndorsementRepository {

    record Row(long stakeholderId, LocalDate endorsedOn, String reference, String note, boolean sample) {
    }

    private final JdbcClient jdbc;

    EndorsementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> page(PageRequest page) {
        return jdbc.sql("""
                select stakeholder_id, endorsed_on, reference, note, sample from endorsement
                order by endorsed_on, stakeholder_id
                limit :limit offset :offset
                """)
                .param("limit", page.size()).param("offset", page.offset())
                .query((rs, i) -> new Row(rs.getLong("stakeholder_id"), rs.getObject("endorsed_on", LocalDate.class),
                        rs.getString("reference"), rs.getString("note"), rs.getBoolean("sample")))
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from endorsement").query(Long.class).single();
    }

    boolean anySample() {
        return jdbc.sql("select count(*) from endorsement where sample").query(Long.class).single() > 0;
    }

    Set<Long> endorsedStakeholderIds() {
        return Set.copyOf(jdbc.sql("select stakeholder_id from endorsement").query(Long.class).list());
    }

    List<EndorsementCount> publishedCounts() {
        return jdbc.sql("""
                select as_of, member_states, organisations, total, source, note
                from endorsement_count order by as_of
                """)
                .query((rs, i) -> new EndorsementCount(rs.getObject("as_of", LocalDate.class),
                        (Integer) rs.getObject("member_states", Integer.class),
                        (Integer) rs.getObject("organisations", Integer.class),
                        rs.getInt("total"), rs.getString("source"), rs.getString("note")))
                .list();
    }

    void upsertCount(EndorsementCount c) {
        jdbc.sql("""
                merge into endorsement_count t
                using (select cast(:asOf as date) as as_of, cast(:ms as integer) as member_states,
                              cast(:orgs as integer) as organisations, cast(:total as integer) as total,
                              cast(:source as varchar(500)) as source, cast(:note as varchar(500)) as note) s
                on t.as_of = s.as_of
                when matched then update set member_states = s.member_states, organisations = s.organisations,
                                             total = s.total, source = s.source, note = s.note
                when not matched then insert (as_of, member_states, organisations, total, source, note)
                                      values (s.as_of, s.member_states, s.organisations, s.total, s.source, s.note)
                """)
                .param("asOf", c.asOf()).param("ms", c.memberStates()).param("orgs", c.organisations())
                .param("total", c.total()).param("source", c.source()).param("note", c.note())
                .update();
    }

    /** A sourced endorsement, once: a restart changes nothing. */
    void insertPublic(long stakeholderId, LocalDate endorsedOn, String reference, String note) {
        jdbc.sql("""
                insert into endorsement (stakeholder_id, endorsed_on, reference, note, sample)
                select :id, :on, :reference, :note, false
                where not exists (select 1 from endorsement where stakeholder_id = :id)
                """)
                .param("id", stakeholderId).param("on", endorsedOn).param("reference", reference).param("note", note).update();
    }

    void insertSample(long stakeholderId, LocalDate endorsedOn) {
        jdbc.sql("""
                insert into endorsement (stakeholder_id, endorsed_on, reference, note, sample)
                values (:id, :on, 'Sample data (generated)', 'Generated for demonstration; not an official record', true)
                """)
                .param("id", stakeholderId).param("on", endorsedOn).update();
    }
}
