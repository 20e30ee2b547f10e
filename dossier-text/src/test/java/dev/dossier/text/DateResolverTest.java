package dev.dossier.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateResolverTest {
  private static final LocalDate WED = LocalDate.of(2018, 3, 28);

  private static String r(String value, Tense tense) {
    ResolvedDate d = DateResolver.resolve(value, WED, tense);
    return d == null ? null : d.iso();
  }

  @Test
  void weekdaysResolveByTense() {
    assertThat(r("XXXX-WXX-1TAF", Tense.PAST)).isEqualTo("2018-03-26");
    assertThat(r("XXXX-WXX-3", Tense.PAST)).isEqualTo("2018-03-28");
    assertThat(r("XXXX-WXX-7", Tense.PAST)).isEqualTo("2018-03-25");
    assertThat(r("XXXX-WXX-5", Tense.PAST)).isEqualTo("2018-03-23");
    assertThat(r("XXXX-WXX-5", Tense.FUTURE)).isEqualTo("2018-03-30");
    // "will meet Wednesday" in a Wednesday's report is that day.
    assertThat(r("XXXX-WXX-3", Tense.FUTURE)).isEqualTo("2018-03-28");
    assertThat(r("XXXX-WXX-2", Tense.FUTURE)).isEqualTo("2018-04-03");
  }

  @Test
  void lastAndNextWeekdaysAndMonths() {
    // "last Wednesday" in a Wednesday's report is the week before; "last Friday" the latest Friday.
    assertThat(r("XXXX-WXX-3 OFFSET P-1W", Tense.PAST)).isEqualTo("2018-03-21");
    assertThat(r("XXXX-WXX-5 OFFSET P-1W", Tense.PAST)).isEqualTo("2018-03-23");
    assertThat(r("XXXX-WXX-1 OFFSET P1W", Tense.FUTURE)).isEqualTo("2018-04-02");
    assertThat(r("XXXX-10 OFFSET P-1Y", Tense.PAST)).isEqualTo("2017-10");
  }

  @Test
  void aDatePastTenseCouldStillMeanAheadStaysInItsYearUpToThreeMonths() {
    // "the hearing was set for May 10": 43 days ahead, still this year's.
    assertThat(r("XXXX-05-10", Tense.PAST)).isEqualTo("2018-05-10");
    assertThat(r("XXXX-05", Tense.PAST)).isEqualTo("2018-05");
    assertThat(r("XXXX-09-10", Tense.PAST)).isEqualTo("2017-09-10");
  }

  @Test
  void partialDatesTakeTheNearestPlausibleYear() {
    assertThat(r("XXXX-03-26", Tense.PAST)).isEqualTo("2018-03-26");
    assertThat(r("XXXX-12-30", Tense.PAST)).isEqualTo("2017-12-30");
    assertThat(r("XXXX-04-10", Tense.FUTURE)).isEqualTo("2018-04-10");
    assertThat(r("XXXX-02", Tense.PAST)).isEqualTo("2018-02");
    assertThat(r("XXXX-11", Tense.PAST)).isEqualTo("2017-11");
  }

  @Test
  void relativeOffsetsAndExplicitDates() {
    assertThat(r("THIS P1M OFFSET P-1M", Tense.PAST)).isEqualTo("2018-02");
    assertThat(r("OFFSET P-1D", Tense.PAST)).isEqualTo("2018-03-27");
    assertThat(r("THIS P1Y OFFSET P-1Y", Tense.PAST)).isEqualTo("2017");
    assertThat(r("2011", Tense.PAST)).isEqualTo("2011");
    assertThat(r("2018-03-26T12:00", Tense.PAST)).isEqualTo("2018-03-26");
  }

  @Test
  void vagueOrWeekGranularExpressionsAreNotDates() {
    assertThat(r("THIS P1W OFFSET P1W", Tense.FUTURE)).isNull();
    assertThat(r("PAST_REF", Tense.PAST)).isNull();
    assertThat(r("P2D", Tense.PAST)).isNull();
    assertThat(DateResolver.resolve("XXXX-WXX-1", null, Tense.PAST)).isNull();
  }
}
