package org.a4ptracker.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.shared.BadRequestException;
import org.a4ptracker.shared.ConflictException;
import org.a4ptracker.shared.FieldErrors;
import org.a4ptracker.shared.Text;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Indicator pages: the catalogue, one indicator's series against its targets, the entry grid, the approval queue. */
@Controller
class IndicatorController {

    private final IndicatorService indicators;
    private final IndicatorDataService data;
    private final IndicatorImportService imports;
    private final org.a4ptracker.identity.AccessPolicy access;
    private final org.a4ptracker.stakeholder.StakeholderService stakeholders;

    IndicatorController(IndicatorService indicators, IndicatorDataService data, IndicatorImportService imports,
                        org.a4ptracker.identity.AccessPolicy access, org.a4ptracker.stakeholder.StakeholderService stakeholders) {
        this.indicators = indicators;
        this.data = data;
        this.imports = imports;
        this.access = access;
        this.stakeholders = stakeholders;
    }

    @GetMapping("/indicators/entry/{reporter}/import")
    String importForm(CurrentUser me, @PathVariable String reporter, Model model) {
        var stakeholder = stakeholders.summary(reporter);
        access.requireFocalPointOf(me, stakeholder.id(), "OPEN_INDICATOR_IMPORT", "stakeholder", reporter);
        model.addAttribute("reporter", stakeholder);
        model.addAttribute("columns", IndicatorImportTemplate.COLUMNS);
        return "indicator/import";
    }

    @PostMapping("/indicators/entry/{reporter}/import")
    String importFile(CurrentUser me, @PathVariable String reporter,
                      @RequestParam("file") org.springframework.web.multipart.MultipartFile file,
                      @RequestParam(defaultValue = "false") boolean dryRun, Model model) throws java.io.IOException {
        var result = imports.importValues(me, reporter, file.getOriginalFilename(), file.getInputStream(), dryRun);
        model.addAttribute("result", result);
        model.addAttribute("filename", file.getOriginalFilename());
        if (!result.ok()) {
            // the table lists each problem by row and column; the summary points at the field that takes the corrected file
            model.addAttribute("fieldErrors", Map.of("file", Text.of("import.file.problems", String.valueOf(file.getOriginalFilename()))));
        }
        return importForm(me, reporter, model);
    }

    @GetMapping("/indicators")
    String catalogue(Model model) {
        model.addAttribute("indicators", indicators.catalogue());
        return "indicator/list";
    }

    @GetMapping("/indicators/{code}")
    String detail(CurrentUser me, @PathVariable String code, @RequestParam(required = false) String disaggregation,
                  @RequestParam(required = false) String reporter, Model model) {
        model.addAttribute("series", indicators.series(me, code, disaggregation, reporter == null || reporter.isBlank() ? null : reporter));
        return "indicator/detail";
    }

    @GetMapping("/indicators/entry/{reporter}/{period}")
    String grid(CurrentUser me, @PathVariable String reporter, @PathVariable String period, Model model) {
        model.addAttribute("grid", data.grid(me, reporter, period));
        model.addAttribute("problems", Map.of());
        return "indicator/entry";
    }

    /** The grid posts cells as value[INDICATOR|DISAGG], na[...], note[...]: all of them are saved, or none. */
    @PostMapping("/indicators/entry/{reporter}/{period}")
    String save(CurrentUser me, @PathVariable String reporter, @PathVariable String period, HttpServletRequest request,
                Model model, RedirectAttributes redirect) {
        var cells = cells(request);
        try {
            int saved = data.save(me, reporter, period, cells);
            redirect.addFlashAttribute("saved", saved);
            return "redirect:/indicators/entry/" + reporter + "/" + period;
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", e.text());
            return "redirect:/indicators/entry/" + reporter + "/" + period;
        } catch (InvalidValuesException e) {
            var grid = data.grid(me, reporter, period);
            var problems = e.problems().stream().collect(java.util.stream.Collectors.groupingBy(
                    p -> p.indicator() + "|" + p.disaggregation(), java.util.stream.Collectors.mapping(CellProblem::message,
                            java.util.stream.Collectors.toList())));
            model.addAttribute("grid", grid);
            model.addAttribute("typed", cells.stream().collect(java.util.stream.Collectors.toMap(
                    c -> c.indicator() + "|" + c.disaggregation(), c -> c)));
            model.addAttribute("problems", problems);
            model.addAttribute("errors", inGridOrder(grid, problems));
            return "indicator/entry";
        }
    }

    /** The error summary's links, cell input id to its message, in the order of the grid. */
    private static Map<String, List<Text>> inGridOrder(EntryGrid grid, Map<String, List<Text>> problems) {
        var errors = new java.util.LinkedHashMap<String, List<Text>>();
        grid.rows().forEach(row -> row.cells().forEach(cell -> {
            String key = row.indicator().code() + "|" + cell.disaggregation();
            if (problems.containsKey(key)) {
                errors.put("v-" + key, problems.get(key));
            }
        }));
        return errors;
    }

    @PostMapping("/indicators/entry/{reporter}/{period}/{transition:submit|approve|return|unlock}")
    String move(CurrentUser me, @PathVariable String reporter, @PathVariable String period, @PathVariable String transition,
                @RequestParam int lockVersion, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            data.move(me, reporter, period, PeriodWorkflow.Transition.valueOf(transition.toUpperCase()), lockVersion, reason);
            redirect.addFlashAttribute("notice", "indicator.period." + transition + ".done");
        } catch (BadRequestException e) {
            // a reason refused is shown beside its box, with what was typed; the other forms of the page have no field
            if ("return".equals(transition) || "unlock".equals(transition)) {
                FieldErrors.show(e, redirect::addFlashAttribute, "reason", transition + "-reason");
            } else {
                redirect.addFlashAttribute("error", e.text());
            }
            redirect.addFlashAttribute(transition + "Reason", reason);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", e.text());
        }
        return "redirect:/indicators/entry/" + reporter + "/" + period;
    }

    @GetMapping("/review/indicators")
    String queue(CurrentUser me, Model model) {
        model.addAttribute("submitted", data.periods(me, "SUBMITTED"));
        return "indicator/queue";
    }

    static List<CellInput> cells(HttpServletRequest request) {
        var cells = new ArrayList<CellInput>();
        for (String name : request.getParameterMap().keySet()) {
            if (name.startsWith("value[") && name.endsWith("]")) {
                String key = name.substring(6, name.length() - 1);
                String[] parts = key.split("\\|", 2);
                if (parts.length == 2) {
                    cells.add(new CellInput(parts[0], parts[1], request.getParameter(name),
                            request.getParameter("na[" + key + "]") != null, request.getParameter("note[" + key + "]")));
                }
            }
        }
        return cells;
    }
}
