package dev.dossier.text;

import dev.dossier.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the photo and video captions among an article's sentences and gives them no statement: the
 * sentences of a short paragraph that ends in a bracketed credit ("A crew loads the ferry at dawn
 * on May 2. (Photo: Jo Bell, Wire)", "Police search the harbour. (Published Monday, May 3, 2021)").
 * Scraped pages keep a figure's caption and credit as a paragraph of their own, in the middle of
 * the story, and a caption describes a picture ("A worker returns a bag ..."), which a summary, a
 * fact or a timeline event should not repeat as if it were reported. The sentences keep their text
 * and their place, so indexes and quotes are unchanged; only where their statement begins moves to
 * their end.
 *
 * <p>Cleaning already drops a short line that ends in a credit (`DebrisCleaner`,
 * `LineShape.endsWithCredit`, in dossier-ingest, which this module does not depend on). What
 * reaches annotation is what that line rule cannot see: a caption of two or three sentences, a
 * credit with no "Label:" shape ("(Published Monday, May 3)"), and a credit followed on the same
 * line by more furniture. The two credit vocabularies overlap; a shared home for them (and for the
 * rest of the page-furniture vocabulary) is still to be found.
 *
 * <p>Written by hand because no library we use knows news page layout. The credit must close the
 * paragraph's sentence (or follow it on the same line), and the paragraph must be short: a long
 * paragraph ending in a link to photos ("... [In Photos: The Eclipse]") is prose. A paragraph is
 * text between line breaks, so datasets that keep each article on one line are left alone.
 */
public final class CaptionSentences {
  /**
   * A bracketed credit: "(Photo: Jo Bell, Wire)", "(Wire Photo/Jo Bell)", "(Family photos)",
   * "(Published Monday, May 3)", "[Image: Wire]". One or two words may come before "photo" ("Wire
   * Photo", "Tide Wire Photo"), but not "see": "(see photos)" points elsewhere.
   */
  static final String CREDIT =
      "[(\\[]\\s*(?:(?:(?!see\\b)\\p{L}+\\s+){1,2}photos?|photo|photos|photograph|image|images"
          + "|video|file photo|credit|pictured|published)\\b[^)\\]\\n]{0,80}[)\\]]";

  private static final Pattern ENDS_WITH_CREDIT =
      Pattern.compile(CREDIT + "\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern CREDIT_FOLLOWS =
      Pattern.compile("^[ \\t]*" + CREDIT, Pattern.CASE_INSENSITIVE);

  /**
   * Characters after a sentence in which a following credit must close (it is at most about 100
   * long).
   */
  private static final int LOOK_AHEAD = 160;

  /** A caption runs to a few sentences at most; a longer paragraph ending in a credit is prose. */
  private static final int MAX_SENTENCES = 3;

  private CaptionSentences() {}

  /**
   * The sentences, with those that are captions given an empty statement (it begins at their end).
   */
  public static List<Sentence> mark(List<Sentence> sentences, String text) {
    List<Sentence> out = new ArrayList<>(sentences);
    for (int i = 0; i < sentences.size(); i++) {
      if (!creditEnds(sentences.get(i), text)) {
        continue;
      }
      int first = i;
      while (first > 0 && !lineBreakBetween(sentences.get(first - 1), sentences.get(first), text)) {
        first--;
      }
      // The loop stops at a line break, or at the text's first sentence.
      if (i - first < MAX_SENTENCES && (first > 0 || hasLineBreaks(text))) {
        for (int k = first; k <= i; k++) {
          Sentence s = sentences.get(k);
          out.set(k, new Sentence(s.index(), s.span(), s.tokens(), s.span().end()));
        }
      }
    }
    return out;
  }

  private static boolean creditEnds(Sentence s, String text) {
    // A credit is short: looking a bounded way ahead keeps a huge one-line text linear.
    int from = s.span().end();
    String after = text.substring(from, Math.min(text.length(), from + LOOK_AHEAD));
    return ENDS_WITH_CREDIT.matcher(s.text(text)).find() || CREDIT_FOLLOWS.matcher(after).find();
  }

  private static boolean lineBreakBetween(Sentence a, Sentence b, String text) {
    return text.substring(a.span().end(), b.span().begin()).contains("\n");
  }

  /**
   * Text on a single line (as some datasets store whole articles) has no paragraphs to tell a
   * caption from the last sentence of a paragraph, so its first sentence is never judged a caption
   * either.
   */
  private static boolean hasLineBreaks(String text) {
    int last = text.length() - 1;
    while (last >= 0 && Character.isWhitespace(text.charAt(last))) {
      last--;
    }
    int first = 0;
    while (first < last && Character.isWhitespace(text.charAt(first))) {
      first++;
    }
    int nl = text.indexOf('\n', first);
    return nl >= 0 && nl < last;
  }
}
