package dev.precis.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelinesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "(CNN) I remember the day the call came. | I remember the day the call came.",
        "(CNN)I remember the day. | I remember the day.",
        "(cnn) the misuse of outer protection was clear. | the misuse of outer protection was clear.",
        "LONDON, England (CNN) -- The prime minister resigned. | The prime minister resigned.",
        "LONDON (Reuters) - Shares fell on Monday. | Shares fell on Monday.",
        "San rafael, california (CNN) at 74 years old, she still runs. | at 74 years old, she still runs.",
        "Paris (AFP) - Le gouvernement a démissionné. | Le gouvernement a démissionné.",
        "Paris, 12 mars (AFP) - Le gouvernement a démissionné. | Le gouvernement a démissionné.",
        "Berlin (dpa/lno) - Die Regierung ist zurückgetreten. | Die Regierung ist zurückgetreten.",
        "(CNN) -- | (CNN) --",
        "The minister (left) spoke to CNN. | The minister (left) spoke to CNN.",
        "He told CNN (in an interview) that he would stay. | He told CNN (in an interview) that he would stay.",
        "Officials said the report (published Monday) was wrong. | Officials said the report (published Monday) was wrong.",
    })
    void aLeadingAgencyDatelineIsRemoved(String sentence, String expected) {
        assertEquals(expected, Datelines.strip(sentence));
    }
}
