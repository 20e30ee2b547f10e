package dev.dossier.analyze.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DivergenceRulesTest {
  private static final Set<String> MAIN = Set.of("visit");
  private static final LocalDate TUE = LocalDate.of(2024, 5, 7);

  private static StatedValue.Quantity q(double n, String unit, String anchor, String... names) {
    return new StatedValue.Quantity(n, unit, n + " " + unit, anchor, Set.of(names), "");
  }

  private static StatedValue.PointInTime t(
      LocalDate d, String part, String anchor, String... names) {
    return new StatedValue.PointInTime(d, part, String.valueOf(part), anchor, Set.of(names), "");
  }

  @Test
  void countsConflictOnlyForTheSameUnitVerbAndSubject() {
    assertThat(
            DivergenceFinder.conflict(
                q(12, "passenger", "injure"), q(15, "passenger", "injure"), MAIN))
        .isNotNull();
    assertThat(
            DivergenceFinder.conflict(
                q(12, "passenger", "injure"), q(12, "passenger", "injure"), MAIN))
        .isNull();
    assertThat(
            DivergenceFinder.conflict(
                q(12, "passenger", "injure"), q(40, "member", "injure"), MAIN))
        .isNull();
    assertThat(
            DivergenceFinder.conflict(
                q(12, "passenger", "injure"), q(210, "passenger", "carry"), MAIN))
        .isNull();
    assertThat(
            DivergenceFinder.conflict(
                q(1, "ship", "sail", "north"), q(2, "ship", "sail", "south"), MAIN))
        .isNull();
    assertThat(DivergenceFinder.conflict(q(12, "passenger", ""), q(15, "passenger", ""), MAIN))
        .isNull();
  }

  @Test
  void timesConflictOnPartOfDayOrDateOfTheSameEvent() {
    assertThat(
            DivergenceFinder.conflict(
                t(TUE, "evening", "leave"), t(TUE, "afternoon", "leave"), MAIN))
        .startsWith("time of day");
    assertThat(DivergenceFinder.conflict(t(TUE, "evening", "leave"), t(TUE, null, "leave"), MAIN))
        .isNull();
    assertThat(
            DivergenceFinder.conflict(t(TUE, null, "open"), t(TUE.plusDays(1), null, "open"), MAIN))
        .startsWith("date");
    assertThat(
            DivergenceFinder.conflict(
                t(TUE, "evening", "leave", "morning", "star"),
                t(TUE.plusDays(5), "morning", "leave", "evening", "star"),
                MAIN))
        .as("two different ships")
        .isNull();
  }

  @Test
  void lengthsConflictForTheStorysMainThingOnly() {
    var two = new StatedValue.Length(2, Set.of("visit"), "two-day", "make", Set.of("lu"), "");
    var four =
        new StatedValue.Length(
            4,
            Set.of("medium", "visit", "discrepancy"),
            "from Sunday to Wednesday",
            "last",
            Set.of(),
            "");
    var festival = new StatedValue.Length(4, Set.of("festival"), "four-day", "hold", Set.of(), "");
    assertThat(DivergenceFinder.conflict(two, four, MAIN)).isEqualTo("how long the visit lasted");
    assertThat(DivergenceFinder.conflict(two, festival, MAIN)).isNull();
    assertThat(DivergenceFinder.conflict(four, four, MAIN)).isNull();
  }

  @Test
  void placesConflictForTheSameEventButNotWhenOneNameContainsTheOther() {
    var tarn = new StatedValue.Place("e1", "Tarn", "treat", Set.of(), "survivor");
    var oster = new StatedValue.Place("e2", "Oster", "treat", Set.of(), "survivor");
    var county = new StatedValue.Place("e3", "Tarn County", "treat", Set.of(), "survivor");
    var elsewhere = new StatedValue.Place("e2", "Oster", "meet", Set.of(), "survivor");
    assertThat(DivergenceFinder.conflict(tarn, oster, MAIN)).isEqualTo("where \"treat\"");
    assertThat(DivergenceFinder.conflict(tarn, county, MAIN)).isNull();
    assertThat(DivergenceFinder.conflict(tarn, elsewhere, MAIN)).isNull();
    assertThat(DivergenceFinder.conflict(tarn, tarn, MAIN)).isNull();
  }
}
