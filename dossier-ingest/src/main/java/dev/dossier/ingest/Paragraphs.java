package dev.dossier.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one text layout every reader produces: one paragraph per line group, paragraphs separated by
 * a blank line, white space inside a paragraph folded to single spaces, control characters removed,
 * and the space that scraping lost between two sentences put back ({@link GluedSentences}), and a
 * sentence that a hard line break cut in two made whole again ({@link WrappedLines}). Cleaning and
 * sentence splitting both rely on paragraph boundaries being blank lines.
 */
public final class Paragraphs {
  private static final Pattern CONTROL =
      Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\u200B-\\u200D\\uFEFF]");
  private static final Pattern SPACES =
      Pattern.compile("[\\t \\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");

  private Paragraphs() {}

  /** Splits raw text into trimmed, non-empty lines; each line is a paragraph. */
  public static List<String> lines(String raw) {
    String t = CONTROL.matcher(raw.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("");
    List<String> out = new ArrayList<>();
    for (String line : t.split("\n")) {
      String l = GluedSentences.repair(SPACES.matcher(line).replaceAll(" ").strip());
      if (!l.isEmpty()) {
        out.add(l);
      }
    }
    return WrappedLines.join(out);
  }

  public static String join(List<String> paragraphs) {
    return String.join("\n\n", paragraphs);
  }

  public static String normalize(String raw) {
    return join(lines(raw));
  }
}
