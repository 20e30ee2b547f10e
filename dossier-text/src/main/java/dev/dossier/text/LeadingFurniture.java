package dev.dossier.text;

import dev.dossier.model.PublicationStamp;
import dev.dossier.model.Sentence;
import dev.dossier.model.Span;
import dev.dossier.model.Token;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a sentence's statement begins when page furniture is glued to its front: a dateline
 * ("Paris (AP) — ", "WASHINGTON — "), an "Advertisement" label, a "Continue reading the main story"
 * link, a leading photo credit in brackets ("(Photo: Jane Roe, AP) "), a gallery's "Enlarge image"
 * label with the caption and credit after it, or a gallery teaser (a caption, or the story's
 * opening cut short, then an ellipsis and the bracketed source: "Crews wait on the quay as the
 * strike... (Wire Service) "). A sentence that is nothing but a gallery caption has no statement.
 * Media-player and text-tool labels ("Image caption", "Media playback is unsupported on your
 * device") go too. Web pages lose their layout when flattened to text, and these labels end up at
 * the start of the next real sentence, where the sentence splitter cannot separate them. An
 * embedded social-media post, up to its signature ("— Jo Bell (@jobell) May 2, 2016"), goes too. A
 * summary that quotes the sentence from where the statement begins says the same thing in fewer
 * words, and the quoted part is still verbatim source text.
 *
 * <p>Written by hand because no library we use knows news page furniture; the patterns only ever
 * remove a prefix, and only one whose end is marked (a closing bracket, a dash after a bracketed
 * source, a known label, a slash credit, an ellipsis before a bracketed source), because in
 * lowercased text nothing else tells where a caption ends and the story starts.
 */
public final class LeadingFurniture {
  /**
   * A caption's credit comes within this many characters of the gallery label; a caption is no
   * longer.
   */
  private static final int CAPTION_CHARS = 200;

  /** A headline glued before a gallery label is at most this long. */
  private static final int HEADLINE_CHARS = 200;

  /**
   * "Valmere, Norland (Wire) — ", "(TWN) -- ", "5 years ago Brenn (TWN) - ": place words, a
   * bracketed source, a dash.
   */
  private static final Pattern SOURCE_DATELINE =
      Pattern.compile(
          "^(?<place>[^()\\n]{0,80}?)\\(\\s*(?<source>[^()\\-\\n]{1,30}?)\\s*\\)\\s*(?:-{1,2}|—|–)\\s+(?=\\S)");

  /**
   * "(CNN) A woman ...", "( reuters ) the ...": a one-word source in brackets opening the sentence,
   * with no dash after it. (A bracketed aside of several words, "(The company did not reply.)", is
   * a statement.)
   */
  private static final Pattern BRACKETED_SOURCE =
      Pattern.compile("^\\(\\s*\\p{L}[\\p{L}.&]{1,11}\\s*\\)\\s+(?=[\\p{L}\\p{N}\"“‘'])");

  /**
   * "RIO DE JANEIRO — ", "LONDON, England -- ": an all-capitals place (cased text only), a dash.
   * Some sites drop the spaces ("PORT ELLIS--The ..."); then the place is letters only, so
   * "U.S.--Norland talks" stays.
   */
  private static final Pattern CAPITALS_DATELINE =
      Pattern.compile(
          "^\\p{Lu}[\\p{Lu}.'’ ]{2,40}(?:,\\s*\\p{Lu}[\\p{L}.]{1,20})?\\s*(?:—|–|--)\\s+(?=\\S)"
              + "|^\\p{Lu}[\\p{Lu} ]{3,40}--(?=\\p{Lu}\\p{Ll})");

  private static final Pattern LABEL =
      Pattern.compile(
          "^(?:(?:photo )?advertisement|continue reading the main story|buy photo|story highlights"
              + "|please enable javascript to watch this video)\\s+(?=\\S)",
          Pattern.CASE_INSENSITIVE);

  /**
   * Labels of a page's media player and text tools, whose end is the label itself: "Image copyright
   * Wire image caption ", "Media playback is unsupported on your device media caption ", "Text size
   * - + reset ", "Story continued below ". (What follows a caption label is the caption, then the
   * story; only the label goes.)
   */
  private static final Pattern MEDIA_LABEL =
      Pattern.compile(
          "^\"?\\s*(?:image copyright\\s[^\\n]{1,60}?\\simage caption|image caption|media playback is unsupported on "
              + "your device(?:\\s+media caption)?|text size\\s*-\\s*\\+\\s*reset|story continued below)\\s+(?=\\S)",
          Pattern.CASE_INSENSITIVE);

  /**
   * A photo credit or a video's date line in brackets, as captions end ({@link
   * CaptionSentences#CREDIT}).
   */
  private static final Pattern BRACKETED_CREDIT =
      Pattern.compile(
          "^(?:"
              + CaptionSentences.CREDIT
              + "|[(\\[]\\s*see photos?\\b[^)\\]\\n]{0,80}[)\\]])\\s*(?=\\S)",
          Pattern.CASE_INSENSITIVE);

  /**
   * An embedded post, its text then its signature: "Crews leave the quay at dawn
   * pic.twitter.com/x1y2 — Jo Bell (@jobell) May 2, 2016 ". The signature (a dash, a name, a
   * bracketed handle, perhaps a date) marks where the post ends and the story resumes; scraping
   * glues the two into one sentence. The post is the poster's, not the reporter's, and its link and
   * signature are furniture.
   */
  private static final Pattern POST_SIGNATURE =
      Pattern.compile(
          "^[^\\n]{0,300}?(?:^|\\s)(?:—|–|-{1,2})\\s*[^()\\n—–]{1,60}?\\(\\s*@\\w{1,15}\\s*\\)"
              + "(?:\\s*(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*\\.?\\s+\\d{1,2}\\s*,?\\s*\\d{4})?\\s*");

  /** Reference marks copied from an encyclopedia page: "[1][2] Those affected ...". */
  private static final Pattern FOOTNOTE_MARKS =
      Pattern.compile("^(?:\\[\\s*\\d{1,3}\\s*\\]\\s*)+(?=\\S)");

  /**
   * A gallery's label, perhaps after the headline it was glued to ("Ferry strike ends enlarge this
   * image toggle caption jo bell/ap jo bell/ap crews ...", the "i" of an icon sometimes stuck to
   * "toggle"). "Toggle caption" is a button's text, never prose, so whatever precedes it in the
   * sentence is the page's headline.
   */
  private static final Pattern GALLERY_LABEL =
      Pattern.compile(
          "^(?:enlarge (?:this )?image(?:\\s+i?toggle caption)?"
              + "|(?:[^\\n]{0,"
              + HEADLINE_CHARS
              + "}?\\s)?(?:enlarge (?:this )?image\\s+)?i?toggle caption)\\s+",
          Pattern.CASE_INSENSITIVE);

  /**
   * A photo's caption, then its bracketed credit, then the story: "Crews wait on the quay ( photo:
   * jo bell, ap ) buy photo the union said ...". The credit's "photo:" marks where the caption
   * ended. (A credit alone at the front is {@link #BRACKETED_CREDIT}.)
   */
  private static final Pattern CAPTION_THEN_CREDIT =
      Pattern.compile(
          "^[^\\n]{1,"
              + CAPTION_CHARS
              + "}?[(\\[]\\s*photos?:[^()\\[\\]\\n]{1,80}[)\\]]\\s*(?:buy photo\\s+)?(?=\\S)",
          Pattern.CASE_INSENSITIVE);

  /**
   * A picture's slash credit in brackets at the front: "( jo bell/tide wire images ) the union said
   * ...".
   */
  private static final Pattern BRACKETED_SLASH_CREDIT =
      Pattern.compile(
          "^[(\\[]\\s*\\p{L}[^()\\[\\]\\n/]{0,60}/\\s*\\p{L}[^()\\[\\]\\n]{0,60}[)\\]]\\s+(?=\\S)");

  /**
   * The credits in brackets that end a caption or stand alone before the story, tried in this
   * order.
   */
  private static final List<Pattern> BRACKETED_CREDITS =
      List.of(CAPTION_THEN_CREDIT, BRACKETED_SLASH_CREDIT);

  /** The credit that ends a caption: "Jo Bell/Wire Images", "jo bell/ap". */
  private static final Pattern SLASH_CREDIT =
      Pattern.compile(
          "\\S+/\\S+(?:\\s+(?:images|photos?|pictures))?\\s+(?=\\S)", Pattern.CASE_INSENSITIVE);

  /**
   * "… (Wire Service) ": the end of a gallery teaser, cut short by an ellipsis and credited to its
   * source. (A sentence that trails off ("he paused... (literally) and went on") matches too; in
   * cased text the capital that opens the story after a teaser tells them apart.)
   */
  private static final Pattern GALLERY_TEASER =
      Pattern.compile(
          "^[^\\n]{0,600}?(?:\\.\\.\\.|…)\\s*\\(\\s*(?<source>[^()\\-\\n]{1,30}?)\\s*\\)\\s+(?=\\S)");

  /**
   * A caption, gallery or link label at the front of a sentence whose end nothing marks: "Media
   * caption The harbour master explains ...", "Image copyright Tide Wire The union ...", "Photo:
   * Tide Wire The union ...", "Photos: Ferry strike Photos: Ferry strike Crews wait ...", "File
   * photo: the skipper at the quay in 2011.", "Related: Ferry talks fail The union ...". The label
   * is known, but not where the caption, credit or linked headline after it ends and the story
   * resumes (lowercased text has no capital to tell, and cased text glues a headline in capitals to
   * a story opening in capitals), so the whole sentence is furniture: stating its tail could state
   * a caption or another story's headline as news.
   */
  private static final Pattern UNENDED_LABEL =
      Pattern.compile(
          "^\\s*[(\\[\"“]?\\s*(?:media caption|image copyright|image caption|(?:file )?photos?\\s*:"
              + "|illustration\\s*:|related(?: (?:story|stories|video|gallery|coverage|link|articles?))?\\s*:)\\s*\\S",
          Pattern.CASE_INSENSITIVE);

  /**
   * A link to another story glued before the text: that story's headline, then the link's label
   * ("Ferry strike: the union's demands read more the talks resumed ...", "Skipper sues harbour
   * board email this the skipper ..."), or a video player's controls ("close skip in skip x embed x
   * share the union ..."), or a share bar ("share this article facebook twitter email ..."). The
   * label marks where the teaser ends, in lowercased text too. "Read more" is prose after a subject
   * or a modal ("pupils who read more score higher", "you can read more about it"), and before
   * "than"; those are left alone.
   */
  private static final Pattern TEASER_LINK =
      Pattern.compile(
          "^(?<before>[^\\n]{0,"
              + HEADLINE_CHARS
              + "}?)(?:\\b(?<read>read more)|\\bemail this"
              + "|(?:\\bclose )?\\bskip in skip x embed x share"
              + "|\\bshare this (?:article|story)"
              + "(?:\\s*(?:facebook|twitter|linkedin|email|google plus|whatsapp|pinterest))+)"
              + "\\s*[:»>]*\\s+(?=\\S)(?!than\\b)",
          Pattern.CASE_INSENSITIVE);

  /** Words before "read more" that make it prose: its subject, a modal, "to". */
  private static final Pattern READ_MORE_PROSE =
      Pattern.compile(
          "\\b(?:to|can|could|will|would|should|must|might|may|i|we|you|they|he|she|people|who|did|do|does|and|or)\\s*$",
          Pattern.CASE_INSENSITIVE);

  /** A teaser's headline is at most this many words; a longer run before the label is prose. */
  private static final int TEASER_WORDS = 30;

  /** Longer than this, the words before a bracketed source are a statement, not a place. */
  private static final int MAX_PLACE_WORDS = 8;

  /** Party and state tags ("(D-NY)") hold a hyphen; sources hold at most a few words. */
  private static final int MAX_SOURCE_WORDS = 3;

  /**
   * Furniture whose end its pattern marks, tried after the ones that need a check of what they
   * matched.
   */
  private static final List<Pattern> PLAIN =
      List.of(MEDIA_LABEL, CAPITALS_DATELINE, BRACKETED_CREDIT, FOOTNOTE_MARKS, POST_SIGNATURE);

  /** Stacked furniture ("(Photo: AP) Advertisement Paris (AP) — ") is peeled a layer at a time. */
  private static final int MAX_LAYERS = 4;

  private LeadingFurniture() {}

  /**
   * A copyright notice ("© 2017 Tide Wire.", "Copyright 2010 Harbour Newspaper Company. All rights
   * reserved.") is furniture from end to end. Cleaning keeps it, because its year is the best
   * evidence of when an undated page was published; as a statement it is nothing, so it gives no
   * summary sentence, fact or timeline event. "Copyright" alone must be followed by a year or "©":
   * "Copyright lawyers disagreed" is prose.
   */
  private static final Pattern COPYRIGHT_NOTICE =
      Pattern.compile(
          "^\\s*(?:(?:©|\\((?i:c)\\)|(?i:copyright) ?©) ?(?:(?:19|20)\\d{2}|\\p{Lu})|(?i:copyright) (?:19|20)\\d{2}\\b)"
              + "|\\b(?i:all rights reserved)\\b");

  /**
   * A link to a trailer, video or gallery behind a label in capitals ("TRAILER: Get a taste of the
   * new film", "VIDEO: Crews leave the quay"), glued to the front of a sentence. The teaser has no
   * full stop, so nothing marks where it ends and the story resumes; the whole sentence goes (cased
   * text only, where the label's capitals tell it from prose).
   */
  private static final Pattern MEDIA_TEASER =
      Pattern.compile(
          "^\\s*(?:TRAILER|VIDEO|WATCH|PHOTOS?|GALLERY|SLIDESHOW|LISTEN|AUDIO|RELATED):\\s+\\S");

  /**
   * A wire photo's caption, kept in the text where the page showed the picture: "FILE - In this
   * March 3, 2021, file photo, the skipper ...", "In this May 2, 2016 photo, crews ...", "This
   * undated image provided by the harbour police shows the skipper ...", "This photo shows ...". It
   * describes a picture, often years old, and its date is the picture's; it is not a statement of
   * the story. Only dates and words like "file" or "undated" may stand between "In this" or "This"
   * and "photo": "In this town, a photo of ..." is prose. After "This ... photo" the caption's own
   * verb must follow at once ("provided by", "taken on", "shows"): "This photo was taken an hour
   * before the blast" and "This picture is not what it seems" are prose about a picture.
   */
  private static final String PICTURE =
      "(?:(?:\\d{1,4}|[,.]"
          + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)\\p{L}*\\.?"
          + "|file|undated|handout|aerial|recent|video|booking|police|combination of|frame grab from)\\s*){0,8}"
          + "(?:photo|image|picture|photograph)s?\\b(?!-)";

  private static final Pattern WIRE_CAPTION =
      Pattern.compile(
          "^\\s*(?:file\\s*[-–—]+\\s*)?(?:in this\\s+"
              + PICTURE
              + "|this\\s+"
              + PICTURE
              + ",?\\s+(?:shows|(?:provided|released|made available|taken|obtained|supplied|distributed|made|posted)"
              + "\\s+(?:by|from|on|in|at|of|to)\\b))",
          Pattern.CASE_INSENSITIVE);

  /**
   * A note about the page itself, not the story: "(This story has been updated with comments from
   * the union.)", "This post has been corrected.", "Correction: An earlier version of this article
   * misnamed the skipper.", "Corrections & clarifications: The initial headline ..." (the ampersand
   * sometimes left as "&amp;"). A summary or a fact should not repeat what the page says of its own
   * editing.
   */
  private static final Pattern EDITING_NOTE =
      Pattern.compile(
          "^\\s*[(\\[]?\\s*(?:(?:editor'?s note:\\s*)?this (?:story|article|post|report|item|page|version)"
              + " (?:has been|was|is being|had been) (?:updated|corrected|changed|edited|amended|revised)\\b"
              + "|(?:corrections?\\s*(?:&amp;|&|and)\\s*clarifications?|correction|clarification)s?"
              + "\\s*(?:\\([^()\\n]{0,40}\\))?\\s*:)",
          Pattern.CASE_INSENSITIVE);

  /**
   * The offset in {@code sentence} where its statement begins: 0 when nothing is glued to its
   * front, its length when it is a copyright notice, a {@link PublicationStamp}, a note on the
   * page's editing, a wire photo's caption, opens on a label whose end nothing marks or, in cased
   * text, opens on a media teaser.
   *
   * @param cased whether the sentence's article keeps its capitals ({@link
   *     dev.dossier.model.Casing#looksCased}); lowercased text (as in some datasets) has lost the
   *     capital that tells a label from the noun opening a statement
   */
  public static int statementStart(String sentence, boolean cased) {
    if (COPYRIGHT_NOTICE.matcher(sentence).find()
        || PublicationStamp.is(sentence)
        || (cased && MEDIA_TEASER.matcher(sentence).find())) {
      return sentence.length();
    }
    int start = 0;
    for (int layer = 0; layer < MAX_LAYERS; layer++) {
      int skip = layer(sentence.substring(start), cased);
      if (skip == 0) {
        break;
      }
      start += skip;
    }
    // A caption may follow the credit of the picture before it ("(Wire Photo) FILE - In this ...
    // photo, ..."), an
    // editing note the caption of a picture ("... (Photo: Jo Bell) Correction: ..."), a label a
    // dateline. A label
    // is judged only once the furniture whose end is marked has been peeled: "(Photo: Jo Bell) The
    // union ..." and
    // "Image copyright Wire image caption The union ..." keep their statement.
    boolean nothingLeft =
        WIRE_CAPTION.matcher(sentence).region(start, sentence.length()).find()
            || EDITING_NOTE.matcher(sentence).region(start, sentence.length()).find()
            || UNENDED_LABEL.matcher(sentence).region(start, sentence.length()).find();
    return nothingLeft ? sentence.length() : start;
  }

  /** The sentence from where its statement begins (see {@link #statementStart}). */
  public static String statement(String sentence, boolean cased) {
    return sentence.substring(statementStart(sentence, cased));
  }

  /** A sentence of {@code text} at {@code span}, with where its statement begins. */
  public static Sentence sentence(
      int index, Span span, List<Token> tokens, String text, boolean cased) {
    return new Sentence(index, span, tokens, span.begin() + statementStart(span.of(text), cased));
  }

  private static int layer(String s, boolean cased) {
    Matcher m = GALLERY_LABEL.matcher(s);
    if (m.find()) {
      return afterCaption(s, m.end());
    }
    m = GALLERY_TEASER.matcher(s);
    // In cased text the story starts over with a capital after the source; "he paused...
    // (literally) and
    // went on" does not. Lowercased text cannot tell the two apart.
    if (m.find()
        && words(m.group("source")) <= MAX_SOURCE_WORDS
        && (!cased || startsNewSentence(s, m.end()))) {
      return m.end();
    }
    for (Pattern p : BRACKETED_CREDITS) {
      m = p.matcher(s);
      if (m.find() && (!cased || startsNewSentence(s, m.end()))) {
        return m.end();
      }
    }
    m = TEASER_LINK.matcher(s);
    if (m.find()
        && words(m.group("before")) <= TEASER_WORDS
        && (m.group("read") == null || !READ_MORE_PROSE.matcher(m.group("before")).find())) {
      return m.end();
    }
    m = SOURCE_DATELINE.matcher(s);
    if (m.find()
        && words(m.group("place")) <= MAX_PLACE_WORDS
        && words(m.group("source")) <= MAX_SOURCE_WORDS) {
      return m.end();
    }
    for (Pattern p : List.of(LABEL, BRACKETED_SOURCE)) {
      m = p.matcher(s);
      if (m.find() && (!cased || startsNewSentence(s, m.end()))) {
        return m.end();
      }
    }
    for (Pattern p : PLAIN) {
      m = p.matcher(s);
      if (m.find()) {
        return m.end();
      }
    }
    return 0;
  }

  /**
   * Where the statement after a gallery label starts: after the caption's last credit ("jo bell/ap
   * jo bell/ap" repeats it); with no credit, the whole sentence is the caption.
   */
  private static int afterCaption(String s, int from) {
    Matcher m = SLASH_CREDIT.matcher(s).region(from, Math.min(s.length(), from + CAPTION_CHARS));
    int end = -1;
    while (m.find()) {
      end = m.end();
    }
    return end > 0 ? end : s.length();
  }

  /**
   * After a label in cased text ("Advertisement The union ...") a new sentence starts with a
   * capital, a digit or a quote, while "Advertisement revenue fell" is a statement. Lowercased text
   * has lost that signal, and there the label before a sentence is far more common than a sentence
   * opening on the noun.
   */
  private static boolean startsNewSentence(String s, int at) {
    char c = s.charAt(at);
    return Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'(".indexOf(c) >= 0;
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
