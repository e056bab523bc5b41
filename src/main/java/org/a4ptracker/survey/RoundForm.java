package org.a4ptracker.survey;

import java.time.LocalDate;
import java.util.List;

/** What a reviewer enters to create a round; {@code copyFrom} reuses another round's questionnaire so that results compare. */
public record RoundForm(String title, String intro, LocalDate opensOn, LocalDate closesOn, List<RespondentGroup> groups,
                        Long copyFrom) {
}
