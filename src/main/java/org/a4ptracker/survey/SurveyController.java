package org.a4ptracker.survey;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.shared.ConflictException;
import org.a4ptracker.shared.RenderedHtml;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Public and respondent pages: the rounds, their results, the printable questionnaire, and answering. */
@Controller
class SurveyController {

    private final SurveyService surveys;
    private final ResponseService responses;
    private final ResultsService results;
    private final PublishedRounds published;
    private final RenderedHtml.Renderer renderer;

    SurveyController(SurveyService surveys, ResponseService responses, ResultsService results, PublishedRounds published,
                     RenderedHtml.Renderer renderer) {
        this.surveys = surveys;
        this.responses = responses;
        this.results = results;
        this.published = published;
        this.renderer = renderer;
    }

    @GetMapping("/surveys")
    String list(CurrentUser me, Model model) {
        model.addAttribute("rounds", surveys.rounds(me));
        return "survey/list";
    }

    @GetMapping("/surveys/{id}/results")
    String results(CurrentUser me, @PathVariable long id, @RequestParam(required = false) Long compare, Model model,
                   java.util.Locale locale) {
        var res = results.results(me, id, compare);
        model.addAttribute("results", res);
        model.addAttribute("rounds", surveys.rounds(me));
        if (!res.reviewerView()) {
            // the public figures of published rounds never change: their charts and tables (most of the page) are rendered once
            model.addAttribute("figuresHtml", published.section(id + "|" + compare + "|" + locale.toLanguageTag(), () -> renderer.render(
                    "survey/results", "resultsFigures", java.util.Map.of("res", res, "r", res.round()), locale)));
        }
        return "survey/results";
    }

    @GetMapping("/surveys/{id}/print")
    String print(CurrentUser me, @PathVariable long id, Model model) {
        var round = surveys.round(id);
        if (round.state() == RoundState.DRAFT && !ResultsService.reviewer(me)) {
            throw new org.a4ptracker.shared.NotFoundException("Survey round", id); // a round in preparation is not public
        }
        model.addAttribute("round", round);
        model.addAttribute("levels", Perception.values());
        return "survey/print";
    }

    @GetMapping("/respond/{token}")
    String respond(@PathVariable String token, Model model) {
        return show(model, responses.byLink(token), "/respond/" + token);
    }

    @PostMapping("/respond/{token}")
    String answer(@PathVariable String token, @RequestParam(defaultValue = "save") String action, HttpServletRequest request,
                  Model model) {
        try {
            var saved = responses.saveByLink(token, request.getParameterMap(), "submit".equals(action));
            model.addAttribute("notice", saved.problems().isEmpty() ? ("submit".equals(action) ? "survey.submitted" : "survey.saved") : null);
            return show(model, saved, "/respond/" + token);
        } catch (ConflictException e) {
            model.addAttribute("error", e.getMessage());
            return show(model, responses.byLink(token), "/respond/" + token);
        }
    }

    @GetMapping("/workspace/{code}/surveys/{id}")
    String respondAsFocalPoint(CurrentUser me, @PathVariable String code, @PathVariable long id, Model model) {
        return show(model, responses.asFocalPoint(me, id, code), "/workspace/" + code + "/surveys/" + id);
    }

    @PostMapping("/workspace/{code}/surveys/{id}")
    String answerAsFocalPoint(CurrentUser me, @PathVariable String code, @PathVariable long id,
                              @RequestParam(defaultValue = "save") String action, HttpServletRequest request, Model model) {
        try {
            var saved = responses.saveAsFocalPoint(me, id, code, request.getParameterMap(), "submit".equals(action));
            model.addAttribute("notice", saved.problems().isEmpty() ? ("submit".equals(action) ? "survey.submitted" : "survey.saved") : null);
            return show(model, saved, "/workspace/" + code + "/surveys/" + id);
        } catch (ConflictException e) {
            model.addAttribute("error", e.getMessage());
            return show(model, responses.asFocalPoint(me, id, code), "/workspace/" + code + "/surveys/" + id);
        }
    }

    private static String show(Model model, Questionnaire questionnaire, String action) {
        model.addAttribute("q", questionnaire);
        model.addAttribute("errors", errorLinks(questionnaire));
        model.addAttribute("formAction", action);
        model.addAttribute("levels", Perception.values());
        return "survey/respond";
    }

    /** The error summary's links in the order of the questions: a choice links to its group, a text to its box. */
    private static Map<String, String> errorLinks(Questionnaire q) {
        var links = new java.util.LinkedHashMap<String, String>();
        for (Round.Question question : q.round().questions()) {
            String problem = q.problems().get(question.id());
            if (problem != null) {
                String anchor = switch (question.kind()) {
                    case PERCEPTION -> "fs";
                    case SINGLE, MULTIPLE -> "fc";
                    default -> "q";
                };
                links.put(anchor + question.id(), problem);
            }
        }
        return links;
    }
}
