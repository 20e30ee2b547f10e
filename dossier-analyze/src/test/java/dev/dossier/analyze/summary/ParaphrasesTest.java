package dev.dossier.analyze.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParaphrasesTest {
  private static SentenceFeatures.Row row(String text) {
    List<String> words = Arrays.asList(text.split("\\s+|(?=[.,])"));
    var vector = TermVectors.tfidf(TermVectors.counts(words), Map.of());
    return new SentenceFeatures.Row(0, new SummaryInput.Sent(0, text, words), words.size(), vector);
  }

  private static Paraphrases shipped(String... sentences) {
    return new Paraphrases(
        Arrays.stream(sentences).map(ParaphrasesTest::row).toList(), SentenceEmbedder.shipped());
  }

  @Test
  void theSameStatementInOtherWordsIsAParaphrase() {
    assertThat(
            shipped(
                    "Jo Bell, who leads the ferry union, called the deal a victory for the crews.",
                    "Union leader Jo Bell hailed the deal as a victory for ferry crews.")
                .same(0, 1))
        .isTrue();
  }

  @Test
  void theSameTopicIsNotTheSameStatement() {
    assertThat(
            shipped(
                    "The Valmere ferry strike ended after the mediator brokered a deal.",
                    "The Valmere ferry strike began after the company cut pay.")
                .same(0, 1))
        .isFalse();
  }

  @Test
  void anotherNumberMakesAnotherStatementHoweverCloseTheEmbeddings() {
    String ten = "The ferry company raised fares by 10 percent in March.";
    String twelve = "The ferry company raised fares by 12 percent in March.";
    SentenceEmbedder e = SentenceEmbedder.shipped();
    assertThat(SentenceEmbedder.cosine(e.embed(ten), e.embed(twelve)))
        .isGreaterThan(Paraphrases.SAME);
    assertThat(shipped(ten, twelve).same(0, 1)).isFalse();
    assertThat(
            shipped(ten, "Fares rose by 10 percent in March, the ferry company said.").same(0, 1))
        .isTrue();
  }

  @Test
  void withoutAnEmbedderNothingIsAParaphrase() {
    var rows = List.of(row("The strike is over."), row("The strike is over."));
    assertThat(Paraphrases.none(rows).same(0, 1)).isFalse();
  }

  @Test
  void sentencesSharingNoWordAreNotCompared() {
    assertNotCompared("Crews walked out.", "Commuters were stranded.");
  }

  @Test
  void sentencesSharingOneWordAmongManyAreNotCompared() {
    String a =
        "Crews of the Valmere ferry walked out over pay and pensions on Monday morning after talks failed.";
    String b =
        "Commuters stranded by the strike crowded onto extra buses at the ferry terminal near Port Ellis.";
    assertThat(TermVectors.cosine(row(a).vector(), row(b).vector()))
        .isPositive()
        .isLessThan(Paraphrases.SHARED);
    assertNotCompared(a, b);
  }

  private static void assertNotCompared(String a, String b) {
    var rows = List.of(row(a), row(b));
    var counting = new int[1];
    var embedder =
        new SentenceEmbedder(
            s -> {
              counting[0]++;
              return new float[] {1, 0};
            });
    assertThat(new Paraphrases(rows, embedder).same(0, 1)).isFalse();
    assertThat(counting[0]).isZero();
  }

  @Test
  void theSummarizerKeepsOneOfTwoSentencesTheEmbedderCallsTheSame() {
    String strike =
        "Ferry crews in Valmere walked out on Monday over pay, stranding thousands of commuters.";
    String walkout =
        "Valmere ferry workers went on strike Monday in a wage row that left commuters stuck.";
    SummaryInput input =
        new SummaryInput(
            List.of(
                LearnedSummarizerTest.doc(
                    strike, "The harbour office reopened its ticket desk after a week of repairs."),
                LearnedSummarizerTest.doc(
                    walkout, "The council of Port Ellis approved a new timetable for its buses.")));
    SentenceEmbedder sameForBoth =
        new SentenceEmbedder(
            s -> s.equals(strike) || s.equals(walkout) ? new float[] {1, 0} : new float[] {0, 1});
    var summarizer =
        new LearnedSummarizer(
            SentenceScorer.shipped(),
            WordSalience.shipped(),
            Double.NEGATIVE_INFINITY,
            null,
            sameForBoth);
    assertThat(summarizer.summarize(input, 200))
        .extracting(Selection::text)
        .filteredOn(t -> t.equals(strike) || t.equals(walkout))
        .hasSize(1);
    var wordsOnly =
        new LearnedSummarizer(
            SentenceScorer.shipped(), WordSalience.shipped(), Double.NEGATIVE_INFINITY, null, null);
    assertThat(wordsOnly.summarize(input, 200))
        .extracting(Selection::text)
        .contains(strike, walkout);
  }
}
