package dev.dossier.model;

/**
 * Whether a text keeps its capitals. Several stages read capitals as evidence (a name inside a
 * sentence, a sentence start, a headline in title case) and must not where a dataset lowercased its
 * text; they ask here, so the stages judge a text the same way.
 */
public final class Casing {
  private Casing() {}

  /**
   * Some word inside a sentence (not after . ! ? : or a quote) starts with a capital, as names do.
   * Datasets that lowercase their text and re-capitalize sentence starts have none.
   */
  public static boolean looksCased(String text) {
    String[] words = text.split("\\s+");
    for (int i = 1; i < words.length; i++) {
      String w = words[i];
      String before = words[i - 1];
      if (!w.isEmpty()
          && Character.isUpperCase(w.charAt(0))
          && !before.isEmpty()
          && ".!?:\"“”'’(".indexOf(before.charAt(before.length() - 1)) < 0
          && !w.equals("I")) {
        return true;
      }
    }
    return false;
  }
}
