package org.a4ptracker.endorsement;

import java.util.Locale;

import org.a4ptracker.shared.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class EndorsementController {

    private final EndorsementService endorsements;

    EndorsementController(EndorsementService endorsements) {
        this.endorsements = endorsements;
    }

    @GetMapping("/endorsements")
    String endorsements(@RequestParam(required = false) Integer page,
                        @RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model) {
        model.addAttribute("list", endorsements.endorsements(PageRequest.of(page, 50)));
        if (htmx != null) {
            return "endorsement/index :: list";
        }
        model.addAttribute("counts", endorsements.publishedCounts());
        model.addAttribute("chart", endorsements.publishedCountsChart(locale));
        model.addAttribute("map", endorsements.map(locale));
        return "endorsement/index";
    }
}
