package org.a4ptracker.survey;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.shared.BadRequestException;
import org.a4ptracker.shared.ConflictException;
import org.a4ptracker.shared.FieldErrors;
import org.a4ptracker.stakeholder.StakeholderService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Reviewers' pages: create a round, edit its questionnaire, open, remind, close, publish. */
@Controller
class SurveyAdminController {

    private final SurveyService surveys;
    private final ResponseService responses;
    private final ResponseRepository invitations;
    private final ReminderService reminders;
    private final StakeholderService stakeholders;

    SurveyAdminController(SurveyService surveys, ResponseService responses, ResponseRepository invitations, ReminderService reminders,
                          StakeholderService stakeholders) {
        this.surveys = surveys;
        this.responses = responses;
        this.invitations = invitations;
        this.reminders = reminders;
        this.stakeholders = stakeholders;
    }

    @GetMapping("/review/surveys/new")
    String form(CurrentUser me, Model model) {
        model.addAttribute("rounds", surveys.rounds(me));
        model.addAttribute("groups", RespondentGroup.values());
        return "survey/new";
    }

    @PostMapping("/review/surveys")
    String create(CurrentUser me, @RequestParam String title, @RequestParam(required = false) String intro,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
                  @RequestParam(required = false) List<RespondentGroup> groups, @RequestParam(required = false) Long copyFrom,
                  Model model) {
        try {
            long id = surveys.create(me, new RoundForm(title, intro, opensOn, closesOn, groups, copyFrom));
            return "redirect:/review/surveys/" + id;
        } catch (BadRequestException e) {
            // the first group's box is the groups' anchor (GOV.UK: the first checkbox takes the field's id)
            FieldErrors.show(e, model::addAttribute, "title", "title", "intro", "intro", "opensOn", "opensOn", "closesOn", "closesOn",
                    "groups", "groups");
            model.addAttribute("typed", new RoundForm(title, intro, opensOn, closesOn, groups, copyFrom));
            return form(me, model);
        }
    }

    @GetMapping("/review/surveys/{id}")
    String manage(CurrentUser me, @PathVariable long id, Model model) {
        var round = surveys.round(id);
        model.addAttribute("round", round);
        var list = invitations.invitations(id);
        var names = stakeholders.byIds(list.stream().map(e -> e.invitation().stakeholderId()).toList());
        model.addAttribute("invitations", list);
        model.addAttribute("names", names);
        model.addAttribute("pending", list.stream().filter(e -> !"SUBMITTED".equals(e.state())).count());
        model.addAttribute("kinds", List.of(QuestionKind.SINGLE, QuestionKind.MULTIPLE, QuestionKind.NUMBER, QuestionKind.TEXT));
        return "survey/manage";
    }

    @PostMapping("/review/surveys/{id}/questions")
    String addQuestion(CurrentUser me, @PathVariable long id, @RequestParam QuestionKind kind, @RequestParam String text,
                       @RequestParam(defaultValue = "") String options, RedirectAttributes redirect) {
        try {
            surveys.addQuestion(me, id, kind, text, Arrays.asList(options.split("\\R")));
        } catch (BadRequestException e) {
            FieldErrors.show(e, redirect::addFlashAttribute, "kind", "kind", "text", "qtext", "options", "options");
            redirect.addFlashAttribute("question", new TypedQuestion(kind, text, options));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", e.text());
        }
        return "redirect:/review/surveys/" + id;
    }

    /** A question as the reviewer typed it, shown back in the form when it was refused. */
    record TypedQuestion(QuestionKind kind, String text, String options) implements java.io.Serializable {
    }

    @PostMapping("/review/surveys/{id}/questions/{questionId}/delete")
    String removeQuestion(CurrentUser me, @PathVariable long id, @PathVariable long questionId, RedirectAttributes redirect) {
        try {
            surveys.removeQuestion(me, id, questionId);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", e.text());
        }
        return "redirect:/review/surveys/" + id;
    }

    @PostMapping("/review/surveys/{id}/{transition:open|close|publish}")
    String move(CurrentUser me, @PathVariable long id, @PathVariable String transition, @RequestParam int lockVersion,
                RedirectAttributes redirect) {
        try {
            switch (transition) {
                case "open" -> {
                    String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
                    redirect.addFlashAttribute("links", surveys.open(me, id, lockVersion).entrySet().stream()
                            .map(e -> e.getKey().names().en() + " (" + e.getKey().code() + "): " + base + "/respond/" + e.getValue())
                            .collect(Collectors.toList()));
                }
                case "close" -> surveys.close(me, id, lockVersion);
                default -> surveys.publish(me, id, lockVersion);
            }
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", e.text());
        }
        return "redirect:/review/surveys/" + id;
    }

    @PostMapping("/review/surveys/{id}/invitations/{stakeholderId}/remind")
    String remind(CurrentUser me, @PathVariable long id, @PathVariable long stakeholderId,
                  @RequestParam(required = false) String email, RedirectAttributes redirect) {
        var name = stakeholders.byIds(List.of(stakeholderId)).get(stakeholderId).names().en();
        redirect.addFlashAttribute("reminder", reminders.remind(me, id, stakeholderId, name, email,
                ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()));
        return "redirect:/review/surveys/" + id;
    }

    @PostMapping("/review/surveys/{id}/responses/{responseId}/reopen")
    String reopen(CurrentUser me, @PathVariable long id, @PathVariable long responseId, RedirectAttributes redirect) {
        try {
            responses.reopen(me, responseId);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", e.text());
        }
        return "redirect:/review/surveys/" + id;
    }

    @PostMapping("/review/surveys/{id}/free-text/{responseId}/{questionId}")
    String publishable(CurrentUser me, @PathVariable long id, @PathVariable long responseId, @PathVariable long questionId,
                       @RequestParam boolean publishable) {
        responses.publishable(me, responseId, questionId, publishable);
        return "redirect:/surveys/" + id + "/results#free-text";
    }
}
