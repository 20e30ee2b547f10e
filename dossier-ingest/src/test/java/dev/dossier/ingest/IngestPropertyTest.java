package dev.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Article;
import dev.dossier.testkit.SeededRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded-random property tests: any input, no exception; cleaning only removes (every output word
 * was an input word). The seed is printed so a failure can be replayed with -Ddossier.seed=N.
 */
class IngestPropertyTest {
  private static final String ALPHABET =
      "abcXYZ \n\n\t.,;:!?\"“”‘’'()[]{}|/@#%&*-—•<>\u00A0\u200B\uFEFF0123456789é漢";
  private static final String[] WORDS = {
    "The",
    "council",
    "said",
    "(Jo",
    "Bell/Tide)",
    "Share",
    "|",
    "you",
    "\"We",
    "will\"",
    "||||",
    "Title:",
    "Date:",
    "2020-01-01",
    "<p>",
    "</p>",
    "{\"text\":",
    "}",
    "\n",
    "\n\n",
    "."
  };

  private static String randomText(Random r) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(400);
    for (int i = 0; i < n; i++) {
      if (r.nextBoolean()) {
        sb.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
      } else {
        sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
      }
    }
    return sb.toString();
  }

  @Test
  void readersNeverThrowOnAnyInput() {
    Random r = SeededRandom.forTest("IngestPropertyTest").random();
    List<ArticleReader> readers =
        List.of(new TextArticleReader(), new JsonlArticleReader(), new HtmlArticleReader());
    for (int i = 0; i < 300; i++) {
      String text = randomText(r);
      for (ArticleReader reader : readers) {
        for (Article a : reader.read("x", null, text, p -> {})) {
          assertThat(a.text()).isNotBlank();
        }
      }
    }
  }

  /** Whether {@code small} can be obtained from {@code big} by deleting characters. */
  private static boolean isSubsequence(String small, String big) {
    int j = 0;
    for (int i = 0; i < big.length() && j < small.length(); i++) {
      if (big.charAt(i) == small.charAt(j)) {
        j++;
      }
    }
    return j == small.length();
  }

  @Test
  void cleanerOnlyDeletesCharacters() {
    Random r = SeededRandom.forTest("IngestPropertyTest").random();
    DebrisCleaner cleaner = new DebrisCleaner();
    for (int i = 0; i < 300; i++) {
      List<Article> in = new ArrayList<>();
      for (int k = 0; k < 1 + r.nextInt(3); k++) {
        String text = Paragraphs.normalize(randomText(r));
        in.add(new Article("a" + k, null, null, null, null, null, text));
      }
      List<Article> out = cleaner.clean(in);
      for (int k = 0; k < out.size(); k++) {
        String before = in.get(k).text().replaceAll("\\s+", "");
        String after = out.get(k).text().replaceAll("\\s+", "");
        assertThat(isSubsequence(after, before))
            .as("cleaned text only deletes: %s", out.get(k).text())
            .isTrue();
        assertThat(out.get(k).text()).doesNotContain("\n\n\n");
      }
    }
  }
}
