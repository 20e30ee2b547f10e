package dev.dossier.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.model.AnnotatedArticle;
import dev.dossier.model.Article;
import dev.dossier.model.MentionRef;
import dev.dossier.model.Quote;
import dev.dossier.model.StoryEntities;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast attributor against a labelled set of quotes written for the project (fictional people):
 * each case gives the text and the expected speaker of each of its quotes, under the fullest name.
 */
class QuoteAttributionTest {
  static List<JsonNode> cases() throws Exception {
    try (InputStream in = QuoteAttributionTest.class.getResourceAsStream("labelled-quotes.json")) {
      List<JsonNode> out = new ArrayList<>();
      new ObjectMapper().readTree(in).forEach(out::add);
      return out;
    }
  }

  /** Accuracy of an attributor on the labelled set: right speakers over all labelled quotes. */
  static double accuracy(ArticleAnnotator annotator, List<String> failures) throws Exception {
    int right = 0;
    int total = 0;
    int n = 0;
    for (JsonNode c : cases()) {
      AnnotatedArticle a =
          annotator.annotate(
              new Article("c" + (n++), null, null, null, null, null, c.get("text").asText()));
      StoryEntities entities = new EntityResolver().resolve(List.of(a));
      List<Quote> quotes = a.quotes();
      for (int i = 0; i < c.get("speakers").size(); i++) {
        total++;
        String expected = c.get("speakers").get(i).asText();
        String got = i < quotes.size() ? speaker(a, quotes.get(i), entities) : "(quote not found)";
        if (expected.equals(got)) {
          right++;
        } else {
          failures.add(expected + " != " + got + " in: " + c.get("text").asText());
        }
      }
    }
    return right / (double) total;
  }

  static String speaker(AnnotatedArticle a, Quote q, StoryEntities entities) {
    if (q.speaker() == null) {
      return null;
    }
    String id = entities.entityOf().get(new MentionRef(a.article().id(), q.speaker()));
    return id == null ? q.speaker().of(a.text()) : entities.byId(id).name();
  }

  @Test
  void speechVerbAttributorNamesMostSpeakersRight() throws Exception {
    List<String> failures = new ArrayList<>();
    double acc = accuracy(new ArticleAnnotator(CoreNlpModels.shared()), failures);
    System.out.printf(
        "speech-verb attributor accuracy on %d labelled cases: %.3f%n", cases().size(), acc);
    failures.forEach(f -> System.out.println("  miss: " + f));
    assertThat(acc).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void everyAttributedSpeakerSpanLiesInTheText() throws Exception {
    ArticleAnnotator annotator = new ArticleAnnotator(CoreNlpModels.shared());
    for (JsonNode c : cases()) {
      AnnotatedArticle a =
          annotator.annotate(
              new Article("x", null, null, null, null, null, c.get("text").asText()));
      for (Quote q : a.quotes()) {
        assertThat(q.span().end()).isLessThanOrEqualTo(a.text().length());
        if (q.speaker() != null) {
          assertThat(q.speaker().end()).isLessThanOrEqualTo(a.text().length());
          assertThat(q.span().overlaps(q.speaker())).as("speaker inside the quote").isFalse();
        }
      }
    }
  }

  /** The speaker of each quote of a text, as written there (null where none is named). */
  private static List<String> speakers(String text) {
    AnnotatedArticle a =
        new ArticleAnnotator(CoreNlpModels.shared())
            .annotate(new Article("p", null, null, null, null, null, text));
    return a.quotes().stream().map(q -> q.speaker() == null ? null : q.speaker().of(text)).toList();
  }

  @Test
  void aPlaceBeforeACommonNounIsNotTheSpeaker() {
    List<String> s =
        speakers(
            "Late Sunday, Valmere police said the two sailors died from \"exposure to the cold "
                + "water.\" In Brenn, officials said the ferries would run \"as soon as the storm has passed.\"\n\n"
                + "Mara Holt chaired the meeting. An activist told the Tide Wire that Brenn had become "
                + "\"a harbour of resistance to the closures.\"");
    assertThat(s)
        .hasSize(3)
        .allSatisfy(x -> assertThat(x).isNotIn("Valmere", "Brenn", "Mara Holt"));
  }

  /**
   * Hard cases: why each is hard, the text, the speaker of its quote (or of each of its quotes, in
   * order).
   */
  static List<Arguments> speakerCases() {
    return List.of(
        Arguments.of(
            "the splitter ends a sentence at \"(R-S.C.\"; \"says\" opens the next one in lower case",
            "Rep. Mara Holt (R-S.C.) says the Norland government needs to keep \"every option on the table\" in "
                + "the harbour dispute.",
            "Mara Holt"),
        Arguments.of(
            "\"’”\" comes out of the tokenizer as one token, tagged as a noun, before an inverted verb",
            "“I suspect they just guess, like harbour pilots did before ‘Radar,’” said Ines Calder, a pilot in "
                + "Brenn.",
            "Ines Calder"),
        Arguments.of(
            "a noun before a participle is its object, not its subject",
            "Harbour spokesman Col. Ines Calder issued a statement explaining that the pilot \"misread the tide "
                + "tables on a stormy night.\"",
            "Ines Calder"),
        Arguments.of(
            "an organization speaks through the noun after it",
            "The Norland Harbour Workers Union party said: \"The closure of the quay raises serious questions.\"",
            "Norland Harbour Workers Union"),
        Arguments.of(
            "a reply in an interview, with a less common speech verb, after the interviewer's question",
            "Asked by Tide Radio's Tom Reyes, \"Will you sail again?\"\n\n\"Oh yes, yes,\" Mara Holt reiterated.",
            List.of("Tom Reyes", "Mara Holt")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("speakerCases")
  void namesTheSpeakers(String why, String text, Object speakers) {
    List<?> expected = speakers instanceof List<?> l ? l : List.of(speakers);
    assertThat(speakers(text))
        .containsExactlyElementsOf(expected.stream().map(String.class::cast).toList());
  }

  @Test
  void aParticipleBetweenTheQuoteAndItsCueDoesNotCutThem() {
    assertThat(
            speakers(
                "Harbour master Ines Calder and her deputy both left after \"a long and bitter night,\" "
                    + "meaning the strike, Valmere police said."))
        .singleElement()
        .isNull();
  }

  @Test
  void aSpeakerReachedThroughAPronounIsFoundButNotNamed() {
    String text =
        "Jo Bell spoke to the crews on the quay. \"We will sail at dawn tomorrow,\" she said. "
            + "\"The harbour board has run out of excuses,\" Mara Holt said.";
    AnnotatedArticle a =
        new ArticleAnnotator(CoreNlpModels.shared())
            .annotate(new Article("p", null, null, null, null, null, text));
    assertThat(a.quotes()).hasSize(2);
    Quote pronoun = a.quotes().get(0);
    assertThat(pronoun.speaker().of(text)).isEqualTo("Jo Bell");
    assertThat(pronoun.cue()).isEqualTo(Quote.PRONOUN);
    assertThat(pronoun.speakerNamed()).isFalse();
    Quote named = a.quotes().get(1);
    assertThat(named.speaker().of(text)).isEqualTo("Mara Holt");
    assertThat(named.cue()).isEqualTo("say");
    assertThat(named.speakerNamed()).isTrue();
  }
}
