package dev.dossier.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RougeScorerTest {
  private final RougeScorer plain = new RougeScorer(false, 0);

  @Test
  void handComputedUnigramsBigramsAndLcs() {
    // ref: the cat sat on the mat (6 tokens, 5 bigrams); pred: the cat sat (3 tokens, 2 bigrams).
    RougeResult r = plain.score("the cat sat on the mat", "the cat sat");
    assertThat(r.rouge1().precision()).isEqualTo(1.0);
    assertThat(r.rouge1().recall()).isEqualTo(0.5);
    assertThat(r.rouge1().f()).isCloseTo(2 * 0.5 / 1.5, within(1e-12));
    assertThat(r.rouge2().precision()).isEqualTo(1.0);
    assertThat(r.rouge2().recall()).isEqualTo(0.4);
    assertThat(r.rougeL().recall()).isEqualTo(0.5);
  }

  @Test
  void repeatedTokensAreClippedAndPunctuationAndCaseIgnored() {
    // pred "The the THE!" has three "the"; the reference has two: overlap 2 of 3 predicted.
    RougeResult r = plain.score("the cat sat on the mat", "The the THE!");
    assertThat(r.rouge1().precision()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(r.rouge1().recall()).isCloseTo(2.0 / 6, within(1e-12));
  }

  @Test
  void lcsRespectsOrderWhereUnigramsDoNot() {
    RougeResult r = plain.score("a b c d e", "e d c b a");
    assertThat(r.rouge1().f()).isEqualTo(1.0);
    assertThat(r.rougeL().f()).isCloseTo(0.2, within(1e-12));
  }

  @Test
  void lsumSplitsOnNewlinesAndScoresSummaryLevelLcs() {
    // Whole-text LCS of "a b c d e" and "d e a b c" is 3; per sentence, every token is matched.
    RougeResult r = plain.score("a b c\nd e", "d e\na b c");
    assertThat(r.rougeL().f()).isCloseTo(0.6, within(1e-12));
    assertThat(r.rougeLsum().f()).isEqualTo(1.0);
  }

  @Test
  void lsumCountsEachTokenAtMostAsOftenAsItOccurs() {
    // Reference "x y" twice in two lines, prediction "x y" once: only two hits are possible.
    RougeResult r = plain.score("x y\nx y", "x y");
    assertThat(r.rougeLsum().precision()).isEqualTo(1.0);
    assertThat(r.rougeLsum().recall()).isEqualTo(0.5);
  }

  @Test
  void stemmingAppliesOnlyToTokensLongerThanThreeCharacters() {
    RougeTokenizer t = new RougeTokenizer(true);
    assertThat(t.tokens("Cats running ran; the dogs' days"))
        .containsExactly("cat", "run", "ran", "the", "dog", "dai");
    assertThat(new RougeTokenizer(true).tokens("was has")).containsExactly("was", "has");
    RougeResult r = new RougeScorer(true, 0).score("the cats were running", "a cat was run");
    assertThat(r.rouge1().precision()).isCloseTo(2.0 / 4, within(1e-12));
  }

  @Test
  void nGramAndLcsScoresAreSymmetricUnderSwappingPredictionAndReference() {
    Random rnd = new Random(42);
    String[] vocab = {"alpha", "beta", "gamma", "delta", "the", "a", "runs", "running"};
    for (int k = 0; k < 200; k++) {
      String a = words(rnd, vocab);
      String b = words(rnd, vocab);
      RougeScorer s = new RougeScorer(true, 0);
      RougeResult ab = s.score(a, b);
      RougeResult ba = s.score(b, a);
      // ROUGE-Lsum is not symmetric by definition (a union LCS per reference sentence); on single
      // lines it
      // equals ROUGE-L and is.
      RougeResult abLine = s.score(a.replace('\n', ' '), b.replace('\n', ' '));
      RougeResult baLine = s.score(b.replace('\n', ' '), a.replace('\n', ' '));
      for (var pair :
          List.of(
              List.of(ab.rouge1(), ba.rouge1()),
              List.of(ab.rouge2(), ba.rouge2()),
              List.of(ab.rougeL(), ba.rougeL()),
              List.of(abLine.rougeLsum(), baLine.rougeLsum()))) {
        assertThat(pair.get(0).precision()).isCloseTo(pair.get(1).recall(), within(1e-12));
        assertThat(pair.get(0).f()).isCloseTo(pair.get(1).f(), within(1e-12));
      }
    }
  }

  private static String words(Random r, String[] vocab) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0, n = 1 + r.nextInt(12); i < n; i++) {
      sb.append(vocab[r.nextInt(vocab.length)]).append(r.nextInt(5) == 0 ? "\n" : " ");
    }
    return sb.toString();
  }

  @Test
  void theScorerTruncatesThePredictionToTheBudget() {
    RougeScorer five = new RougeScorer(false, 5);
    assertThat(RougeScorer.truncate("a b c\nd e f g", 5)).isEqualTo("a b c\nd e");
    RougeResult r = five.score("a b c d e", "a b c d e x y z w v");
    assertThat(r.rouge1().precision()).isEqualTo(1.0);
  }

  @Test
  void emptyTextsScoreZeroWithoutFailing() {
    RougeResult r = plain.score("", "");
    assertThat(r.rouge1().f()).isZero();
    assertThat(plain.score("a b", "").rougeLsum().f()).isZero();
  }
}
