package org.a4ptracker.survey;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpSession;
import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.shared.ConflictException;
import org.a4ptracker.shared.Text;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reviewers' import of responses collected elsewhere: upload, match the columns, check, import.
 * The uploaded file waits in the session between the steps, so that nobody uploads it twice; the
 * session holds one such file at a time, of at most {@link SurveyImportService#MAX_BYTES}.
 */
@Controller
class SurveyImportController {

    static final String SESSION_KEY = "survey-import.";

    /** The file kept for the mapping step, bound to its round by the session key. */
    record Upload(String filename, byte[] bytes) implements Serializable {
    }

    private final SurveyImportService imports;
    private final SurveyService surveys;

    SurveyImportController(SurveyImportService imports, SurveyService surveys) {
        this.imports = imports;
        this.surveys = surveys;
    }

    @GetMapping("/review/surveys/{id}/import")
    String form(CurrentUser me, @PathVariable long id, Model model) {
        try {
            model.addAttribute("round", imports.importable(me, id));
        } catch (ConflictException e) {
            model.addAttribute("round", surveys.round(id));
            model.addAttribute("refusal", e.text());
        }
        return "survey/import";
    }

    @PostMapping("/review/surveys/{id}/import")
    String upload(CurrentUser me, @PathVariable long id, @RequestParam("file") MultipartFile file, HttpSession session, Model model)
            throws IOException {
        byte[] bytes;
        // one byte past the limit lets the reader say "too large" without holding a bigger file
        try (InputStream in = file.getInputStream()) {
            bytes = in.readNBytes(SurveyImportService.MAX_BYTES + 1);
        }
        forgetUploads(session);
        try {
            var preview = imports.preview(me, id, file.getOriginalFilename(), bytes);
            if (preview.ok()) {
                session.setAttribute(SESSION_KEY + id, new Upload(file.getOriginalFilename(), bytes));
            } else {
                model.addAttribute("fieldErrors", Map.of("file", Text.of("survey.import.unreadable", preview.filename(), preview.problem())));
            }
            model.addAttribute("preview", preview);
        } catch (ConflictException e) {
            model.addAttribute("refusal", e.text());
        }
        return form(me, id, model);
    }

    @PostMapping("/review/surveys/{id}/import/mapping")
    String map(CurrentUser me, @PathVariable long id, @RequestParam Map<String, String> form,
               @RequestParam(defaultValue = "false") boolean dryRun, HttpSession session, Model model) {
        if (!(session.getAttribute(SESSION_KEY + id) instanceof Upload upload)) {
            model.addAttribute("fieldErrors", Map.of("file", Text.of("survey.import.expired")));
            return form(me, id, model);
        }
        try {
            var result = imports.importResponses(me, id, upload.filename(), upload.bytes(), mapping(form), dryRun);
            if (result.written()) {
                session.removeAttribute(SESSION_KEY + id);
            }
            model.addAttribute("result", result);
            model.addAttribute("preview", result.mapping());
            if (!result.ok()) {
                // no one field to point at (the file or the choice of its columns): the summary leads to the table of problems
                model.addAttribute("fieldErrors", Map.of("import-errors", Text.of("survey.import.problems", upload.filename())));
            }
        } catch (ConflictException e) {
            model.addAttribute("refusal", e.text());
        }
        return form(me, id, model);
    }

    /** Fields {@code col<index>} of the mapping form; anything else is not part of the mapping. */
    static Map<Integer, String> mapping(Map<String, String> form) {
        var mapping = new HashMap<Integer, String>();
        form.forEach((name, target) -> {
            if (name.matches("col\\d{1,4}") && target != null && !target.isBlank()) {
                mapping.put(Integer.parseInt(name.substring(3)), target.strip());
            }
        });
        return mapping;
    }

    private static void forgetUploads(HttpSession session) {
        Collections.list(session.getAttributeNames()).stream().filter(n -> n.startsWith(SESSION_KEY)).forEach(session::removeAttribute);
    }
}
