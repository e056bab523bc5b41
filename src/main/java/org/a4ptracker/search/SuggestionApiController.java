package org.a4ptracker.search;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.a4ptracker.framework.FrameworkService;
import org.a4ptracker.identity.AccessPolicy;
import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.shared.BadRequestException;
import org.a4ptracker.shared.CommitmentSuggestions;
import org.a4ptracker.shared.PlainText;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Search")
class SuggestionApiController {

    record SuggestRequest(String title, String description, Integer limit) {
    }

    record Suggested(int commitment, int area, String text, double score, List<String> matchedWords, int similarActions) {
    }

    record SuggestResponse(List<Suggested> suggestions, String note) {
    }

    private final CommitmentSuggestions suggestions;
    private final FrameworkService framework;
    private final AccessPolicy access;

    SuggestionApiController(CommitmentSuggestions suggestions, FrameworkService framework, AccessPolicy access) {
        this.suggestions = suggestions;
        this.framework = framework;
        this.access = access;
    }

    @PostMapping("/commitments/suggest")
    @Operation(summary = "The commitments an action's title and description most likely serve (limit 1-10, default 5), most"
            + " likely first, each with the words that matched and the number of similar published actions serving it."
            + " Proposals only: the person choosing the commitments confirms them.")
    SuggestResponse suggest(CurrentUser me, @RequestBody SuggestRequest body) {
        access.requireSignedIn(me, "SUGGEST_COMMITMENTS");
        String title = body.title() == null ? "" : body.title();
        String description = body.description() == null ? "" : body.description();
        PlainText.require("title", title, PlainText.Lines.ONE, 200);
        PlainText.require("description", description, PlainText.Lines.MANY, 10_000);
        if (title.isBlank() && description.isBlank()) {
            throw new BadRequestException("title", "search.suggest.empty");
        }
        int limit = body.limit() == null ? 5 : body.limit();
        if (limit < 1 || limit > 10) {
            throw new BadRequestException("limit", "search.suggest.limit", limit);
        }
        var found = suggestions.suggest(title, description, limit).stream().map(s -> {
            var c = framework.commitment(s.commitment());
            return new Suggested(c.number(), c.area(), c.text(), s.score(), s.matchedWords(), s.similarActions());
        }).toList();
        return new SuggestResponse(found, "Proposals only: confirm the commitments yourself.");
    }
}
