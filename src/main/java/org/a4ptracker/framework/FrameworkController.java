package org.a4ptracker.framework;

import org.a4ptracker.shared.PageSection;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class FrameworkController {

    private final FrameworkService frameworks;
    private final java.util.List<PageSection.Provider> sections;

    FrameworkController(FrameworkService frameworks, java.util.List<PageSection.Provider> sections) {
        this.frameworks = frameworks;
        this.sections = sections;
    }

    @GetMapping("/")
    String home(Model model) {
        var areas = frameworks.areas();
        model.addAttribute("areas", areas);
        model.addAttribute("actors", Actor.values());
        model.addAttribute("total", areas.stream().mapToInt(Area::commitmentCount).sum());
        var actorTotals = new java.util.EnumMap<Actor, Integer>(Actor.class);
        for (Actor actor : Actor.values()) {
            actorTotals.put(actor, areas.stream().mapToInt(a -> a.count(actor)).sum());
        }
        model.addAttribute("actorTotals", actorTotals);
        return "framework/home";
    }

    @GetMapping("/areas/{number}")
    String area(@PathVariable int number, Model model, java.util.Locale locale) {
        model.addAttribute("area", frameworks.area(number));
        // the page title's short title, chosen here: a fragment's parameters may not call beans
        model.addAttribute("shortTitle", frameworks.areaText(number, "short_title", locale));
        var commitments = frameworks.commitmentsOfArea(number);
        model.addAttribute("commitments", commitments);
        model.addAttribute("texts", commitments.stream().collect(java.util.stream.Collectors.toMap(Commitment::number,
                c -> frameworks.textFor(c, locale))));
        model.addAttribute("mappings", frameworks.mappingsOfArea(number));
        model.addAttribute("sections", PageSection.collect(sections, new PageSection.Subject(PageSection.Kind.AREA, String.valueOf(number))));
        return "framework/area";
    }

    @GetMapping("/commitments/{number}")
    String commitment(@PathVariable int number, Model model, java.util.Locale locale) {
        var commitment = frameworks.commitment(number);
        model.addAttribute("commitment", commitment);
        model.addAttribute("text", frameworks.textFor(commitment, locale));
        model.addAttribute("area", frameworks.area(commitment.area()));
        model.addAttribute("mappings", frameworks.mappingsOfArea(commitment.area()));
        model.addAttribute("previous", number > 1 ? number - 1 : null);
        model.addAttribute("next", number < 45 ? number + 1 : null);
        model.addAttribute("sections", PageSection.collect(sections, new PageSection.Subject(PageSection.Kind.COMMITMENT, String.valueOf(number))));
        return "framework/commitment";
    }

    @GetMapping("/frameworks")
    String frameworks(Model model) {
        model.addAttribute("frameworks", frameworks.frameworks());
        return "framework/frameworks";
    }
}
