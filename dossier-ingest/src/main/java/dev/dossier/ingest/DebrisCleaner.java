package dev.dossier.ingest;

import dev.dossier.model.Article;
import dev.dossier.model.TextKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes web debris (subscription pitches, comment forms, share and related-link blocks, photo
 * captions and credits, bylines, headings) from the articles of one story, using structural signals
 * only:
 *
 * <ul>
 *   <li>the shape of each line ({@link LineShape}): no sentence ending, link-like text, shouting;
 *   <li>repetition inside an article (captions and pull quotes repeat a line of the body);
 *   <li>repetition across outlets: a line shared by two articles that otherwise share little is the
 *       boilerplate of a publishing platform, not reporting (syndicated copies share most lines and
 *       keep them);
 *   <li>lines addressing the reader at the end of an article;
 *   <li>sentences that platforms repeat under unrelated stories, learned from a corpus ({@link
 *       BoilerplateSentences});
 *   <li>sentences that ask the reader to sign up, follow or subscribe, gallery controls and form
 *       prompts ({@link FurnitureSentences}).
 * </ul>
 *
 * <p>Why hand-written: readability-style extractors work on HTML structure, which plain text and
 * the text of scraped datasets no longer have; these signals work on the text alone.
 */
public final class DebrisCleaner {
  private final BoilerplateSentences boilerplate;

  /** A cleaner that also drops the platform boilerplate sentences shipped with Dossier. */
  public DebrisCleaner() {
    this(BoilerplateSentences.shipped());
  }

  public DebrisCleaner(BoilerplateSentences boilerplate) {
    this.boilerplate = boilerplate;
  }

  /** Two articles sharing more than this fraction of their lines are copies of one report. */
  private static final double SYNDICATED_SHARE = 0.5;

  /** A line shorter than this that carried a photo credit is a caption. */
  private static final int CAPTION_WORDS = 25;

  /** How many final lines are checked for reader-addressed pitches. */
  private static final int TAIL_LINES = 3;

  /**
   * A reader pitch is a short paragraph ("Sign up and you will ..."). A longer line that says "you"
   * is prose, often a whole article: scraped datasets keep each document on one line, and dropping
   * it for a "you" in passing lost one document in fourteen of the Multi-News validation split.
   */
  private static final int PITCH_WORDS = 40;

  /**
   * From this many words a line is prose that may end in a teaser link; the link is cut, the prose
   * kept.
   */
  private static final int PROSE_WORDS = 40;

  /** Cleans each article; articles are returned in order, possibly with empty text. */
  public List<Article> clean(List<Article> articles) {
    List<List<String>> lines = new ArrayList<>();
    for (Article a : articles) {
      lines.add(cleanLines(a.text()));
    }
    Set<String> boilerplate = crossArticleBoilerplate(lines);
    List<Article> out = new ArrayList<>(articles.size());
    for (int i = 0; i < articles.size(); i++) {
      List<String> kept = new ArrayList<>();
      for (String l : lines.get(i)) {
        if (!boilerplate.contains(key(l))) {
          kept.add(l);
        }
      }
      out.add(articles.get(i).withText(Paragraphs.join(dropReaderPitchTail(kept))));
    }
    return out;
  }

  /** Line-shape and within-article repetition filters for one text. */
  List<String> cleanLines(String text) {
    List<String> candidates = new ArrayList<>();
    for (String raw : Paragraphs.lines(text)) {
      String l = FurnitureSentences.strip(boilerplate.strip(LineShape.stripInline(raw)));
      if (l.split("\\s+").length >= PROSE_WORDS) {
        l = LineShape.stripTeaserTail(l);
      }
      // A short line that carried a photo credit is the caption of that photo.
      boolean caption = LineShape.endsWithCredit(raw) && l.split("\\s+").length < CAPTION_WORDS;
      if (!l.isEmpty() && !caption && LineShape.debrisReason(l) == null) {
        candidates.add(l);
      }
    }
    List<String> kept = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    // Keys once per line: comparing each line with every other recomputed them, quadratic in an
    // article's lines (the most costly step of cleaning full-length articles).
    List<String> keys = candidates.stream().map(DebrisCleaner::key).toList();
    for (int i = 0; i < candidates.size(); i++) {
      String l = candidates.get(i);
      String k = keys.get(i);
      if (!seen.add(k) || repeatsInsideLongerLine(k, keys, i)) {
        continue;
      }
      kept.add(l);
    }
    return kept;
  }

  /**
   * A short line whose text stands inside another, longer line of the article is a pull quote or
   * caption.
   */
  private static boolean repeatsInsideLongerLine(String key, List<String> keys, int self) {
    if (key.length() < 20) {
      return false;
    }
    for (int j = 0; j < keys.size(); j++) {
      if (j != self) {
        String other = keys.get(j);
        if (other.length() > key.length() && other.contains(key)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Set<String> crossArticleBoilerplate(List<List<String>> lines) {
    Map<String, Set<Integer>> where = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      for (String l : lines.get(i)) {
        where.computeIfAbsent(key(l), k -> new HashSet<>()).add(i);
      }
    }
    Map<Long, Integer> sharedPerPair = new HashMap<>();
    for (Set<Integer> docs : where.values()) {
      if (docs.size() > 1) {
        for (int a : docs) {
          for (int b : docs) {
            if (a < b) {
              sharedPerPair.merge(pair(a, b), 1, Integer::sum);
            }
          }
        }
      }
    }
    Set<String> boilerplate = new HashSet<>();
    for (var e : where.entrySet()) {
      Set<Integer> docs = e.getValue();
      if (docs.size() < 2) {
        continue;
      }
      boolean syndicated = false;
      for (int a : docs) {
        for (int b : docs) {
          if (a < b) {
            int shared = sharedPerPair.getOrDefault(pair(a, b), 0);
            int smaller = Math.min(lines.get(a).size(), lines.get(b).size());
            syndicated |= shared > SYNDICATED_SHARE * smaller;
          }
        }
      }
      if (!syndicated) {
        boilerplate.add(e.getKey());
      }
    }
    return boilerplate;
  }

  private static List<String> dropReaderPitchTail(List<String> lines) {
    int end = lines.size();
    while (end > 0
        && lines.size() - end < TAIL_LINES
        && LineShape.addressesReader(lines.get(end - 1))
        && lines.get(end - 1).split("\\s+").length <= PITCH_WORDS) {
      end--;
    }
    return lines.subList(0, end);
  }

  private static long pair(int a, int b) {
    return ((long) a << 32) | b;
  }

  private static String key(String line) {
    return TextKey.of(line).value();
  }
}
