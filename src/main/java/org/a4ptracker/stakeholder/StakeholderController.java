package org.a4ptracker.stakeholder;

import org.a4ptracker.shared.Enums;
import org.a4ptracker.shared.PageLinks;
import org.a4ptracker.shared.PageRequest;
import org.a4ptracker.shared.PageSection;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class StakeholderController {

    private final StakeholderService stakeholders;
    private final java.util.List<PageSection.Provider> sections;

    StakeholderController(StakeholderService stakeholders, java.util.List<PageSection.Provider> sections) {
        this.stakeholders = stakeholders;
        this.sections = sections;
    }

    /** One handler for the page and, for htmx requests, the results fragment alone. */
    @GetMapping("/stakeholders")
    String list(@RequestParam(required = false) String type, @RequestParam(required = false) String role,
                @RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
                @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        var filter = new StakeholderFilter(Enums.parse(StakeholderType.class, "type", type),
                Enums.parse(RoleType.class, "role", role), year, region == null || region.isBlank() ? null : region, q);
        model.addAttribute("filter", filter);
        model.addAttribute("results", stakeholders.find(filter, PageRequest.of(page, PageRequest.DEFAULT_SIZE)));
        model.addAttribute("pagerBase", PageLinks.base("/stakeholders", "q", q, "type", type, "role", role,
                "year", year, "region", region));
        // a year only narrows a role: without one the page ignores it, and the download (which refuses it) is not given it
        model.addAttribute("downloadQuery", PageLinks.query("q", q, "type", filter.type(), "role", filter.role(),
                "year", filter.role() == null ? null : year, "region", filter.region()));
        model.addAttribute("types", StakeholderType.values());
        model.addAttribute("roles", RoleType.values());
        model.addAttribute("regions", stakeholders.regions());
        return htmx != null ? "stakeholder/list :: results" : "stakeholder/list";
    }

    @GetMapping("/stakeholders/{code}")
    String profile(@PathVariable String code, Model model) {
        var profile = stakeholders.profile(code);
        model.addAttribute("profile", profile);
        var kind = profile.mission() != null ? PageSection.Kind.MISSION : PageSection.Kind.STAKEHOLDER;
        model.addAttribute("sections", PageSection.collect(sections, new PageSection.Subject(kind, profile.stakeholder().code())));
        return "stakeholder/profile";
    }

    @GetMapping("/missions")
    String missions(Model model) {
        model.addAttribute("active", stakeholders.missions(true));
        model.addAttribute("closed", stakeholders.missions(false));
        return "stakeholder/missions";
    }

    @GetMapping("/missions/{code}")
    String mission(@PathVariable String code, Model model) {
        return profile(stakeholders.mission(code).code(), model);
    }
}
