package dev.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class DebrisCleanerTest {
  private final DebrisCleaner cleaner = new DebrisCleaner();

  private static Article art(String id, String text) {
    return new Article(id, null, null, null, null, null, text);
  }

  @Test
  void dropsHeadingsCreditsNavigationAndCommentForms() {
    String text =
        String.join(
            "\n",
            "Share this",
            "(JANE ROE/Wire/Agency Images)The council voted on Tuesday to close the old bridge for repairs.",
            "Related Coverage",
            "Sign in | Register | Help",
            "Follow @someone on the network for updates from the council.",
            "You are commenting using your account. Log Out /  Change )",
            "The repairs will take a year, the council said, and cost four million.");
    String out = cleanOne(text);
    assertThat(out)
        .isEqualTo(
            "The council voted on Tuesday to close the old bridge for repairs.\n\n"
                + "The repairs will take a year, the council said, and cost four million.");
  }

  @Test
  void dropsShortCaptionLinesThatCarryACredit() {
    String text =
        "The old bridge at dusk. (Jo Bell/Daily Tide)\nThe council voted to close the old bridge.";
    assertThat(cleanOne(text)).isEqualTo("The council voted to close the old bridge.");
  }

  @Test
  void keepsAPublicationStampThatDatesThePage() {
    // Shaped like debris (no full stop), but it is the page's date; annotation gives it no
    // statement.
    String text =
        "Published on Aug 11, 2016\nThe council voted to close the old bridge.\nPosted on Monday";
    assertThat(cleanOne(text))
        .isEqualTo("Published on Aug 11, 2016\n\nThe council voted to close the old bridge.");
  }

  @Test
  void dropsPullQuotesRepeatedInsideTheBody() {
    String text =
        "Nobody expected the river to rise so fast.\n"
            + "\"Nobody expected the river to rise so fast. We had minutes,\" the mayor said.";
    assertThat(cleanOne(text)).startsWith("\"Nobody expected").doesNotContain("\n");
  }

  @Test
  void lineSharedByUnrelatedOutletsIsBoilerplateButSyndicatedCopiesKeepTheirText() {
    String pitch =
        "Good journalism costs money, and every reader who pays keeps it free for everyone else.";
    Article a =
        art("a", "The council closed the bridge on Tuesday.\nRepairs will take a year.\n" + pitch);
    Article b =
        art("b", "Drivers must now take the ring road.\nTraffic was slow all morning.\n" + pitch);
    Article copy = art("c", "The council closed the bridge on Tuesday.\nRepairs will take a year.");
    List<Article> out = cleaner.clean(List.of(a, b, copy));
    assertThat(out.get(0).text()).doesNotContain("Good journalism");
    assertThat(out.get(1).text()).doesNotContain("Good journalism");
    assertThat(out.get(2).text())
        .contains("The council closed the bridge")
        .contains("Repairs will take a year.");
  }

  @Test
  void dropsReaderPitchAtTheEndOnly() {
    String text =
        "If you drive, you should plan for delays, the council said.\n"
            + "The bridge will close on Tuesday.\nBy subscribing, you help us keep reporting.";
    String out = cleanOne(text);
    assertThat(out).startsWith("If you drive").doesNotContain("subscribing");
  }

  @Test
  void dropsCaptionsWithEmbeddedOrLabelledCreditsAndInterfaceText() {
    String text =
        String.join(
            "\n",
            "Enlarge image Jo Bell/Wire/Agency Images Workers repair the old bridge on Tuesday.",
            "Mara Holt (Photo: Courtesy - City Council)",
            "Click here to see the full list of closed roads.",
            "Get updates in your inbox + Subscribe Thank you for subscribing!",
            "Harbour town elects a new council; several... More.",
            "Tarn's new mayor: the long road to the town hall Read more",
            "The council said the U.S./Canada crossing stays open, and trade will not suffer.");
    String out = cleanOne(text);
    assertThat(out)
        .isEqualTo(
            "The council said the U.S./Canada crossing stays open, and trade will not suffer.");
  }

  @Test
  void aLongParagraphCutShortInsideBracketsIsKept() {
    // Regression: truncated documents (one long line ending inside a parenthesis) were deleted
    // whole.
    String text =
        "The council voted on Tuesday to close the old bridge for repairs that engineers say will take "
            + "at least a year, and drivers will have to use the ring road in the meantime (officials expect the";
    assertThat(cleanOne(text)).isEqualTo(text);
  }

  @Test
  void aWholeArticleOnOneLineThatAddressesTheReaderIsProseNotAPitch() {
    // Regression: scraped datasets keep a document on one line; a "you" anywhere made it a final
    // pitch.
    String text =
        "The ferry strike entered its third day on Friday. If you planned to cross the strait this week, "
            + "the operator said, your ticket will be refunded in full. Union leaders said talks with the port "
            + "authority would resume on Monday, and that crews were ready to sail as soon as a deal on night "
            + "shifts was signed.";
    assertThat(cleanOne(text)).isEqualTo(text);
  }

  @Test
  void aLongLineEndingInATeaserLinkKeepsItsProse() {
    String prose =
        "The ferry strike entered its third day on Friday, and the operator cancelled every crossing "
            + "until Monday. Union leaders said talks with the port authority would resume after the weekend, "
            + "and that crews were ready to sail as soon as a deal on night shifts was signed.";
    assertThat(cleanOne(prose + " Read more")).isEqualTo(prose);
  }

  @Test
  void aWholeArticleGluedToAnEnlargeImageLabelIsKept() {
    // Regression: a one-line document that began with the gallery's "Enlarge image" label was
    // dropped whole.
    String text =
        "Enlarge image crews stand on the quay at Valmere on Friday. The ferry strike entered its third "
            + "day on Friday, and the operator cancelled every crossing until Monday. Union leaders said talks with "
            + "the port authority would resume after the weekend, and that crews were ready to sail.";
    assertThat(cleanOne(text)).isEqualTo(text);
  }

  @Test
  void dropsCaptionsBehindMediaPlayerAndWireLabels() {
    String prose = "The ferry strike entered its third day on Friday, the operator said.";
    String text =
        String.join(
            "\n",
            "Image copyright Tide Photos Image caption Crews gathered on the quay at dawn",
            "Image caption The harbour master, left, spoke to reporters in 2019",
            "Media playback is unsupported on your device Media caption Crews explain why they walked out",
            "Photo Advertisement Continue reading the main story",
            "Photo by Jo Bell",
            "CLOSE Union leaders explain why the crews walked out. Tide Video",
            "FILE - In this March 3, 2021 file photo, a ferry leaves the harbour at Valmere.",
            "Crews stand on the quay as the operator cancels every crossing until Monday... (Tide Wire)",
            prose);
    assertThat(cleanOne(text)).isEqualTo(prose);
  }

  @Test
  void proseThatOpensWithALabelWordIsKept() {
    String text =
        String.join(
            "\n",
            "Photo finishes decided both races at the regatta on Sunday.",
            "Video evidence was shown to the court, the clerk said.",
            "Advertisement revenue fell by a tenth, the publisher said.");
    assertThat(cleanOne(text)).isEqualTo(text.replace("\n", "\n\n"));
  }

  @Test
  void aRunOfGalleryCaptionsIsDroppedWhateverItsLength() {
    // Each caption sits behind its own "Enlarge image" label and credit; together they pass 40
    // words.
    String caption =
        "Enlarge image Quay at Dawn Jo Bell/Wire/Agency Images Crews stand on the quay at Valmere "
            + "on Friday as the strike enters its third day. ";
    String prose = "The operator cancelled every crossing until Monday, a spokeswoman said.";
    assertThat(
            cleanOne(
                caption
                    + caption.replace("Friday", "Thursday")
                    + caption.replace("Friday", "Monday")
                    + "\n"
                    + prose))
        .isEqualTo(prose);
  }

  /** The cleaned text of a one-article input. */
  private String cleanOne(String text) {
    return cleaner.clean(List.of(art("a", text))).get(0).text();
  }
}
