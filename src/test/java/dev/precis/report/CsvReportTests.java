package dev.precis.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvReportTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "=HYPERLINK(\"x\")|'=HYPERLINK(\"x\")",
        "+cmd|'+cmd",
        "-2+3|'-2+3",
        "@SUM(A1)|'@SUM(A1)",
        "-12|-12",
        "+3.5|+3.5",
        "plain.txt|plain.txt",
        "'=quoted|''=quoted",
    })
    void neutralizesFormulaLikeCellsButNotPlainNumbers(String cell, String expected) {
        assertThat(CsvReport.safe(cell)).isEqualTo(expected);
    }
}
