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
  void yearsMentionedDateAPartialDate() {
    var a =
        art("a", null, "The 2019 season ended badly. The club was sold on May 3 to a new owner.");
    StoryDates d = new ReferenceDateResolver().resolve(List.of(a), List.of("s1"), null);
    assertThat(d.story().date()).isEqualTo(LocalDate.of(2019, 5, 3));
    // No text gives the year with "May 3": a guess, and the basis says so.
    assertThat(d.story().basis()).contains("Confidence: low");
  }

  @Test
  void aYearNamedWithAMonthOrAPartCountsAsAYearTheStoryMentions() {
    // Before, only a bare year counted: "May 3" took 2004, the one year named alone, and "last
    // year" 2003.
    var a =
        art("a", null, "The harbour opened in 2004. Traffic fell in the first 11 months of 2019.");
    var b =
        art(
            "b",
            null,
            "The strike began in March 2020. The court met on May 3 and again last week.");
    StoryDates d = new ReferenceDateResolver().resolve(List.of(a, b), List.of("s1", "s2"), null);
    assertThat(d.story().date()).isEqualTo(LocalDate.of(2020, 5, 3));
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
