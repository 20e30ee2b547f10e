package dev.dossier.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences that publishing platforms repeat under unrelated stories ("The interactive transcript
 * could not be loaded.", archive and newsletter notices), learned from a corpus: a sentence found
 * in at least N different story clusters is boilerplate. Only 64-bit hashes of normalized sentences
 * are kept, never the text. The shipped list is built by {@code dossier learn-boilerplate}
 * (provenance in the file's header).
 *
 * <p>Normalization makes cased web text match lowercased, tokenized corpora: lowercase, runs of
 * letters and digits joined by single spaces.
 */
public final class BoilerplateSentences {
  /**
   * Sentence ends: punctuation, space, then a capital or an opening quote. Cheap and
   * corpus-independent.
   */
  private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\"“])");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** Shorter sentences are too generic to call boilerplate. */
  public static final int MIN_WORDS = 4;

  private static final String RESOURCE = "boilerplate-sentences.txt";

  private final Set<Long> hashes;

  public BoilerplateSentences(Set<Long> hashes) {
    this.hashes = Set.copyOf(hashes);
  }

  /** The list shipped with Dossier (empty if the resource is missing). */
  public static BoilerplateSentences shipped() {
    return Holder.SHIPPED;
  }

  private static final class Holder {
    static final BoilerplateSentences SHIPPED = load();
  }

  private static BoilerplateSentences load() {
    Set<Long> h = new HashSet<>();
    try (InputStream in = BoilerplateSentences.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return new BoilerplateSentences(Set.of());
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          h.add(Long.parseUnsignedLong(line, 16));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new BoilerplateSentences(h);
  }

  public int size() {
    return hashes.size();
  }

  public boolean contains(String sentence) {
    String k = key(sentence);
    return k != null && hashes.contains(hash(k));
  }

  /** The line without its boilerplate sentences (the others kept verbatim, joined by a space). */
  public String strip(String line) {
    if (hashes.isEmpty()) {
      return line;
    }
    List<String> kept = new ArrayList<>();
    boolean removed = false;
    for (String s : sentences(line)) {
      if (contains(s)) {
        removed = true;
      } else {
        kept.add(s);
      }
    }
    return removed ? String.join(" ", kept) : line;
  }

  public static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (String s : BOUNDARY.split(text)) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  /** Normalized form, or null when the sentence is too short to judge. */
  public static String key(String sentence) {
    Matcher m = WORD.matcher(sentence.toLowerCase(Locale.ROOT));
    StringBuilder sb = new StringBuilder();
    int words = 0;
    while (m.find()) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(m.group());
      words++;
    }
    return words >= MIN_WORDS ? sb.toString() : null;
  }

  /** FNV-1a, 64 bits: stable across JVMs and versions, unlike {@code String.hashCode}. */
  public static long hash(String key) {
    long h = 0xcbf29ce484222325L;
    for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }
}
