package dev.dossier.ingest;

import dev.dossier.model.PublicationStamp;
import dev.dossier.model.SentenceEdges;
import java.util.regex.Pattern;

/**
 * Structural signals of one paragraph line that mark it as web debris rather than article prose.
 * None of them looks for particular phrases: they read the line's shape (does it end like a
 * sentence, is it link-like, is it shouted) so they hold for outlets never seen before.
 */
final class LineShape {
  private static final Pattern LINK_LIKE =
      Pattern.compile(
          "https?://|www\\.\\w|(?<![\\w.])@\\w{2,}|%[sd]\\b|\\{\\{|\\w+\\.(?:com|org|net)/\\S");
  private static final Pattern SEPARATORS = Pattern.compile("\\s[|/»›+]\\s");

  /**
   * An unparenthesized credit inside a line: "Jane Doe/Wire/Agency Images" (a name and an agency).
   */
  private static final Pattern EMBEDDED_CREDIT =
      Pattern.compile(
          "(?:\\p{Lu}[\\w.&'-]*\\s){1,3}?\\p{Lu}[\\w.&'-]*/\\p{Lu}[\\w.&'-]*|\\p{Lu}[\\w.&'-]*/(?:\\p{Lu}[\\w.&'-]*\\s){1,3}?\\p{Lu}[\\w.&'-]*");

  /**
   * A teaser for another page, ending in its link text: "Owner seeks a new publisher; several...
   * More." or "Star reaches the top Read more".
   */
  private static final Pattern TEASER =
      Pattern.compile(
          "(?:\\.\\.\\.|…)\\s*\\p{Lu}\\p{L}*\\s*[.»›>]*$"
              + "|\\b(?:Read|See|Learn|Continue reading|Find out)(?: (?:more|the full story))?\\s*[.»›>…]*$");

  /** Interface instructions ("Click here", "Tap to ...") are the page's controls, not reporting. */
  private static final Pattern UI_INSTRUCTION =
      Pattern.compile("^(?:Click|Tap|Swipe|Scroll|Enlarge)\\b");

  /**
   * A caption introduced by the label of a page's media player or gallery: "Image copyright Wire
   * Image caption ...", "Image caption ...", "Media playback is unsupported ...", "Photo by Jo
   * Bell", "Photo Advertisement ...", a video player's "CLOSE ...", "VIDEO ..." or "TRAILER: ..."
   * line. The label must be followed by a capital, so prose that merely starts with one of these
   * words ("Photo finishes decided both races.") is not taken for a caption.
   */
  private static final Pattern MEDIA_CAPTION =
      Pattern.compile(
          "^Media playback is unsupported\\b"
              + "|^(?:(?:Image|Media|Photo|Video) (?:copyright|caption|credit|by|courtesy of)|Photo|Video|Advertisement"
              + "|Buy Photo|CLOSE|VIDEO|WATCH|PHOTOS?|GALLERY|TRAILER):?\\s+\\p{Lu}");

  /**
   * A gallery or video player's controls, read out as text at the head of its caption: "1 of 12
   * Full Screen Autoplay Close Skip Ad × ...", "EMBED More News Videos ...". Two labels in a row at
   * least (a gallery's counter counts as one), so prose that opens with "Close" or "Play" is not
   * taken for a player.
   */
  private static final Pattern PLAYER_CONTROLS =
      Pattern.compile(
          "^(?:\\d+ of \\d+\\s+|(?:Full Screen|Autoplay|Close|Skip Ad|×|EMBED|Embed|More (?:News )?Videos|View Photos"
              + "|Play|Pause|Replay|Mute|Unmute)\\s+){2,}");

  /**
   * A link to another story behind a "Related" label: "Related: Crews vote to strike", "Related
   * PHOTOS: The quay at dawn ...". The label is followed by a colon, or by a capital on a line that
   * does not end like a sentence.
   */
  private static final Pattern RELATED_LINK = Pattern.compile("^Related(?:\\s+\\p{Lu}+)?:\\s+\\S");

  private static final Pattern RELATED_TITLE = Pattern.compile("^Related\\s+\\p{Lu}");

  /**
   * A fact box's line: a short label, a colon, then a list of names ("Stars: Jo Bell , Mara Holt ,
   * Tom Reyes", "Director: Ana Okoye"), with no verb to make it a sentence.
   */
  private static final Pattern LABELLED_NAME_LIST =
      Pattern.compile(
          "^\\p{Lu}\\p{L}{1,20}(?: \\p{L}{1,20})?:\\s*\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3}"
              + "(?:\\s*(?:,|&|\\band\\b)\\s*\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3})*\\s*$");

  /**
   * A wire photo's caption: "FILE - In this March 3, 2021 file photo, ...", often several sentences
   * long.
   */
  private static final Pattern WIRE_CAPTION = Pattern.compile("^FILE\\s*[-–—]+\\s");

  /**
   * A caption or a story's opening cut short by a gallery and signed with its source in brackets:
   * "... talks with his lawyer during a hearing... (Wire Service)".
   */
  private static final Pattern CUT_SHORT_SIGNED =
      Pattern.compile("(?:\\.\\.\\.|…)\\s*\\((?:[\\p{L}.&'-]+\\s?){1,3}\\)$");

  /**
   * Captions are short; past this many words a line carrying a caption label is prose glued to one.
   */
  private static final int LABELLED_CAPTION_WORDS = 60;

  /**
   * Wire captions and gallery teasers run to a few sentences; a line carrying their marks and
   * longer than this is a whole article on one line (as in scraped datasets), which is kept.
   */
  private static final int WIRE_CAPTION_WORDS = 120;

  /**
   * A gallery's captions follow its controls on one line, several of them; a longer line is an
   * article on one line that happens to open with a player.
   */
  private static final int PLAYER_CAPTION_WORDS = 250;

  /**
   * Lines of prose run longer than this; an instruction or a run of gallery captions stays under
   * it.
   */
  private static final int INSTRUCTION_WORDS = 40;

  /** A parenthetical made of names joined by slashes: a photo credit like "(Jane Doe/Agency)". */
  private static final Pattern INLINE_CREDIT = Pattern.compile("\\(([^()]{1,120})\\)");

  private static final String NOT_A_SENTENCE = "not a sentence";
  private static final String ALL_CAPITALS = "all capitals";
  private static final Pattern LEADING_BULLET = Pattern.compile("^[•▪●◦·■►✓*]\\s*");

  private LineShape() {}

  /** The line with photo-credit parentheticals and leading bullet marks removed. */
  static String stripInline(String line) {
    String l = LEADING_BULLET.matcher(line).replaceFirst("");
    var m = INLINE_CREDIT.matcher(l);
    StringBuilder sb = new StringBuilder();
    int last = 0;
    while (m.find()) {
      if (isCredit(m.group(1))) {
        sb.append(l, last, m.start());
        last = m.end();
      }
    }
    if (last == 0) {
      return l;
    }
    sb.append(l.substring(last));
    return sb.toString().replaceAll("\\s{2,}", " ").strip();
  }

  /**
   * Whether the line ends with a photo credit, as captions do. (A credit at the start of a line is
   * an image credit glued to the paragraph after it by scraping; that paragraph is prose.)
   */
  static boolean endsWithCredit(String raw) {
    String t = raw.strip();
    if (!t.endsWith(")")) {
      return false;
    }
    int open = t.lastIndexOf('(');
    return open >= 0 && isCredit(t.substring(open + 1, t.length() - 1));
  }

  /**
   * Slash-joined short name-like chunks, with almost no lowercase function words ("Jane
   * Doe/Agency"), or a one-word label and a colon ("Photo: Jane Doe"): a credit.
   */
  static boolean isCredit(String inner) {
    if (inner.indexOf('/') < 0) {
      return inner.matches("\\s*\\p{Lu}\\p{L}+:\\s.{1,60}") && inner.split("\\s+").length <= 8;
    }
    String[] words = inner.strip().split("[\\s/]+");
    if (words.length > 10) {
      return false;
    }
    int lowerWords = 0;
    for (String w : words) {
      if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && w.length() > 3) {
        lowerWords++;
      }
    }
    return lowerWords <= 1;
  }

  /**
   * A line of prose with the link text of a teaser cut from its end ("... officials said. Read
   * more" becomes "... officials said."); other lines unchanged.
   */
  static String stripTeaserTail(String line) {
    var m = TEASER.matcher(line);
    return m.find() ? line.substring(0, m.start()).strip() : line;
  }

  /** Why this line is debris, or null when it reads like article prose. */
  static String debrisReason(String line) {
    if (PublicationStamp.is(line)) {
      return null; // it dates an undated page; annotation gives it no statement
    }
    int words = line.split("\\s+").length;
    if (LINK_LIKE.matcher(line).find() && words < 40) {
      return "link-like";
    }
    if (unbalanced(line) && words < 30) {
      return "unbalanced brackets"; // a long line with one is prose cut short, not a widget
    }
    int separators = countMatches(SEPARATORS, line);
    if (separators >= 2 && words < 30) {
      return "navigation separators";
    }
    if (separators >= 1 && words < 30 && addressesReader(line)) {
      return "widget addressing the reader";
    }
    if (TEASER.matcher(line).find() && (words < 40 || !SentenceEdges.endsLikeSentence(line))) {
      return "teaser link";
    }
    if (MEDIA_CAPTION.matcher(line).find() && words < LABELLED_CAPTION_WORDS) {
      return "media caption";
    }
    if (PLAYER_CONTROLS.matcher(line).find() && words < PLAYER_CAPTION_WORDS) {
      return "media player caption";
    }
    if ((RELATED_LINK.matcher(line).find()
            || (RELATED_TITLE.matcher(line).find() && !SentenceEdges.endsLikeSentence(line)))
        && words < LABELLED_CAPTION_WORDS) {
      return "related-story link";
    }
    if (LABELLED_NAME_LIST.matcher(line).find()) {
      return "fact box line";
    }
    if (WIRE_CAPTION.matcher(line).find() && words < WIRE_CAPTION_WORDS) {
      return "wire photo caption";
    }
    if (CUT_SHORT_SIGNED.matcher(line).find() && words < WIRE_CAPTION_WORDS) {
      return "caption cut short";
    }
    if (UI_INSTRUCTION.matcher(line).find() && wordsAfterLastLabel(line) < INSTRUCTION_WORDS) {
      // A long tail is prose an "Enlarge image" label was glued to; a run of gallery captions, each
      // behind
      // its own label, has a short last one.
      return "interface instruction";
    }
    if (EMBEDDED_CREDIT.matcher(line).find() && words < 60) {
      return "caption with photo credit";
    }
    if (!SentenceEdges.endsLikeSentence(line) && words < 15) {
      return NOT_A_SENTENCE;
    }
    if (isShouted(line) && words <= 10) {
      return ALL_CAPITALS;
    }
    return null;
  }

  /**
   * Whether the line is page furniture whatever its length or ending: a link, a media caption, a
   * gallery teaser, a control, a credit. (Unlike {@link #debrisReason}, a short line without a full
   * stop passes: a headline has that shape.)
   */
  static boolean isFurniture(String line) {
    String reason = debrisReason(line);
    return reason != null && !reason.equals(NOT_A_SENTENCE) && !reason.equals(ALL_CAPITALS);
  }

  /**
   * Words after the last occurrence of the line's opening word ("Enlarge ... Enlarge image X
   * caption").
   */
  private static int wordsAfterLastLabel(String line) {
    String label = line.split("\\s+", 2)[0];
    int last = line.lastIndexOf(label + " ");
    return line.substring(Math.max(0, last)).split("\\s+").length - 1;
  }

  /** Whether the line speaks to the reader ("you", "your") outside any quotation. */
  static boolean addressesReader(String line) {
    if (line.indexOf('"') >= 0 || line.indexOf('“') >= 0) {
      return false;
    }
    return Pattern.compile("\\b(?i:you|your|yours)\\b").matcher(line).find();
  }

  private static boolean isShouted(String line) {
    int letters = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 3;
  }

  private static boolean unbalanced(String line) {
    int round = 0;
    int square = 0;
    for (int i = 0; i < line.length(); i++) {
      switch (line.charAt(i)) {
        case '(' -> round++;
        case ')' -> round--;
        case '[' -> square++;
        case ']' -> square--;
        default -> {}
      }
      if (round < 0 || square < 0) {
        return true;
      }
    }
    return round != 0 || square != 0;
  }

  private static int countMatches(Pattern p, String s) {
    var m = p.matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
