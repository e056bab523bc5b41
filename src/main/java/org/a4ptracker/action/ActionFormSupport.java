package org.a4ptracker.action;

import java.util.List;
import java.util.Map;

import org.a4ptracker.framework.FrameworkService;
import org.a4ptracker.shared.CommitmentSuggestions;
import org.a4ptracker.shared.PlainText;
import org.a4ptracker.shared.Text;
import org.a4ptracker.stakeholder.StakeholderService;
import org.a4ptracker.stakeholder.StakeholderSummary;
import org.a4ptracker.stakeholder.StakeholderType;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the action form needs besides the form itself: areas with their commitments, missions, cycles. */
@Component
class ActionFormSupport {

    private final FrameworkService framework;
    private final StakeholderService stakeholders;
    private final ReportingStatusService reporting;
    private final java.util.Optional<CommitmentSuggestions> suggestions;

    ActionFormSupport(FrameworkService framework, StakeholderService stakeholders, ReportingStatusService reporting,
                      java.util.Optional<CommitmentSuggestions> suggestions) {
        this.framework = framework;
        this.stakeholders = stakeholders;
        this.reporting = reporting;
        this.suggestions = suggestions;
    }

    /**
     * The form again as typed, with the commitments its title and description most likely serve: the person ticks them.
     * A title or description that the action could not be saved with (PlainText) is said as such, and nothing suggested.
     */
    String suggest(Model model, StakeholderSummary stakeholder, ActionDetail existing, ActionForm form) {
        var refused = new java.util.LinkedHashMap<String, List<Text>>();
        PlainText.refusal(form.title(), PlainText.Lines.ONE).ifPresent(p -> refused.put("title", List.of(p)));
        PlainText.refusal(form.description(), PlainText.Lines.MANY).ifPresent(p -> refused.put("description", List.of(p)));
        if (!refused.isEmpty()) {
            return show(model, stakeholder, existing, form, refused, null);
        }
        var found = suggestions.map(s -> s.suggest(form.title(), form.description(), SUGGESTED)).orElse(List.of());
        model.addAttribute("suggestions", found);
        model.addAttribute("suggestedAreas", found.stream().map(f -> framework.commitment(f.commitment()).area()).distinct().toList());
        return show(model, stakeholder, existing, form, Map.of(), null);
    }

    static final int SUGGESTED = 5;

    String show(Model model, StakeholderSummary stakeholder, ActionDetail existing, ActionForm form,
                Map<String, List<Text>> problems, Text conflict) {
        model.addAttribute("stakeholder", stakeholder);
        model.addAttribute("existing", existing);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("conflict", conflict);
        model.addAttribute("areas", framework.areas());
        model.addAttribute("commitments", framework.commitments(new org.a4ptracker.framework.CommitmentFilter(null, null),
                new org.a4ptracker.shared.PageRequest(1, 100)).items());
        model.addAttribute("texts", framework.commitmentTexts(LocaleContextHolder.getLocale()));
        model.addAttribute("missions", stakeholders.byType(StakeholderType.MISSION));
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("cycles", reporting.cycles());
        return "action/form";
    }
}
