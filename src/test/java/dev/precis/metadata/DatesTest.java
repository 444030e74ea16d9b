package dev.precis.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "March 3, 2025|2025-03-03",
        "Updated Dec. 23, 2024, 1:24 PM EST|2024-12-23",
        "Tuesday February 11 2025|2025-02-11",
        "3 mars 2025|2025-03-03",
        "5. März 2025|2025-03-05",
        "3 de marzo de 2025|2025-03-03",
        "Published 21st of June, 2024|2024-06-21",
        "Last Updated: 2025-02-22|2025-02-22",
        "05.03.2025|2025-03-05",
        "2025/03/05|2025-03-05",
    })
    void readsWrittenDates(String text, String iso) {
        assertThat(Dates.fromText(text)).isEqualTo(iso);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "03/04/2025|null",          // month first or day first: not guessed
        "2 hours ago|null",
        "February 30, 2025|null",   // no such day
        "May the force be with you, 2025|null",
        "Room 12 of 2025 entries|null",
    })
    void guessesNothing(String text, String iso) {
        assertThat(Dates.fromText(text)).isEqualTo(iso);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2025-01-29T18:10:07.780602-0500|2025-01-29T18:10:07.780602-05:00",
        "2025-08-25T13:59:22+00:00|2025-08-25T13:59:22+00:00",
        "2024-12-23T17:47:15.544Z|2024-12-23T17:47:15.544Z",
        "2025-08-25|2025-08-25",
        "Aug 25, 2025|2025-08-25",
    })
    void keepsStructuredTimesAndZones(String value, String iso) {
        assertThat(Dates.fromStructured(value)).isEqualTo(iso);
    }
}
