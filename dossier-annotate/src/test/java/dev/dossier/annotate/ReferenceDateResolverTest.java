package dev.dossier.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.AnnotatedArticle;
import dev.dossier.model.Article;
import dev.dossier.model.StoryDates;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceDateResolverTest {
  private static final ArticleAnnotator ANNOTATOR = new ArticleAnnotator(CoreNlpModels.shared());

  private static AnnotatedArticle art(String id, LocalDate published, String text) {
    return ANNOTATOR.annotate(new Article(id, null, null, null, published, null, text));
  }

  @Test
  void weekdayNamedWithAMonthAndDayFixesTheYear() {
    var a =
        art(
            "a",
            null,
            "The dam, finished in 2024, gave way on Thursday, June 12, flooding the valley.");
    var b = art("b", null, "Rescuers reached the last village on Saturday.");
    StoryDates d = new ReferenceDateResolver().resolve(List.of(a, b), List.of("s1", "s2"), null);
    // June 12 was a Wednesday in 2024 and a Thursday in 2025: the weekday moves the year the text
    // suggests.
    assertThat(d.story().date()).isEqualTo(LocalDate.of(2025, 6, 14));
    assertThat(d.story().basis())
        .contains("Thursday")
        .contains("Saturday")
        .contains("s2")
        .contains("Confidence: medium");
  }

  @Test
  void aWeekdayJustBeforeTheLatestEventDoesNotPushTheDateAWeekAhead() {
    // Regression: "from Sunday" (the day before a Monday anchor) was read as the Sunday after it.
    var a = art("a", null, "The summit opened on Monday, March 4, 2024, in the capital.");
    var b = art("b", null, "Officials said it lasted from Sunday to Wednesday.");
    StoryDates d = new ReferenceDateResolver().resolve(List.of(a, b), List.of("s1", "s2"), null);
    assertThat(d.story().date()).isEqualTo(LocalDate.of(2024, 3, 6));
  }

  @Test
  void aDayAndMonthWithoutAYearOfItsOwnGiveNoDate() {
    var a =
        art("a", null, "The 2019 season ended badly. The club was sold on May 3 to a new owner.");
    StoryDates d = new ReferenceDateResolver().resolve(List.of(a), List.of("s1"), null);
    // Before, "May 3" took 2019 from the years mentioned: a guess, and on real newswire a wrong
    // one.
    assertThat(d.story().date()).isNull();
    assertThat(d.story().basis()).contains("no year of its own, and no weekday");
  }

  @Test
  void aGuessedYearStandsWhenTheTextsNameTheWeekdayTheDateHasInIt() {
    // May 3, 2019 was a Friday, and the Friday sentence tells the same event (it names Holt too).
    var a =
        art(
            "a",
            null,
            "The 2019 season ended badly. Mara Holt sold the club on May 3 to a new owner. Mara Holt "
                + "told fans outside the ground on Friday that she had no choice.");
    StoryDates d = new ReferenceDateResolver().resolve(List.of(a), List.of("s1"), null);
    assertThat(d.story().date()).isEqualTo(LocalDate.of(2019, 5, 3));
    assertThat(d.story().basis()).contains("Confidence: low");
  }

  @Test
  void anExplicitDateOlderThanAYearTheTextsNameIsHistoryNotTheTimeOfWriting() {
    var a = art("a", null, "The strike began in March 2020.");
    var b = art("b", null, "The court first met on Saturday, May 4, 2019.");
    StoryDates d = new ReferenceDateResolver().resolve(List.of(a, b), List.of("s1", "s2"), null);
    assertThat(d.story().date()).isNull();
    assertThat(d.story().basis()).contains("older than the year 2020");
  }

  @Test
  void anExplicitDateNobodyTiesToTheirOwnDaysGivesNoDate() {
    // A founding date and events told by weekday: the weekdays are the writer's week, not 1907's.
    var a =
        art(
            "a",
            null,
            "The bank opened on Sept. 29, 1907, in a rented hall. Its board voted to close it on "
                + "Tuesday.");
    StoryDates d = new ReferenceDateResolver().resolve(List.of(a), List.of("s1"), null);
    assertThat(d.story().date()).isNull();
    assertThat(d.story().basis()).contains("no text names its weekday");
  }

  @Test
  void anExplicitDateWithItsWeekdayIsTheTimeOfWriting() {
    var a = art("a", null, "The court first met on Saturday, May 4, 2019, in the old hall.");
    StoryDates d = new ReferenceDateResolver().resolve(List.of(a), List.of("s1"), null);
    assertThat(d.story().date()).isEqualTo(LocalDate.of(2019, 5, 4));
  }

  @Test
  void metadataWinsAndUndatedArticlesBorrowFromDatedOnes() {
    var a = art("a", LocalDate.of(2022, 1, 10), "The vote took place on Monday.");
    var b = art("b", null, "Lawmakers met again on Tuesday.");
    StoryDates d = new ReferenceDateResolver().resolve(List.of(a, b), List.of("s1", "s2"), null);
    assertThat(d.of("a").date()).isEqualTo(LocalDate.of(2022, 1, 10));
    assertThat(d.of("a").basis()).contains("metadata");
    assertThat(d.of("b").date()).isEqualTo(LocalDate.of(2022, 1, 10));
  }

  @Test
  void givenDateOverridesAndNothingDatedSaysSo() {
    var a = art("a", null, "The vote took place on Monday.");
    LocalDate given = LocalDate.of(2020, 2, 2);
    assertThat(new ReferenceDateResolver().resolve(List.of(a), List.of("s1"), given).story().date())
        .isEqualTo(given);
    var none = new ReferenceDateResolver().resolve(List.of(a), List.of("s1"), null).story();
    assertThat(none.date()).isNull();
    assertThat(none.basis()).startsWith("unknown");
  }
}
