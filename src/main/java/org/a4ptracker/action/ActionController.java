package org.a4ptracker.action;

import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.shared.Enums;
import org.a4ptracker.shared.PageLinks;
import org.a4ptracker.shared.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Public pages of the registry: the list of published actions, one action, its history, its files. */
@Controller
class ActionController {

    private final ActionQueries queries;
    private final AttachmentService attachments;
    private final ReportingStatusService reporting;

    ActionController(ActionQueries queries, AttachmentService attachments, ReportingStatusService reporting) {
        this.queries = queries;
        this.attachments = attachments;
        this.reporting = reporting;
    }

    @GetMapping("/actions")
    String list(@RequestParam(required = false) Integer area, @RequestParam(required = false) Integer commitment,
                @RequestParam(required = false) String stakeholder, @RequestParam(required = false) String mission,
                @RequestParam(required = false) String status, @RequestParam(required = false) Integer cycle,
                @RequestParam(required = false) Integer page, @RequestHeader(name = "HX-Request", required = false) String htmx,
                Model model) {
        var filter = new ActionFilter(area, commitment, blank(stakeholder), blank(mission),
                Enums.parse(ActionStatus.class, "status", status), cycle);
        model.addAttribute("filter", filter);
        model.addAttribute("results", queries.published(filter, PageRequest.of(page, PageRequest.DEFAULT_SIZE)));
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("cycles", reporting.cycles());
        model.addAttribute("pagerBase", PageLinks.base("/actions", "area", area, "commitment", commitment,
                "stakeholder", stakeholder, "mission", mission, "status", status, "cycle", cycle));
        model.addAttribute("downloadQuery", PageLinks.query("area", area, "commitment", commitment, "stakeholder", filter.stakeholder(),
                "mission", filter.mission(), "status", filter.status(), "cycle", cycle));
        return htmx != null ? "action/list :: results" : "action/list";
    }

    @GetMapping("/actions/{id}")
    String detail(CurrentUser me, @PathVariable long id, Model model) {
        model.addAttribute("action", queries.detail(me, id));
        return "action/detail";
    }

    @GetMapping("/actions/{id}/history")
    String history(CurrentUser me, @PathVariable long id, Model model) {
        model.addAttribute("action", queries.detail(me, id));
        model.addAttribute("history", queries.history(me, id));
        return "action/history";
    }

    @GetMapping("/actions/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(CurrentUser me, @PathVariable long id, @PathVariable long attachmentId) {
        var stored = attachments.download(me, id, attachmentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(stored.attachment().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(stored.attachment().filename(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Digest", "sha-256=" + stored.attachment().sha256())
                .body(stored.content());
    }

    @GetMapping("/actions/import-template.csv")
    ResponseEntity<byte[]> csvTemplate() {
        return download(ActionImportTemplate.csv(), "a4p-actions-template.csv", "text/csv;charset=UTF-8");
    }

    @GetMapping("/actions/import-template.xlsx")
    ResponseEntity<byte[]> xlsxTemplate() {
        return download(ActionImportTemplate.xlsx(), "a4p-actions-template.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    static ResponseEntity<byte[]> download(byte[] body, String filename, String type) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
