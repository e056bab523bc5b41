package org.a4ptracker.search;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.a4ptracker.identity.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators: this node's search index (documents, size, position in the change log) and the full reindex of
 * every node, with the build's progress; the page refreshes its status part every 2 s while a build runs (js/swap.js), or by a link.
 */
@Controller
@Tag(name = "Administration")
class SearchAdminController {

    private final SearchAdministration admin;

    SearchAdminController(SearchAdministration admin) {
        this.admin = admin;
    }

    @GetMapping("/admin/search")
    String page(CurrentUser me, @RequestHeader(name = "HX-Request", required = false) String part, Model model) {
        model.addAttribute("status", admin.status(me));
        return part != null ? "search/admin :: status" : "search/admin";
    }

    @PostMapping("/admin/search/reindex")
    String reindex(CurrentUser me, RedirectAttributes redirect) {
        redirect.addFlashAttribute("generation", admin.reindex(me));
        return "redirect:/admin/search";
    }

    @GetMapping("/api/v1/admin/search")
    @ResponseBody
    @Operation(summary = "This node's search index: documents, size in bytes, change log position, and a running build's progress")
    IndexStatus status(CurrentUser me) {
        return admin.status(me);
    }

    @PostMapping("/api/v1/admin/search/reindex")
    @ResponseBody
    @Operation(summary = "Rebuilds the search index on every node (audited); each node swaps the new index in when it is built")
    Map<String, Long> reindexApi(CurrentUser me) {
        return Map.of("generation", admin.reindex(me));
    }
}
