package org.a4ptracker.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=SUM(A1)", "+1", "@x", "-2+3", "-cmd", "--", "\tx", "\r=1", "=", "+"})
    void valuesASpreadsheetWouldRunAreFormulaLike(String value) {
        assertThat(SpreadsheetCells.isFormulaLike(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"- bullet", "-", "", "Training", "13;14", "a=b", " x", "2026-01-15", "'=1"})
    void ordinaryTextIsNotFormulaLike(String value) {
        assertThat(SpreadsheetCells.isFormulaLike(value)).isFalse();
    }

    @Test
    void nullIsNotFormulaLike() {
        assertThat(SpreadsheetCells.isFormulaLike(null)).isFalse();
    }

    @Test
    void neutraliseQuotesFormulaLikeValuesOnly() {
        assertThat(SpreadsheetCells.neutralise("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(SpreadsheetCells.neutralise("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetCells.neutralise("@x")).isEqualTo("'@x");
        assertThat(SpreadsheetCells.neutralise("\tx")).isEqualTo("'\tx");
        assertThat(SpreadsheetCells.neutralise("- bullet")).isEqualTo("- bullet");
        assertThat(SpreadsheetCells.neutralise("Côte d'Ivoire")).isEqualTo("Côte d'Ivoire");
        assertThat(SpreadsheetCells.neutralise("")).isEmpty();
        assertThat(SpreadsheetCells.neutralise(null)).isNull();
    }
}
