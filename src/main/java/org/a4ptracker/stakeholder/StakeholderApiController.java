package org.a4ptracker.stakeholder;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.a4ptracker.shared.BadRequestException;
import org.a4ptracker.shared.Enums;
import org.a4ptracker.shared.Page;
import org.a4ptracker.shared.PageRequest;
import org.a4ptracker.shared.Messages;
import org.a4ptracker.shared.TableDownload;
import org.a4ptracker.shared.TableWriter;
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

    private final Messages messages;

    StakeholderApiController(StakeholderService stakeholders, Messages messages) {
        this.messages = messages;
        this.stakeholders = stakeholders;
    }

    @GetMapping("/stakeholders")
    @Operation(summary = "Stakeholders filtered by type, role (optionally in one year), region and name; paginated, page is 1-based")
    Page<StakeholderSummary> list(@RequestParam(required = false) String type, @RequestParam(required = false) String role,
                                  @RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
                                  @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size) {
        return stakeholders.find(filter(type, role, year, region, q), PageRequest.of(page, size));
    }

    static final List<String> LIST_HEADER = List.of("code", "name", "type", "region", "iso2", "iso_numeric", "sample");
    static final List<String> MISSIONS_HEADER = List.of("code", "name", "location", "hosts", "start_year", "end_year", "active");

    @GetMapping("/stakeholders.{format:csv|xlsx}")
    @Operation(summary = "Every stakeholder matching the same filters as /stakeholders (type, role, year, region, q), as CSV or XLSX;"
            + " names in the request's language")
    void download(@PathVariable String format, @RequestParam(required = false) String type,
                  @RequestParam(required = false) String role, @RequestParam(required = false) Integer year,
                  @RequestParam(required = false) String region, @RequestParam(required = false) String q, Locale locale,
                  HttpServletResponse response) throws IOException {
        var filter = filter(type, role, year, region, q);
        TableDownload.send(response, TableWriter.Format.of(format), "stakeholders", LIST_HEADER, messages, table ->
                Page.all(p -> stakeholders.find(filter, p)).forEach(s -> table.row(s.code(), s.name(locale), TableWriter.Label.of("stakeholder.type.", s.type()),
                        TableWriter.Label.of("region.", s.region()),
                        s.iso2(), s.isoNumeric(), s.sample())));
    }

    /** The page narrows a role to a year silently; here a year without a role is refused rather than ignored. */
    private static StakeholderFilter filter(String type, String role, Integer year, String region, String q) {
        if (year != null && (role == null || role.isBlank())) {
            throw new BadRequestException("year", "problem.param.year-without-role");
        }
        return new StakeholderFilter(Enums.parse(StakeholderType.class, "type", type), Enums.parse(RoleType.class, "role", role),
                year, region == null || region.isBlank() ? null : region, q);
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
        return stakeholders.missions(active(status), PageRequest.of(page, size));
    }

    @GetMapping("/missions.{format:csv|xlsx}")
    @Operation(summary = "The missions of /missions (status active or closed, or both), as CSV or XLSX; hosts are stakeholder codes")
    void missionsDownload(@PathVariable String format, @RequestParam(required = false) String status, Locale locale,
                          HttpServletResponse response) throws IOException {
        Boolean active = active(status);
        TableDownload.send(response, TableWriter.Format.of(format), "missions", MISSIONS_HEADER, messages, table ->
                stakeholders.missions(active).forEach(m -> table.row(m.code(), m.name(locale), m.location(),
                        m.hosts().stream().map(Mission.HostRef::code).toList(), m.startYear(), m.endYear(), m.active())));
    }

    private static Boolean active(String status) {
        return status == null || status.isBlank() ? null : switch (status.toLowerCase(Locale.ROOT)) {
            case "active" -> true;
            case "closed" -> false;
            default -> throw new BadRequestException("status", "problem.param.unknown-value", status, "active, closed");
        };
    }

    @GetMapping("/missions/{code}")
    @Operation(summary = "One mission")
    Mission mission(@PathVariable String code) {
        return stakeholders.mission(code);
    }
}
