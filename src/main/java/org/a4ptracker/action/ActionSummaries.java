package org.a4ptracker.action;

import java.util.List;
import java.util.Map;

import org.a4ptracker.shared.PublicData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counts of published actions that public pages show, kept in {@code action_tally} (see V50; per stakeholder)
 * and {@code action_count} (V72; per kind of stakeholder, for the figures over everyone) by the transaction that
 * publishes or withdraws an action, so that every node reads them straight after the commit
 * and no reader pays for counting 500,000 actions. {@link #recompute()} rebuilds them from the actions, after a
 * change made by SQL ({@code --a4p.recompute-summaries}, or the administrators' API).
 */
@Service
@Transactional
public class ActionSummaries {

    /** Whether a commitment falls on the action's stakeholder in the action's cycle: see ReportingStatusService.expectedActors. */
    static final String EXPECTED = """
            (cm.actor = 'COLLECTIVE'
             or s.type in ('MEMBER_STATE', 'OBSERVER_STATE') and (cm.actor = 'MEMBER_STATES'
                 or cm.actor = 'HOST_GOVERNMENTS' and exists (select 1 from stakeholder_role r where r.stakeholder_id = s.id
                     and r.role = 'HOST_COUNTRY' and r.role_year = v.reporting_cycle))
             or s.type in ('SECRETARIAT_ENTITY', 'MISSION') and cm.actor = 'SECRETARY_GENERAL')
            """;

    /**
     * The rows one version of an action adds to the tally: (kind, item) pairs with its stakeholder, cycle and status.
     * No common table expressions: H2 keeps a parameterised one's rows from the statement's first execution.
     */
    private static final String ITEMS = """
            select items.kind, items.item, a.stakeholder_id, v.reporting_cycle, v.status, a.sample, st.type
            from action a join action_version v on v.action_id = a.id and v.version_no = :no
            join stakeholder st on st.id = a.stakeholder_id
            join (
                select 'T' as kind, cast(0 as bigint) as item from action where id = :id
                union all
                select distinct 'E', cast(0 as bigint) from action a join stakeholder s on s.id = a.stakeholder_id
                    join action_version v on v.action_id = a.id and v.version_no = :no
                    join action_version_commitment c on c.action_id = a.id and c.version_no = :no
                    join commitment cm on cm.number = c.commitment_number
                    where a.id = :id and %s
                union all
                select 'C', cast(c.commitment_number as bigint) from action_version_commitment c
                    where c.action_id = :id and c.version_no = :no
                union all
                select distinct 'A', cast(ar.number as bigint) from action_version_commitment c
                    join commitment cm on cm.number = c.commitment_number join area ar on ar.id = cm.area_id
                    where c.action_id = :id and c.version_no = :no
                union all
                select 'M', m.mission_id from action_version_mission m where m.action_id = :id and m.version_no = :no
            ) items on 1 = 1
            where a.id = :id
            """.formatted(EXPECTED);

    private final JdbcClient jdbc;
    private final PublicData publicData;

    ActionSummaries(JdbcClient jdbc, PublicData publicData) {
        this.jdbc = jdbc;
        this.publicData = publicData;
    }

    /**
     * Inside the transaction that moves an action: takes the version it had published (null: none) out of the
     * counts and adds the one it publishes now (null: none). Bumps the actions' version first, whose row lock
     * makes publications take turns over the tally rows.
     */
    void published(long actionId, Integer before, Integer after) {
        publicData.changed(PublicData.Kind.ACTIONS);
        if (before != null) {
            add(actionId, before, -1);
        }
        if (after != null) {
            add(actionId, after, 1);
        }
    }

    private void add(long actionId, int versionNo, int sign) {
        var rows = jdbc.sql(ITEMS).param("id", actionId).param("no", versionNo)
                .query((rs, i) -> Map.<String, Object>of("kind", rs.getString(1), "item", rs.getLong(2), "stakeholder", rs.getLong(3),
                        "cycle", rs.getInt(4), "status", rs.getString(5), "d", sign, "ds", rs.getBoolean(6) ? sign : 0,
                        "type", rs.getString(7)))
                .list();
        for (Map<String, Object> row : rows) {
            addTo(row, "action_tally", "stakeholder_id", ":stakeholder");
            addTo(row, "action_count", "stakeholder_type", ":type");
        }
    }

    /** Adds a row's counts to one summary table (a fixed name, never user input), inserting the row where it is new. */
    private void addTo(Map<String, Object> row, String table, String by, String value) {
        int updated = jdbc.sql("""
                update %s set actions = actions + :d, sample_actions = sample_actions + :ds
                where kind = :kind and item = :item and %s = %s and reporting_cycle = :cycle and status = :status
                """.formatted(table, by, value)).params(row).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into %s (kind, item, %s, reporting_cycle, status, actions, sample_actions)
                    values (:kind, :item, %s, :cycle, :status, :d, :ds)
                    """.formatted(table, by, value)).params(row).update();
        }
    }

    /** Rebuilds every count from the published actions; returns how many tally rows there are now. */
    public int recompute() {
        publicData.changed(PublicData.Kind.ACTIONS);
        jdbc.sql("delete from action_tally").update();
        for (String kind : List.of("T", "E", "C", "A", "M")) {
            jdbc.sql(RECOMPUTE.get(kind)).update();
        }
        jdbc.sql("delete from action_count").update();
        jdbc.sql("""
                insert into action_count (kind, item, reporting_cycle, status, stakeholder_type, actions, sample_actions)
                select t.kind, t.item, t.reporting_cycle, t.status, s.type, sum(t.actions), sum(t.sample_actions)
                from action_tally t join stakeholder s on s.id = t.stakeholder_id
                group by t.kind, t.item, t.reporting_cycle, t.status, s.type
                """).update();
        return jdbc.sql("select count(*) from action_tally").query(Integer.class).single();
    }

    private static final String INSERT = """
            insert into action_tally (kind, item, stakeholder_id, reporting_cycle, status, actions, sample_actions)
            select '%s', %s, a.stakeholder_id, v.reporting_cycle, v.status, count(distinct a.id),
                   count(distinct case when a.sample then a.id end)
            from action a join action_version v on v.action_id = a.id and v.version_no = a.published_version
            %s
            group by %sa.stakeholder_id, v.reporting_cycle, v.status
            """;

    private static final String WITH_COMMITMENTS = """
            join action_version_commitment c on c.action_id = a.id and c.version_no = a.published_version
            join commitment cm on cm.number = c.commitment_number
            """;

    private static final Map<String, String> RECOMPUTE = Map.of(
            "T", INSERT.formatted("T", "0", "", ""),
            "E", INSERT.formatted("E", "0", WITH_COMMITMENTS + " join stakeholder s on s.id = a.stakeholder_id where " + EXPECTED, ""),
            "C", INSERT.formatted("C", "c.commitment_number", WITH_COMMITMENTS, "c.commitment_number, "),
            "A", INSERT.formatted("A", "ar.number", WITH_COMMITMENTS + " join area ar on ar.id = cm.area_id", "ar.number, "),
            "M", INSERT.formatted("M", "m.mission_id", """
                    join action_version_mission m on m.action_id = a.id and m.version_no = a.published_version
                    """, "m.mission_id, "));
}
