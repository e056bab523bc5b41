package org.a4ptracker.action;

import static org.a4ptracker.shared.SampleHash.below;
import static org.a4ptracker.shared.SampleHash.r;

import java.util.ArrayList;
import java.util.List;

/**
 * Titles and descriptions of generated actions, phrased after the area of the action's first commitment so that
 * lists and search look like real use; every description starts by saying it is sample data.
 */
final class SampleTexts {

    static final String FIRST_SENTENCE = "Sample data, generated for demonstration: not a real report.";

    /** Per area (1-8), what was done. */
    private static final String[][] WHAT = {
            {"Consultations on the political strategy held with", "Support to a local peace process, with",
                    "Briefing on the mission's political priorities for"},
            {"Deployment of a gender adviser to", "Mixed engagement teams formed with", "Training on gender-responsive protection for"},
            {"Pre-deployment training on the protection of civilians for", "Early-warning network set up with",
                    "Community engagement programme with"},
            {"Casualty-evacuation drill held with", "Counter-explosive-device training for", "Medical evacuation exercise with"},
            {"Performance evaluation carried out for", "Mentoring of engineering units for", "Language and skills training for"},
            {"Joint analysis workshop with", "Support to justice and corrections institutions, with", "Quick-impact project planned with"},
            {"Triangular partnership training for", "Capability pledge coordinated with", "Joint planning with regional partners and"},
            {"Conduct and discipline briefing for", "Solar power installed at a camp of", "Human rights screening of personnel sent to"}};

    private static final String[] WHOM = {"a formed police unit", "an infantry battalion", "staff officers", "military observers",
            "civilian staff", "local authorities", "women's associations", "the host government", "a quick reaction force",
            "an aviation unit"};

    private static final String[] SENTENCES = {
            "The activity was planned with the mission's sector headquarters and the national authorities concerned.",
            "Participants completed the course and an evaluation showed better knowledge of the standards in force.",
            "A follow-up visit is scheduled to check how the lessons are applied in daily operations.",
            "Women made up a growing share of the participants, in line with the Uniformed Gender Parity Strategy.",
            "The costs were covered by the national budget with support from a bilateral partner.",
            "Local civil society organisations were consulted before the activity and took part in its review.",
            "Equipment delivered under the project was inspected and found serviceable.",
            "The results were shared with the Secretariat and with other contributing countries.",
            "Delays in the rotation of contingents postponed part of the programme to the next cycle.",
            "Training materials were translated into the local languages and distributed.",
            "An after-action review identified three improvements for the next deployment."};

    /** Reasons a reviewer gives when returning a generated action. */
    static final String[] RETURN_REASONS = {
            "Please add the number of personnel trained and a link to the course report.",
            "The commitments chosen do not match the description: please check them.",
            "Please say which mission this concerns and when the activity ended."};

    private SampleTexts() {
    }

    static String title(int n, int area, int version) {
        String[] what = WHAT[Math.max(0, Math.min(WHAT.length, area) - 1)];
        return what[below(n, 50, what.length)] + " " + WHOM[below(n, 51, WHOM.length)] + (version > 1 ? " (updated)" : "");
    }

    static String description(int n, String reporterName) {
        var sentences = new ArrayList<String>(List.of(FIRST_SENTENCE, reporterName + " reports this activity to show how the registry works."));
        int extra = 1 + below(n, 52, 4);
        for (int k = 0; k < extra; k++) {
            String s = SENTENCES[below(n * 8L + k, 53, SENTENCES.length)];
            if (!sentences.contains(s)) {
                sentences.add(s);
            }
        }
        return String.join(" ", sentences);
    }

    static String evidence(int n) {
        return "https://example.org/sample-evidence/" + n + (r(n, 54) < 0.3 ? "\nhttps://example.org/sample-report/" + n : "");
    }
}
