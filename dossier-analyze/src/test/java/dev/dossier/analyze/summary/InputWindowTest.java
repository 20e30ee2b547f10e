package dev.dossier.analyze.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.testkit.SeededRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InputWindowTest {
  @Test
  void aSentenceIsAsLongAsItsWhiteSpaceWordsAndAStatementlessOneIsEmpty() {
    assertThat(new SummaryInput.Sent(0, "Crews  walked out\ton Monday.", List.of()).length())
        .isEqualTo(5);
    assertThat(new SummaryInput.Sent(0, "  crews walked out . ", List.of()).length()).isEqualTo(4);
    assertThat(new SummaryInput.Sent(0, "", List.of()).length()).isZero();
    assertThat(new SummaryInput.Sent(0, " \n ", List.of()).length()).isZero();
  }

  @Test
  void sharesAreEvenAndAShortDocumentLeavesItsShareToTheOthers() {
    assertThat(InputWindow.shares(new long[] {500, 500}, 300)).containsExactly(150, 150);
    assertThat(InputWindow.shares(new long[] {500, 40, 500}, 300)).containsExactly(130, 40, 130);
    assertThat(InputWindow.shares(new long[] {10, 20, 1000}, 300)).containsExactly(10, 20, 270);
    assertThat(InputWindow.shares(new long[] {}, 300)).isEmpty();
  }

  @Test
  void aClusterInsideTheWindowIsReadWhole() {
    SummaryInput input = input(List.of(10, 10, 10), List.of(10, 10));
    assertThat(InputWindow.within(input, 50)).isSameAs(input);
    // 300 words for a 200-word budget.
    assertThat(InputWindow.of(input(List.of(100, 100), List.of(100)), 200).docs())
        .extracting(d -> d.sentences().size())
        .containsExactly(2, 1);
  }

  @Test
  void eachDocumentKeepsItsOpeningInWholeSentencesWithTheirIndices() {
    // Shares of 20 words each: the first document keeps its sentences of 8 and 8 words and the one
    // crossing 20.
    SummaryInput cut = InputWindow.within(input(List.of(8, 8, 8, 8), List.of(30, 5)), 40);
    assertThat(cut.docs().get(0).sentences())
        .extracting(SummaryInput.Sent::index)
        .containsExactly(0, 1, 2);
    assertThat(cut.docs().get(1).sentences())
        .extracting(SummaryInput.Sent::index)
        .containsExactly(0);
    assertThat(cut.docs()).extracting(SummaryInput.Doc::id).containsExactly("d0", "d1");
  }

  @Test
  void theWindowHoldsItsTotalPlusOneSentencePerDocument() {
    // Property, over random clusters: every document keeps a prefix of its sentences, at least one
    // if it has
    // any, and the words kept exceed the total by less than one sentence per document.
    SeededRandom seeded = SeededRandom.forTest("InputWindowTest");
    Random random = seeded.random();
    for (int n = 0; n < 500; n++) {
      List<List<Integer>> docs = new ArrayList<>();
      for (int d = 1 + random.nextInt(6); d > 0; d--) {
        List<Integer> lengths = new ArrayList<>();
        for (int s = random.nextInt(12); s > 0; s--) {
          lengths.add(1 + random.nextInt(40));
        }
        docs.add(lengths);
      }
      SummaryInput input = input(docs);
      long total = 1 + random.nextInt(400);
      SummaryInput cut = InputWindow.within(input, total);
      long kept = 0;
      long slack = 0;
      for (int d = 0; d < docs.size(); d++) {
        List<SummaryInput.Sent> all = input.docs().get(d).sentences();
        List<SummaryInput.Sent> part = cut.docs().get(d).sentences();
        assertThat(all.subList(0, part.size())).as(seeded.about(input)).isEqualTo(part);
        assertThat(part.isEmpty()).as(seeded.about(input)).isEqualTo(all.isEmpty());
        kept += part.stream().mapToInt(s -> s.words().size()).sum();
        slack += docs.get(d).stream().mapToInt(Integer::intValue).max().orElse(0);
      }
      assertThat(kept).as(seeded.about(input)).isLessThanOrEqualTo(Math.max(total, 0) + slack);
    }
  }

  /** Documents of sentences with the given word counts. */
  @SafeVarargs
  private static SummaryInput input(List<Integer>... docs) {
    List<List<Integer>> all = new ArrayList<>();
    for (List<Integer> d : docs) {
      all.add(d);
    }
    return input(all);
  }

  private static SummaryInput input(List<List<Integer>> docs) {
    List<SummaryInput.Doc> out = new ArrayList<>();
    for (List<Integer> lengths : docs) {
      List<SummaryInput.Sent> sents = new ArrayList<>();
      for (int words : lengths) {
        String[] w = new String[words];
        Arrays.fill(w, "ferry");
        sents.add(new SummaryInput.Sent(sents.size(), String.join(" ", w), Arrays.asList(w)));
      }
      out.add(new SummaryInput.Doc("d" + out.size(), sents));
    }
    return new SummaryInput(out);
  }
}
