package dev.dossier.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.model.AnnotatedArticle;
import dev.dossier.model.Article;
import dev.dossier.model.Quote;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fast attributor against a labelled set of quotes written for the project (fictional people): each
 * case gives the text and the expected speaker of each of its quotes, under the fullest name.
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
      AnnotatedArticle a = annotator.annotate(new Article("c" + (n++), null, null, null, null, null, c.get("text").asText()));
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
    System.out.printf("speech-verb attributor accuracy on %d labelled cases: %.3f%n", cases().size(), acc);
    failures.forEach(f -> System.out.println("  miss: " + f));
    assertThat(acc).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void everyAttributedSpeakerSpanLiesInTheText() throws Exception {
    ArticleAnnotator annotator = new ArticleAnnotator(CoreNlpModels.shared());
    for (JsonNode c : cases()) {
      AnnotatedArticle a = annotator.annotate(new Article("x", null, null, null, null, null, c.get("text").asText()));
      for (Quote q : a.quotes()) {
        assertThat(q.span().end()).isLessThanOrEqualTo(a.text().length());
        if (q.speaker() != null) {
          assertThat(q.speaker().end()).isLessThanOrEqualTo(a.text().length());
          assertThat(q.span().overlaps(q.speaker())).as("speaker inside the quote").isFalse();
        }
      }
    }
  }
}
