package dev.dossier.analyze.summary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How likely an editor is to carry a word from the sources into the summary: P(word in reference |
 * word in the cluster's sources), learned by {@code dossier train} on training clusters and
 * smoothed towards the overall rate. Words are content words as {@link TermVectors#normalize} makes
 * them; unseen words get the overall rate. Shipped next to the sentence scorer it was trained with.
 * The same holds for adjacent pairs of content words ({@link #pairs}), keyed "first second", which
 * carry names and phrases.
 */
public final class WordSalience {
  public static final String RESOURCE = "word-salience.tsv";
  private final Map<String, Float> salience;
  private final float prior;

  public WordSalience(Map<String, Float> salience, float prior) {
    this.salience = Map.copyOf(salience);
    this.prior = prior;
  }

  /**
   * Adjacent content-word pairs of a word sequence, normalized as {@link TermVectors#normalize}
   * does.
   */
  public static java.util.List<String> pairs(java.util.List<String> words) {
    java.util.List<String> out = new java.util.ArrayList<>();
    String previous = null;
    for (String w : words) {
      String t = TermVectors.normalize(w);
      if (t != null && previous != null) {
        out.add(previous + " " + t);
      }
      previous = t;
    }
    return out;
  }

  public float of(String normalizedWord) {
    return salience.getOrDefault(normalizedWord, prior);
  }

  public float prior() {
    return prior;
  }

  public int size() {
    return salience.size();
  }

  /** Tab-separated: a first line "*prior*\tP", then "word\tP" sorted by word. */
  public String toTsv() {
    StringBuilder sb =
        new StringBuilder("*prior*\t")
            .append(String.format(Locale.ROOT, "%.5f", prior))
            .append('\n');
    new TreeMap<>(salience)
        .forEach(
            (w, p) ->
                sb.append(w)
                    .append('\t')
                    .append(String.format(Locale.ROOT, "%.5f", p))
                    .append('\n'));
    return sb.toString();
  }

  public static WordSalience fromTsv(String tsv) {
    Map<String, Float> m = new HashMap<>();
    float prior = 0;
    for (String line : tsv.split("\n")) {
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        continue;
      }
      float p = Float.parseFloat(line.substring(tab + 1).strip());
      String w = line.substring(0, tab);
      if (w.equals("*prior*")) {
        prior = p;
      } else {
        m.put(w, p);
      }
    }
    return new WordSalience(m, prior);
  }

  public static WordSalience shipped() {
    return Holder.SHIPPED;
  }

  private static final class Holder {
    static final WordSalience SHIPPED = load();
  }

  private static WordSalience load() {
    try (InputStream in = WordSalience.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "the word salience lexicon " + RESOURCE + " is missing from the build");
      }
      return fromTsv(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
