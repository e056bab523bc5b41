package org.a4ptracker.stakeholder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.a4ptracker.shared.BadRequestException;
import org.a4ptracker.shared.Enums;
import org.a4ptracker.shared.Page;
import org.a4ptracker.shared.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Stakeholders", description = "States, organisations, Secretariat entities and missions")
class StakeholderApiController {

    private final StakeholderService stakeholders;

    StakeholderApiController(StakeholderService stakeholders) {
        this.stakeholders = stakeholders;
    }

    @GetMapping("/stakeholders")
    @Operation(summary = "Stakeholders filtered by type, role (optionally in one year), region and name; paginated, page is 1-based")
    Page<StakeholderSummary> list(@RequestParam(required = false) String type, @RequestParam(required = false) String role,
                                  @RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
                                  @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size) {
        if (year != null && role == null) {
            throw new BadRequestException("year", "only narrows a role filter; give role as well");
        }
        var filter = new StakeholderFilter(Enums.parse(StakeholderType.class, "type", type),
                Enums.parse(RoleType.class, "role", role), year, region, q);
        return stakeholders.find(filter, PageRequest.of(page, size));
    }

    @GetMapping("/stakeholders/{code}")
    @Operation(summary = "One stakeholder with its roles by year and the missions it hosts")
    StakeholderProfile stakeholder(@PathVariable String code) {
        return stakeholders.profile(code);
    }

    @GetMapping("/missions")
    @Operation(summary = "Peacekeeping missions, active first; status is active or closed; paginated, page is 1-based")
    Page<Mission> missions(@RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
                           @RequestParam(required = false) Integer size) {
        Boolean active = status == null || status.isBlank() ? null : switch (status.toLowerCase(java.util.Locale.ROOT)) {
            case "active" -> true;
            case "closed" -> false;
            default -> throw new BadRequestException("status", "unknown value '" + status + "'; accepted: active, closed");
        };
        return stakeholders.missions(active, PageRequest.of(page, size));
    }

    @GetMapping("/missions/{code}")
    @Operation(summary = "One mission")
    Mission mission(@PathVariable String code) {
        return stakeholders.mission(code);
    }
}
