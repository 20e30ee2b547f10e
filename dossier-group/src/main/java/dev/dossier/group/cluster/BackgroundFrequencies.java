package dev.dossier.group.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Document frequencies of words in a large news collection, added to the stream's own: without
 * them, the first few hundred articles of a stream have unsettled frequencies, their similarities
 * run high, and the merge pass joined unrelated stories that later evidence could not split (on
 * dev100 with DUC 2004, merging every 500 articles: pairwise F1 0.86 without, 0.91 with; see
 * docs/evaluation.md). With them, one threshold means about the same from the first article on. The
 * shipped file is learned by {@code dossier learn-frequencies} from Multi-News training documents;
 * its header says from what, and under which licence.
 */
public final class BackgroundFrequencies {
  /** The resource the clusterer reads. */
  public static final String RESOURCE = "background-frequencies.txt";

  private static final class Shipped {
    static final BackgroundFrequencies INSTANCE = load();
  }

  private final Map<Long, Integer> df;
  private final int docs;

  private BackgroundFrequencies(Map<Long, Integer> df, int docs) {
    this.df = df;
    this.docs = docs;
  }

  /** The frequencies that ship with the clusterer, read once. */
  public static BackgroundFrequencies shipped() {
    return Shipped.INSTANCE;
  }

  /** In how many background documents the term occurs (0 if in fewer than the file keeps). */
  int df(long term) {
    return df.getOrDefault(term, 0);
  }

  int docs() {
    return docs;
  }

  /** Reads the text format {@code BackgroundFrequencyLearner} writes. */
  static BackgroundFrequencies read(InputStream in) throws IOException {
    Map<Long, Integer> df = new HashMap<>();
    int docs = -1;
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith("docs ")) {
          docs = Integer.parseInt(line.substring(5).trim());
          continue;
        }
        int space = line.indexOf(' ');
        df.put(
            Long.parseUnsignedLong(line.substring(0, space), 16),
            Integer.parseInt(line.substring(space + 1).trim()));
      }
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      throw new IOException("not a background frequency file: " + e.getMessage(), e);
    }
    if (docs < 0) {
      throw new IOException("not a background frequency file: no 'docs' line");
    }
    return new BackgroundFrequencies(df, docs);
  }

  private static BackgroundFrequencies load() {
    try (InputStream in = BackgroundFrequencies.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the dossier-group jar");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
