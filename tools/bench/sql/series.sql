-- IndicatorValueRepository.stream for WOMEN_SHARE _T: its own values, the numerator's and the denominator's
select i.code as indicator, s.code as reporter, v.period, v.period_start, v.disaggregation, v.amount,
       v.not_applicable, v.note, v.source, v.sample, coalesce(p.state, 'OPEN') as state
from indicator_value v join indicator i on i.id = v.indicator_id join stakeholder s on s.id = v.reporter_id
left join indicator_period p on p.reporter_id = v.reporter_id and p.period = v.period
where i.code = :'indicator' and v.disaggregation = '_T' and p.state = 'APPROVED'
order by i.code, v.period_start, s.code, v.disaggregation;
select i.code as indicator, s.code as reporter, v.period, v.period_start, v.disaggregation, v.amount,
       v.not_applicable, v.note, v.source, v.sample, coalesce(p.state, 'OPEN') as state
from indicator_value v join indicator i on i.id = v.indicator_id join stakeholder s on s.id = v.reporter_id
left join indicator_period p on p.reporter_id = v.reporter_id and p.period = v.period
where i.code = 'WOMEN_UNIFORMED' and v.disaggregation = '_T' and p.state = 'APPROVED'
order by i.code, v.period_start, s.code, v.disaggregation;
select i.code as indicator, s.code as reporter, v.period, v.period_start, v.disaggregation, v.amount,
       v.not_applicable, v.note, v.source, v.sample, coalesce(p.state, 'OPEN') as state
from indicator_value v join indicator i on i.id = v.indicator_id join stakeholder s on s.id = v.reporter_id
left join indicator_period p on p.reporter_id = v.reporter_id and p.period = v.period
where i.code = 'UNIFORMED_PERSONNEL' and v.disaggregation = '_T' and p.state = 'APPROVED'
order by i.code, v.period_start, s.code, v.disaggregation;
