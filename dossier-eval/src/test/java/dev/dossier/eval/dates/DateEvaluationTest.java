package dev.dossier.eval.dates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.engine.Dossier;
import dev.dossier.engine.ProgressListener;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The date measurements on fictional fixtures in the two data formats, with hand-made gold. */
class DateEvaluationTest {
  private static final Path DATES = Path.of("src/test/resources/dates");
  private final DateEvaluation eval =
      new DateEvaluation(Dossier.builder().threads(1).build(), ProgressListener.NONE);

  @Test
  void tempEvalCountsCalendarValuesResolvedAgainstTheDocumentDate() throws Exception {
    DateEvaluation.TimexScore given =
        eval.tempEval(DATES.resolve("tempeval-fixture.jsonl"), 0, true);
    assertThat(given.gold()).isEqualTo(2);
    // "met on Monday" (past) is 2024-02-05; "will vote on March 3" is 2024-03-03.
    assertThat(given.goldRight()).isEqualTo(2);
    assertThat(given.precision()).isEqualTo(1.0);
    DateEvaluation.TimexScore withheld =
        eval.tempEval(DATES.resolve("tempeval-fixture.jsonl"), 0, false);
    assertThat(withheld.goldRight()).isZero();
  }

  @Test
  void writingDatesCountOnlyTheDatesTheEngineCommitsTo() throws Exception {
    DateEvaluation.WritingDateScore s = eval.writingDates(DATES.resolve("duc-fixture.jsonl"), 0);
    assertThat(s.articles()).isEqualTo(2);
    // The court's date carries its weekday; the bank's 1907 is history, so no date for it.
    assertThat(s.committed()).isEqualTo(1);
    assertThat(s.withinOneDay()).isEqualTo(1);
  }
}
