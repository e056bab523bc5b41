package org.a4ptracker.survey;

import java.util.List;
import java.util.Map;

/**
 * Results of a round: response rates, perception per commitment (overall and per respondent group),
 * per area, the change since the compared round, and the free-text answers the reader may see.
 * Every breakdown of fewer than 5 respondents is suppressed.
 */
public record RoundResults(Round round, Round comparedWith, SurveyStatistics.ResponseRate rate,
                           Map<RespondentGroup, SurveyStatistics.ResponseRate> rateByGroup, List<CommitmentResult> commitments,
                           List<AreaResult> areas, List<FreeText> freeTexts, boolean reviewerView) {

    /** The same figures with the free texts a reader may see (read afresh: marking one publishable does not change figures). */
    public RoundResults withFreeTexts(List<FreeText> texts) {
        return new RoundResults(round, comparedWith, rate, rateByGroup, commitments, areas, texts, reviewerView);
    }

    public record CommitmentResult(int commitment, int area, SurveyStatistics.Summary overall,
                                   Map<RespondentGroup, SurveyStatistics.Summary> byGroup, SurveyStatistics.Summary previous,
                                   SurveyStatistics.Change change) {
    }

    public record AreaResult(int area, String title, SurveyStatistics.Summary overall, SurveyStatistics.Change change) {
    }

    public record FreeText(long responseId, long questionId, Integer commitment, QuestionKind kind, String text,
                           RespondentGroup group, boolean publishable) {
    }
}
