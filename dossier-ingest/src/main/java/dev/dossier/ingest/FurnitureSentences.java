package dev.dossier.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whole sentences that are page furniture: calls to action, which ask the reader to do something
 * for the publisher ("Sign up for our newsletter.", "Follow Jo Bell on Twitter.", "Add Jo Bell as
 * an interest to stay up to date on the latest Jo Bell news."), gallery controls and labels ("Hide
 * Caption 3 of 15 Photos: ...", "Caption The quay at dawn."), and the prompts of a page's forms
 * ("Please enter the characters you see"). They stand inside paragraphs of prose, or in lines of
 * their own that the line rules ({@link LineShape}) let through because they end like sentences,
 * and the learned list ({@link BoilerplateSentences}) misses them because a name changes from page
 * to page.
 *
 * <p>Each wording is anchored at the start of the sentence, where the imperative or the label
 * stands; prose that merely mentions subscribers or apps is left alone.
 */
final class FurnitureSentences {
  /**
   * Keywords match in any case (lowercased corpora); a name after "Follow" or a caption after
   * "Caption" must be capitalized. Copyright notices are not dropped here: their year is the best
   * evidence of when an undated page was published, so annotation keeps them and gives them no
   * statement ({@code LeadingFurniture}).
   */
  private static final Pattern FURNITURE =
      Pattern.compile(
          "^(?:"
              + "(?i:sign[ -]?up|subscribe)\\b"
              + "|(?i:register (?:now|today|here|for free))\\b"
              + "|(?i:follow (?:us\\b|@\\w)|(?:like|join) us (?:on|at|for)\\b)"
              + "|(?i:follow) (?:\\p{Lu}[\\p{L}.'-]*\\s){1,4}(?i:on (?:twitter|facebook|instagram))\\b"
              + "|(?i:add) [^.?!]{1,60} (?i:as an interest)\\b"
              + "|(?i:interested in) [^.?!]{1,60}\\?$"
              + "|(?i:(?:download|get) (?:the|our)) [^.?!]{0,40}\\b(?i:app)\\b"
              + "|(?i:(?:hide|show) caption)\\b|(?i:caption) \\p{Lu}"
              + "|(?i:(?:you must |please )?(?:enter|type) the (?:characters|letters|code|text) "
              + "(?:you see|shown|below|above|with|in|that))\\b"
              + ")|\\b(?i:thanks for (?:subscribing|signing up))\\b");

  /**
   * Sentence ends: a stop, perhaps a closing mark ("survived.” Hide Caption"), space, then a
   * capital or an opening quote. {@link BoilerplateSentences} splits without the closing mark, as
   * its learned list was built.
   */
  private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?][\"”’)]?)\\s+(?=[\\p{Lu}\"“])");

  private FurnitureSentences() {}

  static boolean isFurniture(String sentence) {
    return FURNITURE.matcher(sentence.strip()).find();
  }

  /** The line without its furniture sentences (the others kept verbatim, joined by a space). */
  static String strip(String line) {
    String[] sentences = BOUNDARY.split(line);
    List<String> kept = new ArrayList<>(sentences.length);
    for (String s : sentences) {
      if (!s.isBlank() && !isFurniture(s)) {
        kept.add(s.strip());
      }
    }
    return kept.size() == sentences.length ? line : String.join(" ", kept);
  }
}
