package dev.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FurnitureSentencesTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Sign up for Tide Wire Breaking News Emails privacy policy Thanks for subscribing!",
        "Sign up today for a free 30 day trial of unlimited digital access.",
        "Subscribe to the Harbour Daily.",
        "Follow us on Tidebook.",
        "Follow @tidewire for the latest.",
        "Follow Jo Bell on Twitter.",
        "Interested in Mara Holt?",
        "Add Mara Holt as an interest to stay up to date on the latest Mara Holt news, video, and analysis from Tide Wire.",
        "Download the Tide Wire app for alerts.",
        "Hide Caption 3 of 15 Photos: Ferries in Port Ellis The boats wait at the quay.",
        "register now for unlimited access.",
        "You must enter the characters with black color that stand out from the other characters",
        "Please type the letters you see in the box."
      })
  void promptsAndGalleryControlsAreFurnitureSentences(String sentence) {
    assertThat(FurnitureSentences.isFurniture(sentence)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Subscribers to the Harbour Daily fell by a third.",
        "Like us, the crews of Port Ellis waited for the tide.",
        "Follow the money, the inspector told the council.",
        "Register Tide reported the closure on Monday.",
        "The ferry company asked riders to sign up for alerts.",
        "Are you interested in what the crews said? Nobody asked.",
        "Add to that the cost of the new quay.",
        "Enter the harbour by the north gate.",
        "Type the code into the ferry's ticket machine, the guard said.",
        // Kept for its year, which dates the page; annotation gives it no statement.
        "© 2017 Tide Wire.",
        "Caption contests were held at the harbour fair."
      })
  void proseThatMentionsTheSameWordsIsKept(String sentence) {
    assertThat(FurnitureSentences.isFurniture(sentence)).isFalse();
  }

  @Test
  void theCleanerDropsThemInsideAndOutsideParagraphsOfProse() {
    String text =
        "Ferry crews in Port Ellis walked out on Monday after talks failed. Sign up for our newsletter. "
            + "The harbour master said the quay would stay closed.\n\n"
            + "Interested in Mara Holt? Add Mara Holt as an interest to stay up to date on the latest Mara Holt news.\n\n"
            + "Talks resume on Friday, the union said. “We will not give up.” Hide Caption 2 of 9 Photos: Strike "
            + "The quay on Monday.";
    String cleaned =
        new DebrisCleaner(new BoilerplateSentences(java.util.Set.of()))
            .clean(List.of(new Article("a", null, null, null, null, null, text)))
            .get(0)
            .text();
    assertThat(cleaned)
        .isEqualTo(
            "Ferry crews in Port Ellis walked out on Monday after talks failed. "
                + "The harbour master said the quay would stay closed.\n\nTalks resume on Friday, the union said. "
                + "“We will not give up.”");
  }
}
