package dev.dossier.eval.rouge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * Tokenization as in Google's rouge-score package (the reference implementation used in current
 * papers): lowercase, every run of characters other than a-z and 0-9 becomes a separator, and with
 * stemming on, tokens longer than three characters are Porter-stemmed. The stemmer is Snowball's
 * "porter" (the original Porter algorithm); rouge-score uses NLTK's Porter, which differs on rare
 * words.
 */
public final class RougeTokenizer {
  private final boolean stem;

  public RougeTokenizer(boolean stem) {
    this.stem = stem;
  }

  public List<String> tokens(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    PorterStemmer stemmer = stem ? new PorterStemmer() : null;
    int i = 0;
    int n = lower.length();
    while (i < n) {
      while (i < n && !isTokenChar(lower.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && isTokenChar(lower.charAt(i))) {
        i++;
      }
      if (i > start) {
        String t = lower.substring(start, i);
        if (stemmer != null && t.length() > 3) {
          stemmer.setCurrent(t);
          stemmer.stem();
          t = stemmer.getCurrent();
        }
        out.add(t);
      }
    }
    return out;
  }

  private static boolean isTokenChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }
}
