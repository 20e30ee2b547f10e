package dev.dossier.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits a reference summary into sentences (for ROUGE-Lsum): at . ! ? followed by white space. */
final class ReferenceSentences {
  private static final Pattern END = Pattern.compile("(?<=[.!?][\"”’']?)\\s+");

  private ReferenceSentences() {}

  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    for (String s : END.split(text.replace('\n', ' ').strip())) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }
}
