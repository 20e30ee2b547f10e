package dev.dossier.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.testkit.SeededRandom;
import dev.dossier.text.LeadingFurniture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Furniture glued to a sentence's front is skipped; statements themselves are never cut. Fictional
 * text.
 */
class LeadingFurnitureTest {
  /**
   * The statement of a sentence, from an article taken to be cased unless the sentence is all
   * lowercase.
   */
  private static String statement(String sentence) {
    return LeadingFurniture.statement(sentence, cased(sentence));
  }

  /** Where the statement begins, cased as in {@link #statement}. */
  private static int statementStart(String sentence) {
    return LeadingFurniture.statementStart(sentence, cased(sentence));
  }

  private static boolean cased(String sentence) {
    return !sentence.equals(sentence.toLowerCase(java.util.Locale.ROOT));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Valmere (AP) — Ferry crews walked out on Monday.|Ferry crews walked out on Monday.",
        "valmere, north coast ( ap ) — ferry crews walked out on monday.|ferry crews walked out on monday.",
        "(CNN) -- Ferry crews walked out on Monday.|Ferry crews walked out on Monday.",
        "(Wire) A ferry left the quay at dawn.|A ferry left the quay at dawn.",
        "( wire ) the ferry left the quay at dawn.|the ferry left the quay at dawn.",
        "5 years ago Valmere ( wxyz ) - ferry crews walked out.|ferry crews walked out.",
        "VALMERE — Ferry crews walked out on Monday.|Ferry crews walked out on Monday.",
        "PORT ELLIS, Norland -- Ferry crews walked out.|Ferry crews walked out.",
        "PORT ELLIS--After a long night, ferry crews walked out.|After a long night, ferry crews walked out.",
        "Advertisement The union said talks had failed.|The union said talks had failed.",
        "Buy Photo Story Highlights Crews walked out at dawn|Crews walked out at dawn",
        "advertisement continue reading the main story the union said talks had failed.|the union said talks had failed.",
        "( photo: jane roe, ap ) the union said talks had failed.|the union said talks had failed.",
        "[ see photos of the harbour ] the union said talks had failed.|the union said talks had failed.",
        "(Photo: Jane Roe, AP) Valmere (AP) — Ferry crews walked out.|Ferry crews walked out.",
        "(Tide Wire Photo/Jane Roe) Ferry crews walked out.|Ferry crews walked out.",
        "(Published Monday, May 3, 2021) Ferry crews walked out.|Ferry crews walked out.",
        "[1][2] Ferry crews walked out.|Ferry crews walked out.",
        "[ 3 ] ferry crews walked out.|ferry crews walked out.",
        "crews wait on the quay at valmere as the strike enters its... ( wire service ) valmere ( ws ) — talks resumed.|talks resumed.",
        "Crews wait on the quay as the strike enters its…(Wire Service) Talks resumed on Friday.|Talks resumed on Friday.",
        "Image copyright Wire Images image caption Crews on the quay at dawn.|Crews on the quay at dawn.",
        "media playback is unsupported on your device media caption crews on the quay at dawn.|crews on the quay at dawn.",
        "text size - + reset the union said talks had failed.|the union said talks had failed.",
        "\" story continued below the union said talks had failed.|the union said talks had failed.",
        "Enlarge image Crews on the quay Jo Bell/Wire Images The strike entered its third day.|The strike entered its third day.",
        "enlarge this image toggle caption jo bell/ap jo bell/ap ferry crews walked out on monday.|ferry crews walked out on monday.",
        "ferry strike ends after nine days enlarge this image toggle caption jo bell/ap jo bell/ap crews returned to work.|crews returned to work.",
        "harbour fees to rise, council says itoggle caption jo bell/ap the council voted on monday.|the council voted on monday.",
        "Ferry strike ends enlarge this image toggle caption Jo Bell/AP Jo Bell/AP Crews returned to work.|Crews returned to work.",
        "crews wait on the quay at valmere ( photo: jo bell, tide wire ) buy photo the union said talks had failed.|the union said talks had failed.",
        "Skipper Jo Bell (Photo: Tide Wire) Crews returned to work on Monday.|Crews returned to work on Monday.",
        "( jo bell/tide wire images ) the union said talks had failed.|the union said talks had failed.",
        "please enable javascript to watch this video valmere -- ferry crews walked out.|valmere -- ferry crews walked out.",
        "Photo Advertisement Continue reading the main story Crews walked out.|Crews walked out.",
        "Crews leave the quay at dawn pic.twitter.com/x1y2z3 — Jo Bell (@jobell) May 2, 2016 The strike entered its third day.|The strike entered its third day.",
        "crews leave the quay pic.twitter.com/x1y2z3 -jo bell ( @jobell ) may 2 , 2016 the strike entered its third day.|the strike entered its third day.",
        "We sail at dawn. — Tide Wire (@tidewire) The union said talks had failed.|The union said talks had failed.",
      })
  void skipsFurnitureGluedToTheFront(String sentence, String expected) {
    assertThat(statement(sentence)).isEqualTo(expected);
  }

  @Test
  void aGalleryCaptionWithoutCreditHasNoStatement() {
    String caption = "Enlarge image Crews wait on the quay at Valmere on Wednesday.";
    assertThat(LeadingFurniture.statementStart(caption, true)).isEqualTo(caption.length());
  }

  @Test
  void toldApartFromTheNounOnlyInCasedText() {
    String statement = "Advertisement revenue at the ferry company fell by a third.";
    assertThat(LeadingFurniture.statementStart(statement, true)).isZero();
    assertThat(LeadingFurniture.statementStart(statement, false))
        .isEqualTo("Advertisement ".length());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "FILE - In this March 3, 2021, file photo, the skipper Jo Bell leaves the quay in Port Ellis.",
        "file - in this image taken from a video made available by the union , crews leave the quay .",
        "In this May 2, 2016 photo, crews wait on the quay at Port Ellis.",
        "( wire photo/jo bell ) file - in this nov. 2, 2004 file photo, crews wait on the quay .",
        "This image provided by the Valmere harbour police shows the skipper Jo Bell on Tuesday, May 3, 2021.",
        "This undated photo released by the union shows crews on the quay.",
        "this 1970 photo provided by the port museum shows the first ferry , left , and its crew .",
        "This combination of booking photos provided by the harbour police shows the four skippers.",
        "This photo shows crews waiting on the quay at Port Ellis.",
        "In this photo provided by the union, crews wait on the quay.",
      })
  void aWirePhotoCaptionHasNoStatement(String caption) {
    assertThat(statementStart(caption)).isEqualTo(caption.length());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "(This story has been updated with comments from the union.)",
        "This post has been corrected.",
        "Editor's note: This article was updated on May 4 to add the harbour master's reply.",
        "Correction: An earlier version of this article misnamed the skipper.",
        "correction : this article originally misstated the ferry's name .",
        "CORRECTION (May 3, 11:30 a.m.): An earlier version of this article misnamed the ferry.",
        "corrections &amp; clarifications: the initial headline on this story misstated the skipper's rank.",
        "Corrections & Clarifications: An earlier version of this story misnamed the ferry.",
        "crews load the ferry at dawn ( photo: jo bell, wire ) corrections &amp; clarifications: the headline misstated "
            + "the skipper's rank.",
      })
  void aNoteOnThePagesEditingHasNoStatement(String note) {
    assertThat(statementStart(note)).isEqualTo(note.length());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ferry strike : the union 's demands read more the talks resumed on monday .|the talks resumed on monday .",
        "Skipper sues the harbour board email this the skipper filed suit on Monday.|the skipper filed suit on Monday.",
        "close skip in skip x embed x share the union said talks had failed .|the union said talks had failed .",
        "share this article facebook twitter linkedin email crews walked out on monday .|crews walked out on monday .",
        "nine ferry stories for a stormy night read more \"it was really cold.|\"it was really cold.",
        "Ferry talks fail Read More » The union said talks had failed.|The union said talks had failed.",
      })
  void aLinkToAnotherStoryGluedInFrontIsNotTheStatement(String sentence, String expected) {
    assertThat(statement(sentence)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "pupils who read more books score higher, the study found.",
        "You can read more about the ferry timetable on the port's website.",
        "Skippers now read more than ever before, the union said.",
        "she wanted crews to read more widely .",
        "The union asked members to share this article with their families.",
      })
  void readMoreAsProseIsKept(String sentence) {
    assertThat(statement(sentence)).isEqualTo(sentence);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Media caption The harbour master explains why the ferry stayed in port.|true",
        "image copyright tide wire the union said talks had failed .|true",
        "Photo: Tide Wire crews walked out on Monday.|true",
        "( related : ferry talks fail ) the union said talks had failed .|true",
        "Related coverage: Ferry talks fail The union said talks had failed.|true",
        "Photos: Ferry strike Photos: Ferry strike Crews wait on the quay at dawn.|true",
        "VALMERE — Photos: Ferry strike Crews wait on the quay at dawn.|true",
        "file photo : the skipper jo bell at the quay in port ellis , may 2 , 2011 .|true",
        "The video: crews leaving the quay.|false",
        "The photo: a ferry at dawn.|false",
        "Related talks on the ferry routes resumed on Monday.|false",
        "Crews walked out on Monday, the union said.|false",
      })
  void aSentenceOpeningOnALabelWithNoMarkedEndHasNoStatement(String sentence, boolean labelled) {
    assertThat(statementStart(sentence)).isEqualTo(labelled ? sentence.length() : 0);
  }

  @Test
  void anEmbeddedPostAloneHasNoStatement() {
    String post = "https://t.co/x1y2z3 — Jo Bell (@jobell)";
    assertThat(LeadingFurniture.statementStart(post, true)).isEqualTo(post.length());
  }

  @Test
  void emptySentenceStartsAtZero() {
    assertThat(LeadingFurniture.statementStart("", true)).isZero();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Ferry crews walked out on Monday (the first strike in years) - and stayed out.",
        "Senator Ana Ruiz (D-North) — who chairs the committee — called for talks.",
        "The strike, the union's longest since the harbour reopened in the spring of last year, cost (by one count) — millions.",
        "Advertisement revenue at the ferry company fell by a third.",
        "(The ferry company did not reply to a request for comment.)",
        "(Updated) crews said the ferry left the quay at dawn.",
        "Ferry crews walked out — again.",
        "U.S.--Norland talks on the ferry routes resumed.",
        "The talks went on... (and on and on and on) until dawn.",
        "The skipper paused... (literally) and then sailed on.",
        "Image rights at the ferry company belong to the union, its caption says.",
        "'( ap ) — '",
        "The well-known skipper (@jobell) said the ferry left at dawn.",
        "Ferry crews walked out — Jo Bell, the skipper, said on Monday.",
        "In this photo-heavy age, the union's posters still draw crowds to the quay.",
        "In this town, nobody remembers a picture of the old ferry.",
        "This photo was taken an hour before the ferry sank, the union said.",
        "This picture is not what it seems, the skipper said.",
        "This image of the port shows how little has changed, the mayor said in a speech.",
        "This story of a strike has been told before.",
        "The correction: prices fell by a third.",
        "The toggle on the ferry's radio controls the caption display, the skipper said.",
        "Crews walked out (photo: page 3) on Monday, the union said.",
        "The vote was (2/3) in favour of the strike.",
      })
  void leavesStatementsWhole(String sentence) {
    // "Advertisement revenue ..." is a statement: in cased text the label is only skipped before a
    // capital.
    assertThat(statement(sentence)).isEqualTo(sentence);
  }

  /**
   * Property: the statement is always a suffix of the sentence, and a plain sentence keeps every
   * character.
   */
  @Test
  void statementIsASuffixAndPlainSentencesAreKept() {
    SeededRandom random = SeededRandom.forTest("LeadingFurnitureTest");
    String[] words = {
      "the",
      "ferry",
      "(ap)",
      "—",
      "-",
      "Valmere",
      "advertisement",
      "(",
      ")",
      "[",
      "]",
      "photo:",
      "crews",
      "said",
      "VALMERE",
      "--",
      ",",
      "walked",
      "out",
      "on",
      "Monday.",
      "read",
      "more",
      "email",
      "this",
      "skip in skip x embed x share",
      "This",
      "photo",
      "shows",
      "provided",
      "by",
      "Correction:",
      "Media caption",
      "»"
    };
    String[] plain = {
      "the", "ferry", "crews", "said", "Valmere", "walked", "out", "on", "Monday.", ","
    };
    for (int i = 0; i < 2_000; i++) {
      String any = random.words(words, 1, 14);
      int start = LeadingFurniture.statementStart(any, random.random().nextBoolean());
      assertThat(start).as(random.about(any)).isBetween(0, any.length());
      String calm = random.words(plain, 1, 14);
      assertThat(LeadingFurniture.statementStart(calm, random.random().nextBoolean()))
          .as(random.about(calm))
          .isZero();
    }
  }

  @Test
  void annotationRecordsWhereEachSentenceStatementBegins() {
    String text =
        "VALMERE (Tide Wire) — Ferry crews walked out on Monday. Talks failed on Tuesday.";
    var a =
        new SentenceSplitter(CoreNlpModels.shared())
            .split(new dev.dossier.model.Article("a", null, null, null, null, null, text));
    assertThat(a.sentences())
        .extracting(s -> s.statement(text))
        .containsExactly("Ferry crews walked out on Monday.", "Talks failed on Tuesday.");
  }

  @Test
  void aCopyrightNoticeStatesNothingButKeepsItsYearForTheReferenceDate() {
    String text =
        "Ferry crews walked out in Port Ellis. Copyright lawyers for the company disagreed. "
            + "© 2019 Tide Wire. Copyright 2019 Harbour Radio. All rights reserved.";
    var annotator = new ArticleAnnotator(CoreNlpModels.shared());
    var a =
        annotator.annotate(new dev.dossier.model.Article("a", null, null, null, null, null, text));
    assertThat(a.sentences())
        .extracting(s -> s.statement(text))
        .containsExactly(
            "Ferry crews walked out in Port Ellis.",
            "Copyright lawyers for the company disagreed.",
            "",
            "",
            "");
    // The notice still dates the page: its year is among the date mentions the reference date is
    // inferred from.
    assertThat(a.dates()).extracting(d -> d.value()).contains("2019");
  }

  @Test
  void aPublicationStampStatesNothingButDatesThePage() {
    String text = "Published on Aug 11, 2016\n\nFerry crews walked out in Port Ellis on Monday.";
    var annotator = new ArticleAnnotator(CoreNlpModels.shared());
    var a =
        annotator.annotate(new dev.dossier.model.Article("a", null, null, null, null, null, text));
    assertThat(a.sentences())
        .extracting(s -> s.statement(text))
        .containsExactly("", "Ferry crews walked out in Port Ellis on Monday.");
    assertThat(a.dates()).extracting(d -> d.value()).contains("2016-08-11");
  }

  @Test
  void aSentenceOpeningOnAMediaTeaserStatesNothingInCasedText() {
    String s = "TRAILER: Get a taste of the new film Crews in Port Ellis walked out on Monday.";
    assertThat(LeadingFurniture.statementStart(s, true)).isEqualTo(s.length());
    assertThat(
            LeadingFurniture.statementStart(
                "trailer: crews in port ellis walked out on monday .", false))
        .isZero();
    assertThat(
            LeadingFurniture.statementStart(
                "Video: the crews explained why they walked out.", true))
        .isZero();
  }
}
