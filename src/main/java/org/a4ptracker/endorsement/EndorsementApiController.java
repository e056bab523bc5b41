package org.a4ptracker.endorsement;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.a4ptracker.shared.Page;
import org.a4ptracker.shared.PageRequest;
import org.a4ptracker.shared.Messages;
import org.a4ptracker.shared.TableDownload;
import org.a4ptracker.shared.TableWriter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Endorsements", description = "Endorsements of the Declaration and the counts published over time")
class EndorsementApiController {

    private final EndorsementService endorsements;

    private final Messages messages;

    EndorsementApiController(EndorsementService endorsements, Messages messages) {
        this.messages = messages;
        this.endorsements = endorsements;
    }

    @GetMapping("/endorsements")
    @Operation(summary = "Endorsements by date, paginated (page is 1-based); rows with sample=true are generated")
    Page<Endorsement> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return endorsements.endorsements(PageRequest.of(page, size));
    }

    static final List<String> LIST_HEADER = List.of("stakeholder_code", "stakeholder", "stakeholder_type", "endorsed_on",
            "reference", "note", "sample");
    static final List<String> COUNTS_HEADER = List.of("as_of", "member_states", "organisations", "total", "source", "note");

    @GetMapping("/endorsements.{format:csv|xlsx}")
    @Operation(summary = "Every endorsement of /endorsements as CSV or XLSX, names in the request's language; sample=true rows are generated")
    void download(@PathVariable String format, Locale locale, HttpServletResponse response) throws IOException {
        TableDownload.send(response, TableWriter.Format.of(format), "endorsements", LIST_HEADER, messages, table ->
                Page.all(endorsements::endorsements).forEach(e -> table.row(e.stakeholderCode(), e.stakeholderName(locale),
                        TableWriter.Label.of("stakeholder.type.", e.stakeholderType()), e.endorsedOn(), e.reference(), e.note(), e.sample())));
    }

    @GetMapping("/endorsements/counts.{format:csv|xlsx}")
    @Operation(summary = "The published endorsement counts over time as CSV or XLSX; a part the source does not give is empty")
    void countsDownload(@PathVariable String format, HttpServletResponse response) throws IOException {
        TableDownload.send(response, TableWriter.Format.of(format), "endorsement-counts", COUNTS_HEADER, messages, table ->
                endorsements.publishedCounts().forEach(c -> table.row(c.asOf(), c.memberStates(), c.organisations(), c.total(),
                        c.source(), c.note())));
    }

    @GetMapping("/endorsements/counts")
    @Operation(summary = "Endorsement counts published over time, each with its source; a part not given is null")
    List<EndorsementCount> counts() {
        return endorsements.publishedCounts();
    }
}
