package org.a4ptracker.action;

import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.shared.PageLinks;
import org.a4ptracker.shared.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The reviewers' queue of submissions, oldest first, and the side-by-side review of one. */
@Controller
class ReviewController {

    private final ActionQueries queries;

    ReviewController(ActionQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/review")
    String queue(CurrentUser me, @RequestParam(required = false) Integer area, @RequestParam(required = false) String stakeholder,
                 @RequestParam(required = false) Integer olderThanDays, @RequestParam(required = false) Integer page,
                 @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        var filter = new ActionFilter(area, null, ActionController.blank(stakeholder), null, null, null);
        model.addAttribute("filter", filter);
        model.addAttribute("olderThanDays", olderThanDays);
        model.addAttribute("queue", queries.queue(me, filter, olderThanDays, PageRequest.of(page, 50)));
        model.addAttribute("pagerBase", PageLinks.base("/review", "area", area, "stakeholder", stakeholder,
                "olderThanDays", olderThanDays));
        return htmx != null ? "action/queue :: results" : "action/queue";
    }

    @GetMapping("/review/{id}")
    String review(CurrentUser me, @PathVariable long id, Model model) {
        var detail = queries.detail(me, id);
        model.addAttribute("action", detail);
        if (detail.revisionPending()) {
            var before = detail.published().content();
            var after = detail.current().content();
            model.addAttribute("titleDiff", TextDiff.diff(before.title(), after.title()));
            model.addAttribute("descriptionDiff", TextDiff.diff(before.description(), after.description()));
        }
        return "action/review";
    }
}
