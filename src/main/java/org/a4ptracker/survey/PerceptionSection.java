package org.a4ptracker.survey;

import java.util.HashMap;
import java.util.Optional;

import org.a4ptracker.shared.PageSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a commitment's or an area's page: perceived progress in the latest published round, with its
 * distribution and the change since the round it is compared with; or plainly "not in the last survey".
 */
@Component
@Order(15)
class PerceptionSection implements PageSection.Provider {

    private final SurveyService surveys;
    private final ResultsService results;

    PerceptionSection(SurveyService surveys, ResultsService results) {
        this.surveys = surveys;
        this.results = results;
    }

    @Override
    public Optional<PageSection> section(PageSection.Subject subject) {
        if (subject.kind() != PageSection.Kind.COMMITMENT && subject.kind() != PageSection.Kind.AREA) {
            return Optional.empty();
        }
        int number = Integer.parseInt(subject.key());
        var model = new HashMap<String, Object>();
        surveys.latestPublished().ifPresent(latest -> {
            var res = results.figures(null, latest.id(), null);
            model.put("round", latest);
            model.put("compared", res.comparedWith());
            if (subject.kind() == PageSection.Kind.COMMITMENT) {
                res.commitments().stream().filter(c -> c.commitment() == number).findFirst().ifPresent(c -> {
                    model.put("summary", c.overall());
                    model.put("change", c.change());
                });
            } else {
                res.areas().stream().filter(a -> a.area() == number).findFirst().ifPresent(a -> {
                    model.put("summary", a.overall());
                    model.put("change", a.change());
                });
            }
        });
        return Optional.of(new PageSection("survey/fragments", "perception", model));
    }
}
