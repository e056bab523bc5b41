package org.a4ptracker.action;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.shared.Enums;
import org.a4ptracker.shared.Messages;
import org.a4ptracker.shared.Page;
import org.a4ptracker.shared.PageRequest;
import org.a4ptracker.shared.TableDownload;
import org.a4ptracker.shared.TableWriter;
import org.a4ptracker.shared.Text;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Actions", description = "The action registry: published actions for everyone; drafts, review and import for focal points and reviewers")
class ActionApiController {

    /** A change request: the lock version read with the action, and a reason where the transition needs one. */
    record Change(Integer lockVersion, String reason, ActionContent content) {
    }

    record Created(long id) {
    }

    private final ActionService actions;
    private final ActionQueries queries;
    private final ActionImportService imports;
    private final AttachmentService attachments;
    private final ReportingStatusService reporting;
    private final ActionStatistics statistics;
    private final Messages messages;

    ActionApiController(ActionService actions, ActionQueries queries, ActionImportService imports, AttachmentService attachments,
                        ReportingStatusService reporting, ActionStatistics statistics, Messages messages) {
        this.messages = messages;
        this.statistics = statistics;
        this.actions = actions;
        this.queries = queries;
        this.imports = imports;
        this.attachments = attachments;
        this.reporting = reporting;
    }

    @GetMapping("/api/v1/actions")
    @Operation(summary = "Published actions, newest first, filtered by area, commitment, stakeholder code, mission code, status, cycle")
    Page<ActionSummary> published(@RequestParam(required = false) Integer area, @RequestParam(required = false) Integer commitment,
                                  @RequestParam(required = false) String stakeholder, @RequestParam(required = false) String mission,
                                  @RequestParam(required = false) String status, @RequestParam(required = false) Integer cycle,
                                  @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return queries.published(new ActionFilter(area, commitment, ActionController.blank(stakeholder), ActionController.blank(mission),
                Enums.parse(ActionStatus.class, "status", status), cycle), PageRequest.of(page, size));
    }

    static final List<String> LIST_HEADER = List.of("id", "title", "stakeholder_code", "stakeholder", "status", "reporting_cycle",
            "commitments", "published_at", "sample");

    @GetMapping("/api/v1/actions.{format:csv|xlsx}")
    @Operation(summary = "Every published action matching the same filters as /actions (not just one page), as CSV or XLSX, streamed;"
            + " sample=true rows are generated")
    void download(@PathVariable String format, @RequestParam(required = false) Integer area,
                  @RequestParam(required = false) Integer commitment, @RequestParam(required = false) String stakeholder,
                  @RequestParam(required = false) String mission, @RequestParam(required = false) String status,
                  @RequestParam(required = false) Integer cycle, Locale locale, HttpServletResponse response) throws IOException {
        var filter = new ActionFilter(area, commitment, ActionController.blank(stakeholder), ActionController.blank(mission),
                Enums.parse(ActionStatus.class, "status", status), cycle);
        TableDownload.send(response, TableWriter.Format.of(format), "actions", LIST_HEADER, messages, table ->
                queries.forEachPublished(filter, a -> table.row(a.id(), a.title(), a.stakeholderCode(), a.stakeholderName(locale),
                        TableWriter.Label.of("action.status.", a.status()), a.reportingCycle(), a.commitments(), a.publishedAt(), a.sample())));
    }

    @GetMapping("/api/v1/actions/{id}")
    @Operation(summary = "One action as you may see it: the published version for everyone, the working version for its focal points and reviewers")
    ActionDetail detail(CurrentUser me, @PathVariable long id) {
        return queries.detail(me, id);
    }

    @GetMapping("/api/v1/actions/{id}/history")
    @Operation(summary = "Every version and workflow step, with text diffs (focal points of the stakeholder, reviewers)")
    List<HistoryEntry> history(CurrentUser me, @PathVariable long id) {
        return queries.history(me, id);
    }

    @PostMapping("/api/v1/workspace/{stakeholder}/actions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a draft action for a stakeholder you are focal point of")
    Created create(CurrentUser me, @PathVariable String stakeholder, @RequestBody ActionContent content) {
        return new Created(actions.create(me, stakeholder, content));
    }

    @PutMapping("/api/v1/actions/{id}")
    @Operation(summary = "Save a new version (a draft, a returned action, or a revision of a published one); 409 if it changed since lockVersion")
    ActionDetail edit(CurrentUser me, @PathVariable long id, @RequestBody Change change) {
        int lockVersion = lock(change);
        if (change.content() == null) {
            throw new org.a4ptracker.shared.BadRequestException("content", "input.required");
        }
        actions.edit(me, id, lockVersion, change.content());
        return queries.detail(me, id);
    }

    @PostMapping("/api/v1/actions/{id}/{transition:submit|return|publish|withdraw}")
    @Operation(summary = "Move the action on: submit (focal point), return with reason or publish (reviewer), withdraw with reason")
    ActionDetail transition(CurrentUser me, @PathVariable long id, @PathVariable String transition, @RequestBody Change change) {
        switch (transition) {
            case "submit" -> actions.submit(me, id, lock(change));
            case "return" -> actions.returnToFocalPoint(me, id, lock(change), change.reason());
            case "publish" -> actions.publish(me, id, lock(change));
            default -> actions.withdraw(me, id, lock(change), change.reason());
        }
        return queries.detail(me, id);
    }

    @PostMapping(value = "/api/v1/actions/{id}/attachments", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach an evidence file (PDF, image, Office, text; up to 10 MB) to an action of your stakeholder")
    Attachment attach(CurrentUser me, @PathVariable long id, @RequestParam("file") MultipartFile file) throws IOException {
        return attachments.attach(me, id, file.getOriginalFilename(), file.getBytes());
    }

    @GetMapping("/api/v1/workspace/{stakeholder}/actions")
    @Operation(summary = "All actions of a stakeholder in every state (its focal points, reviewers)")
    Page<ActionSummary> workspace(CurrentUser me, @PathVariable String stakeholder, @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size) {
        return queries.workspace(me, stakeholder, ActionFilter.none(), PageRequest.of(page, size));
    }

    @PostMapping(value = "/api/v1/workspace/{stakeholder}/import", consumes = "multipart/form-data")
    @Operation(summary = "Import actions from .csv or .xlsx as drafts; dryRun=true only checks. Errors by row and column; all rows or none")
    ImportResult importFile(CurrentUser me, @PathVariable String stakeholder, @RequestParam("file") MultipartFile file,
                            @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        return imports.importActions(me, stakeholder, file.getOriginalFilename(), file.getInputStream(), dryRun);
    }

    @GetMapping("/api/v1/review/queue")
    @Operation(summary = "Submissions waiting for review, oldest first (reviewers)")
    Page<ActionSummary> queue(CurrentUser me, @RequestParam(required = false) Integer area,
                              @RequestParam(required = false) String stakeholder, @RequestParam(required = false) Integer olderThanDays,
                              @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return queries.queue(me, new ActionFilter(area, null, ActionController.blank(stakeholder), null, null, null), olderThanDays,
                PageRequest.of(page, size));
    }

    @GetMapping("/api/v1/missions/{code}/reporters")
    @Operation(summary = "The stakeholders reporting on a mission: those with published actions about it, with how many, most first")
    List<ActionStatistics.MissionReporter> missionReporters(@PathVariable String code) {
        return statistics.reportersOnMission(code);
    }

    @GetMapping("/api/v1/missions/{code}/reporters.{format:csv|xlsx}")
    @Operation(summary = "The stakeholders reporting on a mission as CSV or XLSX, as on the mission's page")
    void missionReportersDownload(@PathVariable String code, @PathVariable String format, Locale locale, HttpServletResponse response)
            throws IOException {
        var reporters = statistics.reportersOnMission(code);
        TableDownload.send(response, TableWriter.Format.of(format), "mission-" + code + "-reporters", "reporters",
                List.of("mission", "stakeholder", "name", "published_actions", "sample"), messages, rows -> reporters.forEach(r ->
                        rows.row(code, r.code(), TableWriter.Label.name(r.name(Locale.ENGLISH), r.name(locale)), r.actions(), r.sample())));
    }

    @GetMapping("/api/v1/reporting-status/{stakeholder}/cycles.{format:csv|xlsx}")
    @Operation(summary = "A stakeholder's reporting status in every cycle as CSV or XLSX, as on its profile")
    void reportingPerCycle(@PathVariable String stakeholder, @PathVariable String format, HttpServletResponse response)
            throws IOException {
        var cycles = reporting.perCycle(stakeholder);
        TableDownload.send(response, TableWriter.Format.of(format), "reporting-status-" + stakeholder, "reporting-status",
                List.of("stakeholder", "cycle", "status", "published_actions", "sample_actions"), messages, rows -> cycles.forEach(c ->
                        rows.row(stakeholder, c.cycle(), TableWriter.Label.of("status.", c.state()), c.publishedActions(),
                                c.sampleActions())));
    }

    @GetMapping("/api/v1/reporting-status/{stakeholder}")
    @Operation(summary = "Reporting status of a stakeholder for a cycle (default: the current one): reported, due, overdue or not expected, per commitment")
    ReportingStatus reportingStatus(@PathVariable String stakeholder, @RequestParam(required = false) Integer cycle) {
        return reporting.status(stakeholder, cycle == null ? reporting.currentCycle() : cycle);
    }

    @ExceptionHandler(InvalidActionException.class)
    ProblemDetail invalid(InvalidActionException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.text(Text.of("action.problem.count", e.problems().size())));
        problem.setTitle(messages.text(Text.of("action.problem.title.invalid")));
        problem.setProperty("errors", e.problems().stream().map(p -> Map.of("field", p.field(), "message", messages.text(p.message()),
                "code", p.message().key())).toList());
        return problem;
    }

    private static int lock(Change change) {
        if (change == null || change.lockVersion() == null) {
            throw new org.a4ptracker.shared.BadRequestException("lockVersion", "action.problem.lock-version");
        }
        return change.lockVersion();
    }
}
