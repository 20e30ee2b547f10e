package dev.dossier.analyze.summary;

import dev.dossier.analyze.summary.SummaryInput.Sent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Unsupervised extractive summarizer: a sentence scores by its similarity to the story's centroid,
 * by how well other sources support it (its best match in each other document), and by its position
 * (news puts the essentials first). Greedy selection with redundancy control (MMR-style threshold)
 * fills the word budget; selected sentences are ordered by their relative position in their
 * documents.
 */
public final class CentroidSummarizer implements Summarizer {
  private static final double REDUNDANT = 0.5;

  /** Sentences this similar are the same statement in two sources: both are cited. */
  private static final double SAME_STATEMENT = 0.7;

  private static final int MIN_WORDS = 6;
  private static final int MAX_WORDS = 70;

  @Override
  public String name() {
    return "centroid";
  }

  @Override
  public List<Selection> summarize(SummaryInput input, int words) {
    if (words < 1) {
      throw new IllegalArgumentException("word budget must be positive: " + words);
    }
    List<Item> items = items(input);
    if (items.isEmpty()) {
      return List.of();
    }
    score(items, input.docs().size());
    List<Item> ranked = new ArrayList<>(items);
    ranked.sort(Comparator.comparingDouble((Item i) -> -i.score));
    List<Item> chosen = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int total = 0;
    for (Item it : ranked) {
      if (total >= words || !it.eligible) {
        continue;
      }
      if (!seen.add(it.key) || redundant(it, chosen) || total + it.words > words + 15) {
        continue;
      }
      chosen.add(it);
      total += it.words;
    }
    chosen.sort(
        Comparator.comparingDouble((Item i) -> i.relativePosition).thenComparingInt(i -> i.doc));
    List<Selection> out = new ArrayList<>();
    for (Item c : chosen) {
      out.add(new Selection(c.doc, c.sent.index(), c.sent.text(), support(c, items)));
    }
    return out;
  }

  private static List<Item> items(SummaryInput input) {
    List<Item> items = new ArrayList<>();
    for (SentenceVectors.Entry e : SentenceVectors.of(input)) {
      items.add(new Item(e, input.docs().get(e.doc()).sentences().size()));
    }
    return items;
  }

  private static void score(List<Item> items, int docs) {
    Map<String, Double> centroid = new HashMap<>();
    for (Item it : items) {
      double norm = TermVectors.norm(it.vector);
      if (norm > 0) {
        it.vector.forEach((t, w) -> centroid.merge(t, w / norm, Double::sum));
      }
    }
    for (Item it : items) {
      double centrality = TermVectors.cosine(it.vector, centroid);
      double support = 0;
      if (docs > 1) {
        double[] best = new double[docs];
        for (Item o : items) {
          if (o.doc != it.doc) {
            best[o.doc] = Math.max(best[o.doc], TermVectors.cosine(it.vector, o.vector));
          }
        }
        for (double b : best) {
          support += b;
        }
        support /= docs - 1;
      }
      double position = 1.0 / Math.sqrt(1 + it.sent.index());
      it.score = 0.4 * centrality + 0.3 * support + 0.3 * position;
    }
  }

  private static boolean redundant(Item it, List<Item> chosen) {
    for (Item c : chosen) {
      if (TermVectors.cosine(it.vector, c.vector) >= REDUNDANT) {
        return true;
      }
    }
    return false;
  }

  private static List<Selection.Ref> support(Item c, List<Item> items) {
    List<Selection.Ref> refs = new ArrayList<>();
    refs.add(new Selection.Ref(c.doc, c.sent.index()));
    Set<Integer> docsCited = new HashSet<>();
    docsCited.add(c.doc);
    for (Item o : items) {
      if (!docsCited.contains(o.doc) && TermVectors.cosine(c.vector, o.vector) >= SAME_STATEMENT) {
        refs.add(new Selection.Ref(o.doc, o.sent.index()));
        docsCited.add(o.doc);
      }
    }
    return refs;
  }

  private static final class Item {
    final int doc;
    final Sent sent;
    final int words;
    final String key;
    final boolean eligible;
    final double relativePosition;
    final Map<String, Double> vector;
    double score;

    Item(SentenceVectors.Entry e, int docSentences) {
      this.doc = e.doc();
      this.sent = e.sent();
      this.words = e.words();
      this.vector = e.vector();
      this.key = dev.dossier.model.TextKey.of(sent.text()).value();
      this.relativePosition = sent.index() / (double) Math.max(1, docSentences);
      this.eligible = isSummaryMaterial(sent.text(), words);
    }
  }

  /** A full declarative sentence of reasonable length: no fragment, question, or heading. */
  static boolean isSummaryMaterial(String text, int words) {
    if (words < MIN_WORDS || words > MAX_WORDS) {
      return false;
    }
    String t = text.strip();
    char first = t.charAt(0);
    char last = t.charAt(t.length() - 1);
    if (Character.isLowerCase(first) || last == '?' || last == ':') {
      return false;
    }
    return dev.dossier.model.SentenceEdges.endsAsStatement(t);
  }
}
