package org.a4ptracker.framework;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
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
@Tag(name = "Framework", description = "The Declaration of Shared Commitments: areas, commitments, frameworks")
class FrameworkApiController {

    private final FrameworkService frameworks;

    private final Messages messages;

    FrameworkApiController(FrameworkService frameworks, Messages messages) {
        this.messages = messages;
        this.frameworks = frameworks;
    }

    @GetMapping("/areas")
    @Operation(summary = "The 8 areas, with their commitments counted by actor")
    List<Area> areas() {
        return frameworks.areas();
    }

    @GetMapping("/areas/{number}")
    @Operation(summary = "One area")
    Area area(@PathVariable int number) {
        return frameworks.area(number);
    }

    @GetMapping("/commitments")
    @Operation(summary = "The 45 commitments, filtered by area and actor, paginated (page is 1-based)")
    Page<Commitment> commitments(@RequestParam(required = false) Integer area,
                                 @RequestParam(required = false) String actor,
                                 @RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size) {
        return frameworks.commitments(new CommitmentFilter(area, Enums.parse(Actor.class, "actor", actor)),
                PageRequest.of(page, size == null ? 50 : size));
    }

    static final List<String> COMMITMENTS_HEADER = List.of("number", "area", "area_title", "actor", "paragraph", "text", "source");

    @GetMapping("/commitments.{format:csv|xlsx}")
    @Operation(summary = "The commitments, filtered by area and actor as on the pages, as CSV or XLSX, word for word")
    void commitmentsDownload(@PathVariable String format, @RequestParam(required = false) Integer area,
                             @RequestParam(required = false) String actor, HttpServletResponse response) throws IOException {
        var filter = new CommitmentFilter(area, Enums.parse(Actor.class, "actor", actor));
        if (area != null) {
            frameworks.area(area); // an unknown area is a 404, not an empty file
        }
        TableDownload.send(response, TableWriter.Format.of(format), "commitments", COMMITMENTS_HEADER, messages, table ->
                Page.all(p -> frameworks.commitments(filter, p)).forEach(c -> table.row(c.number(), c.area(), c.areaTitle(),
                        TableWriter.Label.of("actor.", c.actor()), c.paragraph(), c.text(), c.source())));
    }

    @GetMapping("/commitments/{number}")
    @Operation(summary = "One commitment, word for word")
    Commitment commitment(@PathVariable int number) {
        return frameworks.commitment(number);
    }

    @GetMapping("/frameworks")
    @Operation(summary = "Frameworks (A4P, A4P+) with their elements and area mappings")
    List<Framework> frameworks() {
        return frameworks.frameworks();
    }

    @GetMapping("/frameworks/{code}")
    @Operation(summary = "One framework")
    Framework framework(@PathVariable String code) {
        return frameworks.framework(code);
    }
}
