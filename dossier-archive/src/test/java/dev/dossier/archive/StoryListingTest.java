package dev.dossier.archive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Article;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryListingTest {
  private static ArchivedArticle art(
      String id, String title, String source, String url, LocalDate date, String text) {
    return new ArchivedArticle(
        0, id, new Article(id, title, source, url, date, "feed.jsonl", text), "story-1", null);
  }

  @Test
  void theTitleIsTheHeadlineOfTheArticleMostLikeTheOthers() {
    List<ArchivedArticle> story =
        List.of(
            art(
                "a",
                "Briefly",
                "Daily Tide",
                null,
                null,
                "Weather and other notes from the coast."),
            art(
                "b",
                "Ferry crews strike over pay in Valmere",
                "Harbour Post",
                null,
                null,
                "Ferry crews in Valmere walked out over pay on Monday, stranding commuters."),
            art(
                "c",
                null,
                "Coast Radio",
                null,
                null,
                "Commuters were stranded when Valmere ferry crews walked out over pay."));
    assertThat(StoryListing.title(story)).isEqualTo("Ferry crews strike over pay in Valmere");
  }

  @Test
  void withNoHeadlineTheFirstFullSentenceStandsIn() {
    String text =
        "VALMERE (Coast Wire) - Port. Ferry crews in Valmere walked out over pay on Monday, "
            + "stranding hundreds of island commuters. Talks resume Friday.";
    assertThat(StoryListing.firstFullSentence(text))
        .isEqualTo(
            "Ferry crews in Valmere walked out over pay on Monday, stranding hundreds of island "
                + "commuters.");
    assertThat(
            StoryListing.firstFullSentence(
                "PORT ALDER, Tarn Island (Coast Wire) - U.S. inspectors reached the damaged pier on "
                    + "Sunday, a day after the ferry struck it. More follows."))
        .as("a dateline is no part of it, and initials end no sentence")
        .isEqualTo(
            "U.S. inspectors reached the damaged pier on Sunday, a day after the ferry struck it.");
    assertThat(StoryListing.firstFullSentence("Photo credit"))
        .as("no sentence: the opening")
        .isEqualTo("Photo credit");
  }

  @Test
  void articlesWithNoSourceOrUrlEachCountAsTheirOwnOutlet() {
    LocalDate d1 = LocalDate.of(2025, 3, 1);
    LocalDate d2 = LocalDate.of(2025, 3, 4);
    StorySummary s =
        StoryListing.of(
            "story-1",
            List.of(
                art("a", null, null, null, d2, "Ferry crews in Valmere walked out over pay."),
                art("b", null, null, null, d1, "Valmere ferry crews walked out over pay.")));
    assertThat(s).isNotNull();
    assertThat(s.first()).isEqualTo(d1);
    assertThat(s.last()).isEqualTo(d2);
    assertThat(
            StoryListing.of(
                "story-2",
                List.of(
                    art("a", null, "Daily Tide", null, null, "One report."),
                    art("b", null, "Daily Tide", null, null, "The same outlet again."))))
        .as("one outlet twice is no story")
        .isNull();
    assertThat(
            StoryListing.of(
                "story-3",
                List.of(
                    art("a", null, null, "https://www.tide.example/a", null, "One report."),
                    art("b", null, null, "https://tide.example/b", null, "Same host."))))
        .as("a URL's host is its outlet")
        .isNull();
  }
}
