package org.a4ptracker.survey;

import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.shared.RenderedHtml;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Public pages: the rounds, their results and the printable questionnaire (answering: {@link RespondController}). */
@Controller
class SurveyController {

    private final SurveyService surveys;
    private final org.a4ptracker.framework.FrameworkService framework;
    private final ResultsService results;
    private final PublishedRounds published;
    private final RenderedHtml.Renderer renderer;

    SurveyController(SurveyService surveys, org.a4ptracker.framework.FrameworkService framework, ResultsService results,
                     PublishedRounds published, RenderedHtml.Renderer renderer) {
        this.surveys = surveys;
        this.framework = framework;
        this.results = results;
        this.published = published;
        this.renderer = renderer;
    }

    @GetMapping("/surveys")
    String list(CurrentUser me, Model model) {
        model.addAttribute("rounds", surveys.rounds(me));
        return "survey/list";
    }

    /** The results by respondent group and by area, with the free-text answers; by commitment on the next page. */
    @GetMapping("/surveys/{id}/results")
    String results(CurrentUser me, @PathVariable long id, @RequestParam(required = false) Long compare, Model model,
                   java.util.Locale locale) {
        figures(me, id, compare, model, locale, "survey/results", "resultsFigures");
        return "survey/results";
    }

    /**
     * The results of each of the 45 commitments, with its text: a page of its own, so that each of the two pages
     * stays within a phone's budget of 8 KB once the style sheet is cached (the texts alone are 3 KB compressed).
     */
    @GetMapping("/surveys/{id}/results/commitments")
    String commitmentResults(CurrentUser me, @PathVariable long id, @RequestParam(required = false) Long compare, Model model,
                             java.util.Locale locale) {
        figures(me, id, compare, model, locale, "survey/results-commitments", "commitmentFigures");
        return "survey/results-commitments";
    }

    private void figures(CurrentUser me, long id, Long compare, Model model, java.util.Locale locale, String template,
                         String fragment) {
        var res = results.results(me, id, compare);
        model.addAttribute("results", res);
        model.addAttribute("rounds", surveys.rounds(me));
        if (!res.reviewerView()) {
            // the public figures of published rounds never change: their charts and tables (most of the page) are rendered once
            model.addAttribute("figuresHtml", published.section(fragment + "|" + id + "|" + compare + "|" + locale.toLanguageTag(),
                    () -> renderer.render(template, fragment, java.util.Map.of("res", res, "r", res.round(),
                            "texts", framework.commitmentTexts(locale)), locale)));
        } else {
            model.addAttribute("texts", framework.commitmentTexts(locale));
        }
    }

    @GetMapping("/surveys/{id}/print")
    String print(CurrentUser me, @PathVariable long id, Model model, java.util.Locale locale) {
        var round = surveys.round(id);
        if (round.state() == RoundState.DRAFT && !ResultsService.reviewer(me)) {
            throw new org.a4ptracker.shared.NotFoundException("Survey round", id); // a round in preparation is not public
        }
        model.addAttribute("round", round);
        model.addAttribute("levels", Perception.values());
        model.addAttribute("texts", framework.commitmentTexts(locale));
        return "survey/print";
    }
}
