package org.a4ptracker.action;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.a4ptracker.shared.PlainText;
import org.a4ptracker.shared.RowCells;
import org.a4ptracker.shared.Text;

/** The evidence_links column: web links separated by spaces, line breaks or ";". */
final class EvidenceLinks {

    private static final String COLUMN = "evidence_links";
    private static final Pattern SEPARATOR = Pattern.compile("[\\s;]+");
    private static final int MAX_LINKS = 20;
    private static final int MAX_LENGTH = 2000;
    private static final Pattern NAME_AND_PORT = Pattern.compile("[\\p{L}\\p{N}.-]+(:[0-9]{1,5})?");

    private EvidenceLinks() {
    }

    static List<String> parse(RowCells cells) {
        String value = cells.optional(COLUMN);
        if (value == null) {
            return List.of();
        }
        List<String> given = SEPARATOR.splitAsStream(value).filter(s -> !s.isEmpty()).toList();
        if (given.size() > MAX_LINKS) {
            cells.error(COLUMN, "action.problem.import.links", given.size(), MAX_LINKS);
        }
        List<String> links = new ArrayList<>();
        for (String link : given) {
            Text problem = problem(link);
            if (problem == null) {
                links.add(link);
            } else {
                cells.error(COLUMN, problem);
            }
        }
        return links;
    }

    /** What is wrong with one link, or null: the rule of the import, the form and the API alike. */
    static Text problem(String link) {
        if (link.length() > MAX_LENGTH) {
            return Text.of("action.problem.import.link-long", link.length(), MAX_LENGTH);
        }
        // java.net.URI takes control and bidirectional override characters in a path ("…/invoice\u202Efdp.exe")
        var refused = PlainText.refusal(link, PlainText.Lines.ONE);
        if (refused.isPresent()) {
            return refused.get();
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return Text.of("action.problem.import.link-scheme", link);
            }
            if (!hasHost(uri)) {
                return Text.of("action.problem.import.link-host", link);
            }
            return null;
        } catch (URISyntaxException e) {
            return Text.of("action.problem.import.link", link);
        }
    }

    /** java.net.URI leaves the host null for non-ASCII names such as https://пример.рф, which are fine. */
    private static boolean hasHost(URI uri) {
        if (uri.getHost() != null) {
            return !uri.getHost().isBlank();
        }
        return uri.getRawAuthority() != null && NAME_AND_PORT.matcher(uri.getRawAuthority()).matches();
    }
}
