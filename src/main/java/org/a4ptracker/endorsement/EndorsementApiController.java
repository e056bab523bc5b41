package org.a4ptracker.endorsement;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.a4ptracker.shared.Page;
import org.a4ptracker.shared.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/endorsements")
@Tag(name = "Endorsements", description = "Endorsements of the Declaration and the counts published over time")
class EndorsementApiController {

    private final EndorsementService endorsements;

    EndorsementApiController(EndorsementService endorsements) {
        this.endorsements = endorsements;
    }

    @GetMapping
    @Operation(summary = "Endorsements by date, paginated (page is 1-based); rows with sample=true are generated")
    Page<Endorsement> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return endorsements.endorsements(PageRequest.of(page, size));
    }

    @GetMapping("/counts")
    @Operation(summary = "Endorsement counts published over time, each with its source; a part not given is null")
    List<EndorsementCount> counts() {
        return endorsements.publishedCounts();
    }
}
