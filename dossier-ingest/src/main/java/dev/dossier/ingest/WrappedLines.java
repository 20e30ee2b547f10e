package dev.dossier.ingest;

import dev.dossier.model.Casing;
import dev.dossier.model.SentenceEdges;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts back together a sentence that a hard line break cut in two: text wrapped at a fixed width
 * (plain-text mail, a PDF turned into text) would otherwise give every line its own paragraph, and
 * every line would become a sentence ("Holt, who had run the ferries for"). A line continues the
 * one before when that one is a line of prose (at least {@value #MIN_CHARS} characters: wrapping
 * happens at a width) ending without closing a sentence (on a letter, a digit or a comma), and this
 * one starts with a lowercase word that is not a label ("astrophotographer:") or an address. Short
 * lines in a row are lists, share buttons and contact details.
 *
 * <p>Only in cased text: where a dataset lowercased everything, every paragraph starts in
 * lowercase, and a headline without a full stop would be glued to the story's first sentence. A
 * first word with a capital inside ("iPhone", "eBay") starts a paragraph of its own.
 */
final class WrappedLines {
  private static final int MIN_CHARS = 40;

  private WrappedLines() {}

  static List<String> join(List<String> lines) {
    if (lines.size() < 2 || !Casing.looksCased(String.join("\n", lines))) {
      return lines;
    }
    List<String> out = new ArrayList<>(lines.size());
    StringBuilder current = new StringBuilder(lines.get(0));
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (endsMidSentence(current) && startsLowercase(line)) {
        current.append(' ').append(line);
      } else {
        out.add(current.toString());
        current = new StringBuilder(line);
      }
    }
    out.add(current.toString());
    return out;
  }

  private static boolean endsMidSentence(CharSequence line) {
    char last = line.charAt(line.length() - 1);
    return line.length() >= MIN_CHARS && (Character.isLetterOrDigit(last) || last == ',');
  }

  private static boolean startsLowercase(String line) {
    String first = SentenceEdges.firstWord(line);
    return SentenceEdges.opensOnLowercaseWord(line)
        && !first.endsWith(":")
        && first.indexOf('@') < 0;
  }
}
