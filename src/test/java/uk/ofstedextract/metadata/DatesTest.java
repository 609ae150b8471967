package uk.ofstedextract.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "9–24 November 2017|2017-11-09|2017-11-24",
        "19 November 2013 – 11 December 2013|2013-11-19|2013-12-11",
        "13 to 17 November 2023|2023-11-13|2023-11-17",
        "24 – 28 June 2013|2013-06-24|2013-06-28",
        "29 and 30 June 2010|2010-06-29|2010-06-30",
        "30 September to 4 October 2019|2019-09-30|2019-10-04",
        "4 July 2016–28 July 2016|2016-07-04|2016-07-28",
        "18 Feb 2014 – 12 March 2014|2014-02-18|2014-03-12",
        "02 March 2020 to 13 March 2020|2020-03-02|2020-03-13",
        "30 December to 3 January 2020|2019-12-30|2020-01-03",
        "15 December 2020.|2020-12-15|2020-12-15"})
    void rangesInEveryStyle(String text, String start, String end) {
        Dates.Range r = Dates.firstRange(text).orElseThrow();
        assertEquals(LocalDate.parse(start), r.start());
        assertEquals(LocalDate.parse(end), r.end());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "13 and 14 July.|2021|2021-07-13|2021-07-14",
        "30 December to 2 January|2021|2020-12-30|2021-01-02",
        "9 May, and the inspectors|2018|2018-05-09|2018-05-09"})
    void rangesWithoutAYearTakeTheLettersYear(String text, int year, String start, String end) {
        Dates.Range r = Dates.leadingRangeInYear(text, year).orElseThrow();
        assertEquals(LocalDate.parse(start), r.start());
        assertEquals(LocalDate.parse(end), r.end());
    }
}
