package dev.dossier.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dossier.model.Article;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Compares the two quote attributors on the labelled set and prints accuracy and speed of each. The
 * fast one must be at least as accurate as CoreNLP's (that is why it is the default); the figures
 * go to the log.
 */
class AttributorComparisonTest {
  @Test
  void speechVerbAttributorIsAtLeastAsAccurateAsCoreNlpAndFaster() throws Exception {
    int tokens = 0;
    for (JsonNode c : QuoteAttributionTest.cases()) {
      tokens += c.get("text").asText().split("\\s+").length;
    }
    ArticleAnnotator fast = new ArticleAnnotator(CoreNlpModels.shared());
    fast.annotate(
        new Article("warm", null, null, null, null, null, "\"Warm up the models,\" she said."));
    long t0 = System.nanoTime();
    double fastAcc = QuoteAttributionTest.accuracy(fast, new ArrayList<>());
    double fastSecs = (System.nanoTime() - t0) / 1e9;

    long l0 = System.nanoTime();
    ArticleAnnotator slow =
        new ArticleAnnotator(
            CoreNlpModels.shared(), new CoreNlpQuoteAttributor(), QuoteFinder.DEFAULT_MIN_WORDS);
    double loadSecs = (System.nanoTime() - l0) / 1e9;
    slow.annotate(
        new Article("warm", null, null, null, null, null, "\"Warm up the models,\" she said."));
    List<String> misses = new ArrayList<>();
    long t1 = System.nanoTime();
    double slowAcc = QuoteAttributionTest.accuracy(slow, misses);
    double slowSecs = (System.nanoTime() - t1) / 1e9;

    System.out.printf(
        "attributor speech-verb: accuracy %.3f, %.0f words/s (annotation included)%n",
        fastAcc, tokens / fastSecs);
    System.out.printf(
        "attributor corenlp-quote: accuracy %.3f, %.0f words/s (annotation included), load %.1f s%n",
        slowAcc, tokens / slowSecs, loadSecs);
    misses.forEach(m -> System.out.println("  corenlp miss: " + m));
    assertThat(fastAcc).isGreaterThanOrEqualTo(slowAcc);
  }
}
