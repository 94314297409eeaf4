package org.guanxi.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates as xsd:date, xsd:gYearMonth and xsd:gYear write them. */
class NetworkDatesTest {
    @Test
    void yearsMonthsAndDaysAreSpans() {
        assertEquals(new DateSpan(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)), DateSpan.parse("2022"));
        assertEquals(new DateSpan(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)), DateSpan.parse("2024-02"));
        assertEquals(new DateSpan(LocalDate.of(2023, 10, 27), LocalDate.of(2023, 10, 27)), DateSpan.parse("2023-10-27"));
        assertEquals(DateSpan.parse("2023-10-27"), DateSpan.parse("2023-10-27Z"));
    }

    @Test
    void withinMeansEveryDayInside() {
        DateSpan y2023 = DateSpan.parse("2023");
        assertTrue(y2023.within(DateSpan.parse("2023-01"), DateSpan.parse("2023-12")));
        assertFalse(y2023.within(DateSpan.parse("2023-06"), null));
        assertTrue(DateSpan.parse("2023-06-14").within(null, DateSpan.parse("2023-06")));
        assertFalse(DateSpan.parse("2023-07-01").within(null, DateSpan.parse("2023-06")));
    }

    @Test
    void badDatesSayWhatIsExpected() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DateSpan.parse("last week")).getMessage().contains("YYYY-MM-DD"));
        assertThrows(IllegalArgumentException.class, () -> DateSpan.parse("2023-13"));
        assertThrows(IllegalArgumentException.class, () -> DateSpan.parse("2023-02-30"));
        assertNull(DateSpan.orNull(""));
        assertThrows(IllegalArgumentException.class, () -> NetworkFilter.defaults().withDates(DateSpan.parse("2024"), DateSpan.parse("2023")));
    }
}
