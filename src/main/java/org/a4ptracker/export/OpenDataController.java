package org.a4ptracker.export;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The page that describes the open-data package and links every download. */
@Controller
class OpenDataController {

    @GetMapping("/open-data")
    String openData(Model model) {
        model.addAttribute("tables", java.util.Arrays.stream(OpenDataTable.values()).map(OpenDataTable::path).toList());
        return "export/open-data";
    }
}
