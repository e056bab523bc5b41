package org.a4ptracker.survey;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.a4ptracker.framework.FrameworkService;
import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.shared.Text;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Answering a round, one step at a time: through an invitation link (the link is the credential:
 * no sign-in, no server session, so a save works after cookies are gone or hours idle) or as the
 * stakeholder's focal point from the workspace. Next, Back and Save save the step's answers; with
 * JavaScript the step is also saved in the background as it changes (/js/keep.js, data-autosave). A refused save shows the
 * step again with everything typed and the reason; a submitted response shows its receipt.
 */
@Controller
class RespondController {

    /** How the two ways of answering reach the service; the pages are the same. */
    private interface Respondent {
        Questionnaire view();

        Questionnaire save(Map<String, String[]> form, Collection<Long> scope);

        Questionnaire submit();

        String base();
    }

    private final ResponseService responses;
    private final FrameworkService framework;

    RespondController(ResponseService responses, FrameworkService framework) {
        this.responses = responses;
        this.framework = framework;
    }

    @GetMapping("/respond/{token}")
    String respond(@PathVariable String token, @RequestParam(defaultValue = "1") int step,
                   @RequestParam(required = false) String saved, Model model, Locale locale) {
        var respondent = byLink(token);
        return show(respondent, respondent.view(), step, saved != null, model, locale);
    }

    @PostMapping("/respond/{token}")
    String answer(@PathVariable String token, @RequestParam(defaultValue = "1") int step, @RequestParam(defaultValue = "save") String go,
                  @RequestParam(required = false) String confirm, @RequestHeader(value = "HX-Request", required = false) String htmx,
                  HttpServletRequest request, Model model, Locale locale) {
        try {
            return post(byLink(token), step, go, confirm, htmx != null, request, model, locale);
        } catch (org.a4ptracker.shared.NotFoundException e) {
            // a replaced or mistyped link: the 404 page shows back what was typed, so that nothing is lost
            org.a4ptracker.shared.KeptFields.keep(request);
            throw e;
        }
    }

    @GetMapping("/workspace/{code}/surveys/{id}")
    String respondAsFocalPoint(CurrentUser me, @PathVariable String code, @PathVariable long id,
                               @RequestParam(defaultValue = "1") int step, @RequestParam(required = false) String saved,
                               Model model, Locale locale) {
        var respondent = asFocalPoint(me, code, id);
        return show(respondent, respondent.view(), step, saved != null, model, locale);
    }

    @PostMapping("/workspace/{code}/surveys/{id}")
    String answerAsFocalPoint(CurrentUser me, @PathVariable String code, @PathVariable long id,
                              @RequestParam(defaultValue = "1") int step, @RequestParam(defaultValue = "save") String go,
                              @RequestParam(required = false) String confirm,
                              @RequestHeader(value = "HX-Request", required = false) String htmx, HttpServletRequest request,
                              Model model, Locale locale) {
        return post(asFocalPoint(me, code, id), step, go, confirm, htmx != null, request, model, locale);
    }

    private String post(Respondent respondent, int stepNumber, String go, String confirm, boolean background, HttpServletRequest request,
                        Model model, Locale locale) {
        var current = respondent.view();
        var steps = steps(current.round());
        var step = steps.at(stepNumber);
        if ("submit".equals(go)) {
            if (!"yes".equals(confirm)) {
                model.addAttribute("error", Text.of("survey.confirm.missing"));
                return show(respondent, current, steps.review().number(), false, model, locale);
            }
            var submitted = respondent.submit();
            return submitted.submitted() ? "redirect:" + respondent.base()
                    : show(respondent, submitted, steps.review().number(), false, model, locale);
        }
        var saved = respondent.save(request.getParameterMap(), steps.questionIds(step));
        boolean ok = saved.answerable() && saved.problems().isEmpty();
        if (background) {
            model.addAttribute("q", saved);
            model.addAttribute("background", true);
            return "survey/respond :: saveStatus";
        }
        if (!ok) {
            model.addAttribute("attempt", true); // the step again, with what was typed, even after a submission
            return show(respondent, saved, step.number(), false, model, locale);
        }
        int next = switch (go) {
            case "next" -> step.number() + 1;
            case "back" -> step.number() - 1;
            default -> go.matches("\\d{1,3}") ? Integer.parseInt(go) : step.number(); // a step of the navigation
        };
        return "redirect:" + respondent.base() + "?step=" + steps.at(next).number() + "&saved";
    }

    private String show(Respondent respondent, Questionnaire q, int stepNumber, boolean saved, Model model, Locale locale) {
        var texts = framework.commitmentTexts(locale);
        model.addAttribute("q", q);
        model.addAttribute("texts", texts);
        model.addAttribute("levels", Perception.values());
        model.addAttribute("formAction", respondent.base());
        if (q.submitted() && !model.containsAttribute("attempt")) {
            return "survey/receipt";
        }
        var steps = steps(q.round());
        model.addAttribute("steps", steps);
        model.addAttribute("step", steps.at(stepNumber));
        model.addAttribute("errors", errorLinks(q, steps.at(stepNumber)));
        model.addAttribute("saved", saved && q.savedAt() != null);
        return "survey/respond";
    }

    /** The error summary's links in the order of the step's questions: a choice links to its group, a text to its box. */
    private static Map<String, Text> errorLinks(Questionnaire q, Steps.Step step) {
        var links = new java.util.LinkedHashMap<String, Text>();
        for (Round.Question question : step.questions()) {
            var problem = q.problems().get(question.id());
            if (problem != null) {
                String anchor = switch (question.kind()) {
                    case PERCEPTION, SINGLE, MULTIPLE -> "fs";
                    default -> "q";
                };
                links.put(anchor + question.id(), problem);
            }
        }
        return links;
    }

    private Steps steps(Round round) {
        var areaOf = new java.util.HashMap<Integer, Integer>();
        framework.commitmentTexts(Locale.ROOT).values().forEach(t -> areaOf.put(t.number(), t.area()));
        return Steps.of(round, areaOf);
    }

    private Respondent byLink(String token) {
        return new Respondent() {
            public Questionnaire view() {
                return responses.byLink(token);
            }

            public Questionnaire save(Map<String, String[]> form, Collection<Long> scope) {
                return responses.saveByLink(token, form, scope);
            }

            public Questionnaire submit() {
                return responses.submitByLink(token);
            }

            public String base() {
                return "/respond/" + token;
            }
        };
    }

    private Respondent asFocalPoint(CurrentUser me, String code, long roundId) {
        return new Respondent() {
            public Questionnaire view() {
                return responses.asFocalPoint(me, roundId, code);
            }

            public Questionnaire save(Map<String, String[]> form, Collection<Long> scope) {
                return responses.saveAsFocalPoint(me, roundId, code, form, scope);
            }

            public Questionnaire submit() {
                return responses.submitAsFocalPoint(me, roundId, code);
            }

            public String base() {
                return "/workspace/" + code + "/surveys/" + roundId;
            }
        };
    }
}
