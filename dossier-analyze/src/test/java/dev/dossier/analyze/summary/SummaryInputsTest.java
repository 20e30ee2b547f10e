package dev.dossier.analyze.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.AnnotatedArticle;
import dev.dossier.model.Article;
import dev.dossier.model.Sentence;
import dev.dossier.model.Span;
import dev.dossier.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SummaryInputsTest {
  @Test
  void summaryInputQuotesAndCountsOnlyTheStatement() {
    String text = "Valmere (AP) — Ferry crews walked out on Monday. Talks failed.";
    List<Token> tokens = new ArrayList<>();
    Matcher m = Pattern.compile("\\S+").matcher(text);
    while (m.find()) {
      tokens.add(new Token(new Span(m.start(), m.end()), m.group(), m.group(), "NN", "O"));
    }
    int cut = text.indexOf("Talks");
    List<Sentence> sentences = List.of(
        new Sentence(0, new Span(0, cut - 1), tokens.stream().filter(t -> t.span().end() < cut).toList()),
        new Sentence(1, new Span(cut, text.length()), tokens.stream().filter(t -> t.span().begin() >= cut).toList()));
    Article article = new Article("a", null, null, null, null, null, text);
    SummaryInput input = SummaryInputs.of(List.of(new AnnotatedArticle(article, sentences, List.of(), List.of(), List.of())));
    SummaryInput.Sent first = input.docs().get(0).sentences().get(0);
    assertThat(first.text()).isEqualTo("Ferry crews walked out on Monday.");
    assertThat(first.words()).containsExactly("Ferry", "crews", "walked", "out", "on", "Monday.");
    assertThat(input.docs().get(0).sentences().get(1).text()).isEqualTo("Talks failed.");
  }
}
