-- Issue 15: the figures public pages show are kept in summary rows written in the same transaction as the
-- publication, withdrawal, round publication or period approval that changes them, so that every app node
-- reads the same figures straight after the commit. A node may still keep figures in memory, but only until
-- the version of their kind of data moves: every request reads these three rows first (one primary-key read)
-- and drops what it kept of a kind whose version moved. A writer bumps the version first, which also makes
-- concurrent writers of the same kind take turns over the summary rows.
create table public_data_version (
    data_kind varchar(20) primary key,
    version   bigint      not null
);
insert into public_data_version (data_kind, version) values ('ACTIONS', 0), ('SURVEYS', 0), ('INDICATORS', 0);

-- Published actions counted per (what they serve, reporting stakeholder, cycle, status): kind 'T' counts every
-- published action once (item 0), 'E' once if it serves a commitment that falls on its stakeholder in its cycle
-- (what makes a stakeholder "reported"), 'C' per commitment (item = commitment number), 'A' once per area
-- (item = area number), 'M' per mission it is about (item = the mission's stakeholder id).
create table action_tally (
    kind            varchar(1)  not null,
    item            bigint      not null,
    stakeholder_id  bigint      not null,
    reporting_cycle integer     not null,
    status          varchar(20) not null,
    actions         integer     not null,
    sample_actions  integer     not null,
    primary key (kind, item, stakeholder_id, reporting_cycle, status)
);
create index action_tally_stakeholder_idx on action_tally (stakeholder_id, reporting_cycle, kind);

-- A published round's perception answers counted, and its invitations and submitted responses per group:
-- written when the round is published (its answers never change after that).
create table survey_tally (
    round_id          bigint      not null,
    commitment_number integer     not null,
    respondent_group  varchar(30) not null,
    choice            varchar(20) not null,
    answers           integer     not null,
    primary key (round_id, commitment_number, respondent_group, choice)
);
create table survey_rate_tally (
    round_id         bigint      not null,
    respondent_group varchar(30) not null,
    invited          integer     not null,
    submitted        integer     not null,
    primary key (round_id, respondent_group)
);
