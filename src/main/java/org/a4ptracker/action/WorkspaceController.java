package org.a4ptracker.action;

import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;

import org.a4ptracker.identity.AccessPolicy;
import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.shared.BadRequestException;
import org.a4ptracker.shared.ConflictException;
import org.a4ptracker.shared.FieldErrors;
import org.a4ptracker.shared.PageRequest;
import org.a4ptracker.shared.Text;
import org.a4ptracker.stakeholder.StakeholderService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A focal point's workspace: what is drafted, returned, under review and due; writing, submitting and importing. */
@Controller
class WorkspaceController {

    private final ActionService actions;
    private final ActionQueries queries;
    private final ActionImportService imports;
    private final AttachmentService attachments;
    private final ReportingStatusService reporting;
    private final StakeholderService stakeholders;
    private final ActionFormSupport forms;
    private final AccessPolicy access;
    private final java.util.List<org.a4ptracker.shared.PageSection.Provider> sections;

    WorkspaceController(ActionService actions, ActionQueries queries, ActionImportService imports, AttachmentService attachments,
                        ReportingStatusService reporting, StakeholderService stakeholders, ActionFormSupport forms,
                        AccessPolicy access, java.util.List<org.a4ptracker.shared.PageSection.Provider> sections) {
        this.access = access;
        this.sections = sections;
        this.actions = actions;
        this.queries = queries;
        this.imports = imports;
        this.attachments = attachments;
        this.reporting = reporting;
        this.stakeholders = stakeholders;
        this.forms = forms;
    }

    @GetMapping("/workspace")
    String workspace(CurrentUser me) {
        if (me.isFocalPoint()) {
            long first = me.stakeholderIds().stream().sorted().findFirst().orElseThrow();
            return "redirect:/workspace/" + stakeholders.byIds(java.util.List.of(first)).get(first).code();
        }
        access.requireReviewer(me, "OPEN_WORKSPACE", null, null, null);
        return "redirect:/review";
    }

    @GetMapping("/workspace/{code}")
    String stakeholderWorkspace(CurrentUser me, @PathVariable String code, @RequestParam(required = false) Integer cycle,
                                @RequestParam(required = false) Integer page, Model model) {
        var list = queries.workspace(me, code, ActionFilter.none(), PageRequest.of(page, 50));
        int shownCycle = cycle == null ? reporting.currentCycle() : cycle;
        model.addAttribute("stakeholder", stakeholders.summary(code));
        model.addAttribute("actions", list);
        model.addAttribute("status", reporting.status(code, shownCycle));
        model.addAttribute("cycles", reporting.cycles());
        model.addAttribute("myStakeholders", stakeholders.byIds(me.stakeholderIds()).values());
        model.addAttribute("pagerBase", "/workspace/" + code + "?");
        model.addAttribute("sections", org.a4ptracker.shared.PageSection.collect(sections,
                new org.a4ptracker.shared.PageSection.Subject(org.a4ptracker.shared.PageSection.Kind.WORKSPACE, code)));
        var month = java.time.YearMonth.now().minusMonths(1);
        model.addAttribute("entryPeriod", "%d-%02d".formatted(month.getYear(), month.getMonthValue()));
        return "action/workspace";
    }

    @GetMapping("/workspace/{code}/actions/new")
    String newAction(CurrentUser me, @PathVariable String code, Model model) {
        var stakeholder = stakeholders.summary(code);
        access.requireFocalPointOf(me, stakeholder.id(), "OPEN_ACTION_FORM", "stakeholder", code);
        return forms.show(model, stakeholder, null, ActionForm.blank(reporting.currentCycle()), Map.of(), null);
    }

    @PostMapping("/workspace/{code}/actions")
    String create(CurrentUser me, @PathVariable String code, @ModelAttribute ActionForm form,
                  @RequestParam(required = false) String suggest, Model model) {
        if (suggest != null) {
            var stakeholder = stakeholders.summary(code);
            access.requireFocalPointOf(me, stakeholder.id(), "OPEN_ACTION_FORM", "stakeholder", code);
            return forms.suggest(model, stakeholder, null, form);
        }
        try {
            long id = actions.create(me, code, form.toContent());
            return "redirect:/actions/" + id + "?saved";
        } catch (InvalidActionException e) {
            return forms.show(model, stakeholders.summary(code), null, form, problems(e), null);
        }
    }

    @GetMapping("/actions/{id}/edit")
    String edit(CurrentUser me, @PathVariable long id, Model model) {
        var detail = queries.detail(me, id);
        if (detail.current() == null || !detail.can("EDIT")) {
            throw new ConflictException("action.refused.edit-state", Text.of("action.state.word." + detail.state().name()));
        }
        return forms.show(model, stakeholders.summary(detail.stakeholderCode()), detail,
                ActionForm.of(detail.current().content(), detail.lockVersion()), Map.of(), null);
    }

    @PostMapping("/actions/{id}/edit")
    String save(CurrentUser me, @PathVariable long id, @ModelAttribute ActionForm form,
                @RequestParam(required = false) String suggest, Model model) {
        var detail = queries.detail(me, id);
        if (suggest != null && detail.can("EDIT")) {
            return forms.suggest(model, stakeholders.summary(detail.stakeholderCode()), detail, form);
        }
        try {
            actions.edit(me, id, form.lockVersion() == null ? -1 : form.lockVersion(), form.toContent());
            return "redirect:/actions/" + id + "?saved";
        } catch (InvalidActionException e) {
            return forms.show(model, stakeholders.summary(detail.stakeholderCode()), detail, form, problems(e), null);
        } catch (ConflictException e) {
            return forms.show(model, stakeholders.summary(detail.stakeholderCode()), detail, form, Map.of(), e.text());
        }
    }

    @PostMapping("/actions/{id}/{transition:submit|return|publish|withdraw}")
    String transition(CurrentUser me, @PathVariable long id, @PathVariable String transition, @RequestParam int lockVersion,
                      @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            switch (transition) {
                case "submit" -> actions.submit(me, id, lockVersion);
                case "return" -> actions.returnToFocalPoint(me, id, lockVersion, reason);
                case "publish" -> actions.publish(me, id, lockVersion);
                default -> actions.withdraw(me, id, lockVersion, reason);
            }
            redirect.addFlashAttribute("notice", "action." + transition + ".done");
        } catch (BadRequestException | ConflictException e) {
            // the typed reason goes back to the form it came from, and only there; a wrong reason is shown beside it
            if (e instanceof BadRequestException refused && ("return".equals(transition) || "withdraw".equals(transition))) {
                FieldErrors.show(refused, redirect::addFlashAttribute, "reason", "return".equals(transition) ? "reason" : "withdraw-reason");
            } else {
                redirect.addFlashAttribute("error", e.text());
            }
            redirect.addFlashAttribute(transition + "Reason", reason);
            if ("return".equals(transition) || "publish".equals(transition)) {
                return "redirect:/review/" + id;
            }
        }
        return "redirect:/actions/" + id;
    }

    @PostMapping("/actions/{id}/attachments")
    String attach(CurrentUser me, @PathVariable long id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        try {
            attachments.attach(me, id, file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("notice", "action.attach.done");
        } catch (BadRequestException e) {
            FieldErrors.show(e, redirect::addFlashAttribute, "file", "file");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", e.text());
        }
        return "redirect:/actions/" + id;
    }

    @GetMapping("/workspace/{code}/import")
    String importForm(CurrentUser me, @PathVariable String code, Model model) {
        var stakeholder = stakeholders.summary(code);
        access.requireFocalPointOf(me, stakeholder.id(), "OPEN_IMPORT_FORM", "stakeholder", code);
        model.addAttribute("stakeholder", stakeholder);
        model.addAttribute("columns", ActionImportTemplate.COLUMNS);
        return "action/import";
    }

    @PostMapping("/workspace/{code}/import")
    String importFile(CurrentUser me, @PathVariable String code, @RequestParam("file") MultipartFile file,
                      @RequestParam(defaultValue = "false") boolean dryRun, Model model) throws IOException {
        var result = imports.importActions(me, code, file.getOriginalFilename(), file.getInputStream(), dryRun);
        model.addAttribute("result", result);
        model.addAttribute("filename", file.getOriginalFilename());
        if (!result.ok()) {
            // the table lists each problem by row and column; the summary points at the field that takes the corrected file
            model.addAttribute("fieldErrors", Map.of("file", Text.of("import.file.problems", String.valueOf(file.getOriginalFilename()))));
        }
        return importForm(me, code, model);
    }

    /** The problems of each field, in the order found (the form's order): a field's several problems are said together. */
    static Map<String, java.util.List<Text>> problems(InvalidActionException e) {
        return e.problems().stream().collect(Collectors.groupingBy(FieldProblem::field, java.util.LinkedHashMap::new,
                Collectors.mapping(FieldProblem::message, Collectors.toList())));
    }
}
