package dev.dossier.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Span;
import dev.dossier.testkit.SeededRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
  private final QuoteFinder finder = new QuoteFinder(3);

  private List<String> quotes(String text) {
    return finder.find(text).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void findsCurlyAndStraightQuotesWithoutMarksOrTrailingComma() {
    assertThat(quotes("“We will rebuild the bridge,” she said. He said \"it is not over yet.\""))
        .containsExactly("We will rebuild the bridge", "it is not over yet.");
  }

  @Test
  void aCurlyOpeningClosedByAStraightMarkEndsThere() {
    // Scraped pages mix marks; the quote must not run on into the narration and the next quote.
    assertThat(
            quotes(
                "“I saw that she would not give up,\" Holt said. \"She told me to keep going.\""))
        .containsExactly("I saw that she would not give up", "She told me to keep going.");
  }

  @Test
  void shortScareQuotesAreNotQuotes() {
    assertThat(quotes("The \"unofficial\" visit, a “solemn duty”, ended.")).isEmpty();
  }

  @Test
  void titlesOfWorksAreNamedNotSaid() {
    assertThat(
            quotes(
                "She starred in “The Harbour at Night” and wrote \"A Walk Along the Quay.\" "
                    + "“We will sail again,” the crews chanted. “WE WANT THE FERRY BACK,” they shouted. "
                    + "\"the harbour at night\" is lowercased here."))
        .containsExactly("We will sail again", "WE WANT THE FERRY BACK", "the harbour at night");
  }

  @Test
  void titleShape() {
    assertThat(QuoteFinder.isTitle("Salt Is the New Gold")).isTrue();
    assertThat(QuoteFinder.isTitle("It's a Small World")).isTrue();
    assertThat(QuoteFinder.isTitle("A Walk in the Woods")).isTrue();
    assertThat(QuoteFinder.isTitle("We will rebuild the bridge")).isFalse();
    assertThat(QuoteFinder.isTitle("Thank you, Valmere")).isFalse();
    assertThat(QuoteFinder.isTitle("STOP THE CUTS")).isFalse();
    assertThat(QuoteFinder.isTitle("the harbour at night")).isFalse();
  }

  @Test
  void aCurlyOpeningMarkWithNothingAfterItOpensNothing() {
    // Typed for a closing mark: taken as an opening, the rest of the paragraph would become a
    // quotation.
    assertThat(
            quotes(
                "The crew told us “the ferry sails after a short “nap” :) “. Tickets cost $4 at the "
                    + "office."))
        .containsExactly("the ferry sails after a short “nap");
    assertThat(quotes("Holt wrote “.\nTickets cost $4 at the harbour office.")).isEmpty();
  }

  @Test
  void anUnclosedQuoteEndsWithItsParagraph() {
    assertThat(quotes("“We waited for hours and nobody came.\n\n“Then the water rose,” he said."))
        .containsExactly("We waited for hours and nobody came.", "Then the water rose");
  }

  @Test
  void spansStayInsideAnyText() {
    SeededRandom r = SeededRandom.forTest("QuoteFinderTest");
    for (int i = 0; i < 2000; i++) {
      String text = r.chars("ab c\"“”«» ,.\n", 200);
      for (Span s : finder.find(text)) {
        assertThat(s.end()).as(r.about(text)).isLessThanOrEqualTo(text.length());
        assertThat(s.length()).as(r.about(text)).isPositive();
      }
    }
  }
}
