package dev.dossier.text;

import dev.dossier.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a four-digit number in running text is a year. SUTime reads any such number as one; news
 * also writes times of day ("0830 GMT"), street numbers ("2417 North Quay Road"), counts ("1500
 * troops") and numbers of things ("Flight 4417"), which are not.
 */
public final class YearShape {
  private static final Set<String> TIME_ZONES =
      Set.of(
          "gmt", "utc", "edt", "est", "cdt", "cst", "pdt", "pst", "bst", "cet", "hours", "hrs",
          "local", "a.m.", "p.m.", "am", "pm", "h");
  private static final Set<String> STREETS =
      Set.of(
          "road",
          "rd",
          "rd.",
          "street",
          "st",
          "st.",
          "avenue",
          "ave",
          "ave.",
          "boulevard",
          "blvd",
          "blvd.",
          "lane",
          "ln",
          "drive",
          "dr.",
          "way",
          "highway",
          "place",
          "court",
          "square");
  private static final Set<String> NUMBER_OF =
      Set.of(
          "$",
          "€",
          "£",
          "#",
          "no.",
          "no",
          "number",
          "room",
          "suite",
          "flight",
          "route",
          "highway",
          "interstate",
          "bus",
          "unit",
          "apartment",
          "apt.",
          "box",
          "code");

  private YearShape() {}

  /** Token {@code i}, a number of four digits, read as a year where its neighbours allow. */
  public static boolean isYear(List<Token> tokens, int i) {
    String w = tokens.get(i).word();
    if (w.startsWith("0")) {
      return false; // a time of day: "0830"
    }
    if (i > 0 && NUMBER_OF.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (i + 1 < tokens.size()) {
      Token next = tokens.get(i + 1);
      if (TIME_ZONES.contains(next.word().toLowerCase(Locale.ROOT)) || next.pos().equals("NNS")) {
        return false; // "0830 GMT", "1500 troops"
      }
    }
    // "2417 North Quay Road": a street name within three words.
    for (int k = i + 1; k < Math.min(tokens.size(), i + 5); k++) {
      String t = tokens.get(k).word();
      if (STREETS.contains(t.toLowerCase(Locale.ROOT)) && Character.isUpperCase(t.charAt(0))) {
        return false;
      }
      if (!Character.isUpperCase(t.charAt(0))) {
        break;
      }
    }
    return true;
  }
}
