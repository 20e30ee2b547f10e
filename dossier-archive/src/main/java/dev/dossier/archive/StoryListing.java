package dev.dossier.archive;

import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a group of archived articles is shown as a story: whether it is one (two articles or more,
 * from two outlets or more, where an article with no known outlet counts as its own), its title
 * (the headline of its most representative article, else that article's first full sentence), its
 * outlets and its date span.
 */
final class StoryListing {
  /** Articles compared to find the representative one; beyond this, the first ones stand in. */
  private static final int COMPARED = 60;

  /** Words of an opening read to compare articles: enough for the who and what. */
  private static final int OPENING_WORDS = 80;

  private static final int TITLE_WORDS = 20;

  /**
   * A break after initials ("U.S.") or a title ("Sen.") that the sentence splitter took as an end.
   */
  private static final java.util.regex.Pattern ABBREVIATION_END =
      java.util.regex.Pattern.compile(
          "(?:\\b(?:\\p{Lu}\\.){1,3}|\\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|No|Jan|Feb|Aug"
              + "|Sept|Oct|Nov|Dec)\\.)$");

  /** A wire dateline before the first sentence: "PLACE, Region (Agency) -". */
  private static final java.util.regex.Pattern DATELINE =
      java.util.regex.Pattern.compile(
          "^\\p{Lu}[\\p{Lu} .'-]+(?:,[^()\\-–—_]{1,40})?\\s*(?:\\([^)]{1,30}\\))?\\s*[-–—_]+\\s+");

  private StoryListing() {}

  /** The story of these articles, or null when they do not make one. */
  static StorySummary of(String id, List<ArchivedArticle> articles) {
    Set<String> outlets = new LinkedHashSet<>();
    int distinct = 0;
    Set<String> known = new HashSet<>();
    LocalDate first = null;
    LocalDate last = null;
    for (ArchivedArticle a : articles) {
      outlets.add(a.outlet());
      boolean sourced = a.article().source() != null || a.article().url() != null;
      if (!sourced || known.add(a.outlet())) {
        distinct++;
      }
      LocalDate p = a.article().published();
      if (p != null) {
        first = first == null || p.isBefore(first) ? p : first;
        last = last == null || p.isAfter(last) ? p : last;
      }
    }
    if (articles.size() < 2 || distinct < 2) {
      return null;
    }
    return new StorySummary(
        id, title(articles), articles.size(), new ArrayList<>(outlets), first, last);
  }

  /** The headline of the most representative article, else its first full sentence. */
  static String title(List<ArchivedArticle> articles) {
    List<ArchivedArticle> originals =
        articles.stream().filter(a -> a.duplicateOf() == null).limit(COMPARED).toList();
    List<ArchivedArticle> pool = originals.isEmpty() ? articles : originals;
    List<ArchivedArticle> titled =
        pool.stream()
            .filter(a -> a.article().title() != null && !a.article().title().isBlank())
            .toList();
    ArchivedArticle best = representative(titled.isEmpty() ? pool : titled, pool);
    if (best.article().title() != null && !best.article().title().isBlank()) {
      return best.article().title().strip();
    }
    return firstFullSentence(best.article().text());
  }

  /** Of the candidates, the one whose opening shares the most words with the others'. */
  private static ArchivedArticle representative(
      List<ArchivedArticle> candidates, List<ArchivedArticle> all) {
    List<Set<String>> words = all.stream().map(StoryListing::openingWords).toList();
    ArchivedArticle best = candidates.get(0);
    double bestScore = -1;
    for (ArchivedArticle c : candidates) {
      Set<String> mine = openingWords(c);
      double score = 0;
      for (int k = 0; k < all.size(); k++) {
        if (all.get(k) != c) {
          score += jaccard(mine, words.get(k));
        }
      }
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    return best;
  }

  private static Set<String> openingWords(ArchivedArticle a) {
    String text =
        (a.article().title() == null ? "" : a.article().title() + " ") + a.article().text();
    Set<String> out = new HashSet<>();
    int n = 0;
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 3 && n++ < OPENING_WORDS) {
        out.add(w);
      }
    }
    return out;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int both = 0;
    for (String w : a) {
      both += b.contains(w) ? 1 : 0;
    }
    return both / (double) (a.size() + b.size() - both);
  }

  /**
   * The first sentence that reads as one: starts with a capital, a digit or a quote, ends as a
   * statement, and has at least six words (a dateline or a caption fragment is not a title);
   * shortened to {@link #TITLE_WORDS} words. The text's first words when none does.
   */
  static String firstFullSentence(String text) {
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    String head = text.length() > 4000 ? text.substring(0, 4000) : text;
    it.setText(head);
    String carried = "";
    for (int start = it.first(), end = it.next();
        end != BreakIterator.DONE;
        start = end, end = it.next()) {
      String s = (carried + head.substring(start, end)).strip().replaceAll("\\s+", " ");
      if (ABBREVIATION_END.matcher(s).find()) {
        carried = s + " "; // "U.S." or "Gov." ended no sentence: read on
        continue;
      }
      carried = "";
      s = DATELINE.matcher(s).replaceFirst("");
      if (s.isEmpty()) {
        continue;
      }
      char c = s.charAt(0);
      boolean opens = Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201c';
      boolean closes = s.matches(".*[.!?][\"'\u201d\u2019)]?$");
      if (opens && closes && s.split(" ").length >= 6) {
        return shorten(s);
      }
    }
    return shorten(head.strip().replaceAll("\\s+", " "));
  }

  private static String shorten(String s) {
    String[] w = s.split(" ");
    return w.length <= TITLE_WORDS
        ? s
        : String.join(" ", java.util.Arrays.copyOf(w, TITLE_WORDS)) + " …";
  }
}
