package dev.dossier.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Article;
import dev.dossier.model.DateMention;
import org.junit.jupiter.api.Test;

class DateFinderTest {
  @Test
  void aTimeWordInsideANameIsNoDate() {
    String text =
        "Jo Bell, a reporter at USA Today, won Reporter of the Year. NBC's Today show aired the ferry story. "
            + "The crews met the harbour board today, Holt said: \"Today we sail.\"";
    var a =
        new ArticleAnnotator(CoreNlpModels.shared())
            .annotate(new Article("a", null, null, null, null, null, text));
    assertThat(a.dates()).extracting(DateMention::sentence).containsExactly(2, 2);
  }

  @Test
  void aNameInCapitalsIsNoDateEither() {
    String text =
        "Instead, USA TODAY has confirmed, the skipper will sail. THE CREWS MET THE BOARD TODAY.";
    var a =
        new ArticleAnnotator(CoreNlpModels.shared())
            .annotate(new Article("a", null, null, null, null, null, text));
    // A sentence in capitals throughout still dates its "TODAY".
    assertThat(a.dates()).extracting(DateMention::sentence).containsExactly(1);
  }
}
