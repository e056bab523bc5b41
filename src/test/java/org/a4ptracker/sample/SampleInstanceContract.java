package org.a4ptracker.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The generated sample instance (loaded at the start of the test context) checked against the rules the app
 * enforces, each restated here in SQL independently of the generator: the offending rows of each rule are listed
 * and must be none. Also that the generated rows are what the workflow leaves behind, and that there is enough of
 * them to show the product. Run on H2 (JDBC batches) and PostgreSQL (COPY).
 */
abstract class SampleInstanceContract {

    /** Whether a commitment falls on the action's stakeholder in the version's cycle (README, reporting status). */
    private static final String EXPECTED = """
            (cm.actor = 'COLLECTIVE'
             or s.type = 'MEMBER_STATE' and cm.actor = 'MEMBER_STATES'
             or s.type = 'MEMBER_STATE' and cm.actor = 'HOST_GOVERNMENTS' and exists (select 1 from stakeholder_role r
                 where r.stakeholder_id = s.id and r.role = 'HOST_COUNTRY' and r.role_year = v.reporting_cycle)
             or s.type in ('SECRETARIAT_ENTITY', 'MISSION') and cm.actor = 'SECRETARY_GENERAL')
            """;

    @Autowired
    JdbcClient jdbc;

    private List<String> offending(String sql) {
        return jdbc.sql(sql).query(String.class).list();
    }

    @Test
    void noActionByAMissionOutsideItsActiveYears() {
        assertThat(offending("""
                select a.id || ' ' || s.code || ' ' || v.reporting_cycle
                from action a join stakeholder s on s.id = a.stakeholder_id join mission m on m.stakeholder_id = s.id
                join action_version v on v.action_id = a.id
                where a.sample and (v.reporting_cycle < m.start_year or v.reporting_cycle > coalesce(m.end_year, 9999))
                """)).isEmpty();
    }

    @Test
    void noActionAboutAMissionOutsideItsActiveYears() {
        assertThat(offending("""
                select a.id || ' about ' || s.code || ' in ' || v.reporting_cycle
                from action a join action_version v on v.action_id = a.id
                join action_version_mission am on am.action_id = v.action_id and am.version_no = v.version_no
                join stakeholder s on s.id = am.mission_id join mission m on m.stakeholder_id = s.id
                where a.sample and (v.reporting_cycle < m.start_year or v.reporting_cycle > coalesce(m.end_year, 9999))
                """)).isEmpty();
    }

    @Test
    void noReportingOnACommitmentTheStakeholderIsNotExpectedToReport() {
        assertThat(offending("""
                select a.id || ' by ' || s.code || ' on ' || c.commitment_number || ' in ' || v.reporting_cycle
                from action a join stakeholder s on s.id = a.stakeholder_id
                join action_version v on v.action_id = a.id
                join action_version_commitment c on c.action_id = v.action_id and c.version_no = v.version_no
                join commitment cm on cm.number = c.commitment_number
                where a.sample and not %s
                """.formatted(EXPECTED))).isEmpty();
        assertThat(jdbc.sql("select count(*) from action where sample and stakeholder_id in (select id from stakeholder where type = 'OBSERVER_STATE')")
                .query(Long.class).single()).isZero();
    }

    @Test
    void noValueForAClosedPeriodOrOutsideAMissionsYears() {
        assertThat(offending("""
                select s.code || ' ' || v.period || ' written after its approval'
                from indicator_value v join indicator_period p on p.reporter_id = v.reporter_id and p.period = v.period
                join stakeholder s on s.id = v.reporter_id
                where v.sample and p.state = 'APPROVED' and v.updated_at > p.updated_at
                """)).isEmpty();
        assertThat(offending("""
                select s.code || ' ' || v.period
                from indicator_value v join stakeholder s on s.id = v.reporter_id join mission m on m.stakeholder_id = s.id
                where v.sample and (extract(year from v.period_start) < m.start_year
                                    or extract(year from v.period_start) > coalesce(m.end_year, 9999))
                """)).as("a mission's values only in its active years").isEmpty();
        assertThat(offending("""
                select s.code || ' ' || v.period || ' beside public figures'
                from indicator_value v join stakeholder s on s.id = v.reporter_id
                where v.sample and exists (select 1 from indicator_value o where o.reporter_id = v.reporter_id
                                           and o.period = v.period and not o.sample)
                """)).isEmpty();
        assertThat(offending("""
                select i.code || ' by ' || s.code from indicator_value v join indicator i on i.id = v.indicator_id
                join stakeholder s on s.id = v.reporter_id where v.sample and s.type <> i.reporter_type
                """)).as("only reporters of the indicator's kind").isEmpty();
        assertThat(offending("""
                select v.period from indicator_value v where v.sample
                and not exists (select 1 from indicator_period p where p.reporter_id = v.reporter_id and p.period = v.period)
                """)).as("every value in a period with a workflow state").isEmpty();
    }

    /** As ActionService leaves an action: one save per event, the state of the last event, the times of the last moves. */
    @Test
    void actionsAreWhatTheWorkflowLeaves() {
        assertThat(offending("""
                select a.id || ' ' || a.state from action a
                where a.sample and (a.lock_version <> (select count(*) from action_event e where e.action_id = a.id)
                    or a.state <> coalesce((select e.to_state from action_event e where e.action_id = a.id
                                            and e.occurred_at = (select max(x.occurred_at) from action_event x where x.action_id = a.id)
                                            order by e.id desc limit 1), 'DRAFT')
                    or a.current_version <> (select max(v.version_no) from action_version v where v.action_id = a.id)
                    or coalesce(a.published_at, timestamp '1900-01-01') <> coalesce((select max(e.occurred_at) from action_event e
                                            where e.action_id = a.id and e.transition = 'PUBLISH'), timestamp '1900-01-01')
                    or coalesce(a.submitted_at, timestamp '1900-01-01') <> coalesce((select max(e.occurred_at) from action_event e
                                            where e.action_id = a.id and e.transition = 'SUBMIT'), timestamp '1900-01-01'))
                """)).isEmpty();
        assertThat(offending("""
                select a.id || '' from action a join action_version v on v.action_id = a.id and v.version_no = a.published_version
                where a.sample and (a.published_cycle <> v.reporting_cycle or a.published_status <> v.status)
                """)).as("the published version's cycle and status kept on the action").isEmpty();
        assertThat(offending("""
                select a.id || '' from action a join action_event e on e.action_id = a.id and e.transition = 'PUBLISH'
                join action_version v on v.action_id = a.id and v.version_no = e.version_no
                where a.sample and (e.user_id = v.created_by or e.occurred_at > current_timestamp)
                """)).as("four eyes: nobody publishes what they wrote; nothing in the future").isEmpty();
        assertThat(offending("""
                select a.id || '' from action a
                where a.sample and not exists (select 1 from focal_point g where g.user_id = a.created_by and g.stakeholder_id = a.stakeholder_id)
                """)).as("written by a focal point of its own stakeholder").isEmpty();
    }

    @Test
    void enoughToShowTheProduct() {
        long published = jdbc.sql("select count(*) from action where sample and published_version is not null").query(Long.class).single();
        assertThat(published).isBetween(2_000L, 6_000L);
        assertThat(jdbc.sql("select count(*) from action where sample and state in ('SUBMITTED', 'RETURNED')").query(Long.class).single())
                .isGreaterThanOrEqualTo(20);
        assertThat(jdbc.sql("""
                select count(distinct c.commitment_number) from action a
                join action_version_commitment c on c.action_id = a.id and c.version_no = a.published_version where a.sample
                """).query(Long.class).single()).isEqualTo(45);
        assertThat(jdbc.sql("select count(*) from survey_round where sample and state = 'PUBLISHED'").query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from survey_response where sample and state = 'SUBMITTED'").query(Long.class).single())
                .isGreaterThan(500);
        assertThat(jdbc.sql("select count(*) from survey_response r join survey_round d on d.id = r.round_id where d.sample and not r.sample")
                .query(Long.class).single()).as("generated responses are labelled sample").isZero();
        assertThat(jdbc.sql("select count(distinct reporter_id) from indicator_value where sample").query(Long.class).single())
                .isGreaterThanOrEqualTo(11);
    }
}
