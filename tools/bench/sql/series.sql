-- YearFigureRepository.rows for WOMEN_SHARE _T: the kept yearly rows of every reporter (one per reporter and year,
-- written when a period is approved or unlocked), which the page adds up per year
select s.code, f.figure_year, f.own_values, f.own_sum, f.numerators, f.pairs, f.pair_numerator, f.pair_denominator,
       f.sample, f.latest_period, f.latest_amount, f.latest_note, f.latest_source
from indicator_year_figure f join stakeholder s on s.id = f.reporter_id
where f.indicator_id = (select id from indicator where code = :'indicator') and f.disaggregation = '_T'
order by f.figure_year, f.latest_start desc, f.latest_end desc, s.code;
