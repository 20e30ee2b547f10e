package dev.dossier.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Sentence;
import dev.dossier.model.Span;
import dev.dossier.model.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tense of the clause a date belongs to, on tagged sentences written for the test. */
class ClauseTenseTest {
  /** A sentence from "word/TAG" pairs separated by spaces; returns it with its text. */
  private record Tagged(String text, Sentence sentence) {
    Span span(String words) {
      int b = text.indexOf(words);
      return new Span(b, b + words.length());
    }
  }

  private static Tagged tagged(String pairs) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    for (String pair : pairs.split(" ")) {
      int slash = pair.lastIndexOf('/');
      String word = pair.substring(0, slash);
      if (text.length() > 0) {
        text.append(' ');
      }
      int b = text.length();
      text.append(word);
      tokens.add(
          new Token(
              new Span(b, text.length()),
              word,
              word.toLowerCase(),
              pair.substring(slash + 1),
              "O"));
    }
    return new Tagged(text.toString(), new Sentence(0, new Span(0, text.length()), tokens));
  }

  @Test
  void aDateSaidInThePastIsPastThoughTheSentenceSpeaksOfTheFuture() {
    Tagged t =
        tagged(
            "A/DT judge/NN will/MD mediate/VB the/DT dispute/NN ,/, the/DT city/NN said/VBD on/IN"
                + " Thursday/NNP ./.");
    assertThat(ClauseTense.of(t.sentence(), t.span("Thursday"))).isEqualTo(Tense.PAST);
    // The sentence-wide reading took "will" for the whole sentence.
    assertThat(Tense.of(t.sentence())).isEqualTo(Tense.FUTURE);
  }

  @Test
  void theVerbNearestTheDateDecidesWithinItsClause() {
    Tagged t =
        tagged(
            "Officials/NNS said/VBD Friday/NNP they/PRP would/MD send/VB more/JJR troops/NNS ./.");
    assertThat(ClauseTense.of(t.sentence(), t.span("Friday"))).isEqualTo(Tense.PAST);
    Tagged f = tagged("Talks/NNS will/MD resume/VB Friday/NNP in/IN Tarn/NNP ./.");
    assertThat(ClauseTense.of(f.sentence(), f.span("Friday"))).isEqualTo(Tense.FUTURE);
  }

  @Test
  void wouldAndPlannedEventsAreFuture() {
    Tagged would =
        tagged(
            "Marsh/NNP said/VBD the/DT session/NN would/MD take/VB place/NN on/IN Friday/NNP ./.");
    assertThat(ClauseTense.of(would.sentence(), would.span("Friday"))).isEqualTo(Tense.FUTURE);
    Tagged expected =
        tagged("A/DT ruling/NN is/VBZ expected/VBN to/TO come/VB before/IN Tuesday/NNP ./.");
    assertThat(ClauseTense.of(expected.sentence(), expected.span("Tuesday")))
        .isEqualTo(Tense.FUTURE);
  }

  @Test
  void aDateWithoutAVerbOfItsOwnTakesTheClauseAfterIt() {
    Tagged t = tagged("On/IN Tuesday/NNP ,/, the/DT mayor/NN will/MD open/VB the/DT bridge/NN ./.");
    assertThat(ClauseTense.of(t.sentence(), t.span("Tuesday"))).isEqualTo(Tense.FUTURE);
    Tagged past = tagged("On/IN Tuesday/NNP ,/, the/DT mayor/NN opened/VBD the/DT bridge/NN ./.");
    assertThat(ClauseTense.of(past.sentence(), past.span("Tuesday"))).isEqualTo(Tense.PAST);
  }
}
