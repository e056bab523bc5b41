-- Official translations of reference data (Declaration areas and commitments, indicator names), one row per
-- text and language, each with its source. Loaded from data/translations/*.csv when such a file exists; a text
-- without a row here is shown in English, marked as such. Translations made by this project never go here.
create table data_translation (
    entity varchar(30)   not null,
    code   varchar(60)   not null,
    field  varchar(30)   not null,
    lang   varchar(5)    not null,
    text   varchar(4000) not null,
    source varchar(500)  not null,
    constraint data_translation_pk primary key (entity, code, field, lang),
    constraint data_translation_lang_ck check (lang in ('fr', 'es', 'ru', 'zh', 'ar'))
);
