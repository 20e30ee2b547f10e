package dev.dossier.analyze.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.annotate.CoreNlpModels;
import dev.dossier.annotate.QuoteFinder;
import dev.dossier.annotate.SentenceSplitter;
import dev.dossier.model.AnnotatedArticle;
import dev.dossier.model.Article;
import dev.dossier.model.Casing;
import dev.dossier.model.Quote;
import dev.dossier.model.Sentence;
import dev.dossier.model.Span;
import dev.dossier.model.Token;
import dev.dossier.text.LeadingFurniture;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SummaryInputsTest {
  @Test
  void summaryInputQuotesAndCountsOnlyTheStatement() {
    String text = "Valmere (AP) — Ferry crews walked out on Monday. Talks failed.";
    List<Token> tokens = new ArrayList<>();
    Matcher m = Pattern.compile("\\S+").matcher(text);
    while (m.find()) {
      tokens.add(new Token(new Span(m.start(), m.end()), m.group(), m.group(), "NN", "O"));
    }
    int cut = text.indexOf("Talks");
    List<Sentence> sentences =
        List.of(
            LeadingFurniture.sentence(
                0,
                new Span(0, cut - 1),
                tokens.stream().filter(t -> t.span().end() < cut).toList(),
                text,
                true),
            LeadingFurniture.sentence(
                1,
                new Span(cut, text.length()),
                tokens.stream().filter(t -> t.span().begin() >= cut).toList(),
                text,
                true));
    Article article = new Article("a", null, null, null, null, null, text);
    SummaryInput input =
        SummaryInputs.of(
            List.of(new AnnotatedArticle(article, sentences, List.of(), List.of(), List.of())));
    SummaryInput.Sent first = input.docs().get(0).sentences().get(0);
    assertThat(first.text()).isEqualTo("Ferry crews walked out on Monday.");
    assertThat(first.words()).containsExactly("Ferry", "crews", "walked", "out", "on", "Monday.");
    assertThat(input.docs().get(0).sentences().get(1).text()).isEqualTo("Talks failed.");
  }

  /**
   * Quotations in cased text, and the same texts lowercased (where quote marks are spaced or lost,
   * and every sentence stands alone): why each is hard, the text, where its second and third
   * sentences start, and whether each of the three sentences stands alone.
   */
  static List<Arguments> quotationCases() {
    return List.of(
        Arguments.of(
            "a sentence cut inside a quotation, then its end",
            "Mara Holt watched the boats. “I said, ‘That is not my boat! Where is it?’” Holt said.",
            "“I said",
            "Where",
            List.of(true, false, false)),
        Arguments.of(
            "the same, lowercased",
            "mara holt watched the boats. \" i said , ' that is not my boat ! where is it ? ' \" holt said.",
            "\" i said",
            "where",
            List.of(true, true, true)),
        Arguments.of(
            "no sentence of a quotation of several",
            "“We sail from Port Ellis at dawn. We will not stop the boats. Nobody stops us,” Holt said.",
            "We will",
            "Nobody",
            List.of(false, false, false)),
        Arguments.of(
            "the same, lowercased",
            "\" we sail from port ellis at dawn. we will not stop the boats. nobody stops us, \" holt said.",
            "we will",
            "nobody",
            List.of(true, true, true)),
        // The last sentence of the quotation carries more text after the closing mark, and no
        // speaker.
        Arguments.of(
            "a quotation that ends before more text",
            "\"We asked for a fair deal. So, Mr. Holt ...\" ... Then the talks in Port Ellis ended.",
            "So,",
            "Then",
            List.of(false, false, true)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("quotationCases")
  void sentencesOfAQuotationAreScoredButNotQuotedAloneInCasedText(
      String why, String text, String second, String third, List<Boolean> expected) {
    assertThat(standsAlone(text, second, third)).containsExactlyElementsOf(expected);
  }

  @Test
  void batchSplittingAlsoKeepsSentencesOfAQuotationFromStandingAlone() {
    // summarize splits sentences without attributing quotes; the splitter still finds the
    // quotations.
    String text =
        "Crews in Port Ellis walked out. “We sail from Port Ellis at dawn. We will not stop the boats. "
            + "Nobody stops us,” Holt said. Talks resume on Friday.";
    var split =
        new SentenceSplitter(CoreNlpModels.shared())
            .split(new Article("a", null, null, null, null, null, text));
    assertThat(SummaryInputs.of(List.of(split)).docs().get(0).sentences())
        .extracting(SummaryInput.Sent::standsAlone)
        .containsExactly(true, false, false, false, true);
  }

  @Test
  void inCasedTextASentenceOpeningOnAPronounLeansOnTheOneBeforeIt() {
    SentenceSplitter splitter = new SentenceSplitter(CoreNlpModels.shared());
    String text =
        "He sailed at dawn. Crews in Port Ellis walked out on Monday. They want a pay rise. This week the "
            + "council meets.";
    var cased = splitter.split(new Article("a", null, null, null, null, null, text));
    var lower = splitter.split(new Article("b", null, null, null, null, null, text.toLowerCase()));
    // The first sentence of a document leans on nothing; lowercased text is not judged.
    assertThat(SummaryInputs.of(List.of(cased, lower)).docs())
        .extracting(d -> d.sentences().stream().map(SummaryInput.Sent::leansBack).toList())
        .containsExactly(List.of(false, false, true, false), List.of(false, false, false, false));
  }

  @Test
  void opensUnclosedQuoteReadsCurlyAndStraightMarks() {
    assertThat(SummaryInputs.opensUnclosedQuote("“We sail at dawn,” she said.")).isFalse();
    assertThat(SummaryInputs.opensUnclosedQuote("“We sail at dawn.")).isTrue();
    assertThat(SummaryInputs.opensUnclosedQuote("\"We sail at dawn.")).isTrue();
    assertThat(SummaryInputs.opensUnclosedQuote("\"We sail,\" she said.")).isFalse();
    assertThat(SummaryInputs.opensUnclosedQuote("We sail at dawn.\" she said.")).isFalse();
  }

  /**
   * Whether each sentence of a one-article input stands alone; sentences start at the given
   * markers.
   */
  private static List<Boolean> standsAlone(String text, String second, String third) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = Pattern.compile("\\S+").matcher(text);
    while (m.find()) {
      tokens.add(new Token(new Span(m.start(), m.end()), m.group(), m.group(), "NN", "O"));
    }
    int[] starts = {0, text.indexOf(second), text.indexOf(third), text.length() + 1};
    List<Sentence> sentences = new ArrayList<>();
    for (int k = 0; k < 3; k++) {
      int from = starts[k];
      int to = starts[k + 1] - 1;
      sentences.add(
          LeadingFurniture.sentence(
              k,
              new Span(from, to),
              tokens.stream()
                  .filter(t -> t.span().begin() >= from && t.span().end() <= to)
                  .toList(),
              text,
              Casing.looksCased(text)));
    }
    Article article = new Article("a", null, null, null, null, null, text);
    List<Quote> quotes =
        new QuoteFinder(3).find(text).stream().map(q -> new Quote(q, 0, null, "none")).toList();
    SummaryInput input =
        SummaryInputs.of(
            List.of(new AnnotatedArticle(article, sentences, List.of(), quotes, List.of())));
    return input.docs().get(0).sentences().stream().map(SummaryInput.Sent::standsAlone).toList();
  }

  @Test
  void aSentenceInCapitalsThroughoutIsShouted() {
    assertThat(SummaryInputs.shouted("POLICE SAY THE FERRY LEFT EARLY.")).isTrue();
    assertThat(SummaryInputs.shouted("NATO MET.")).isFalse();
    assertThat(SummaryInputs.shouted("The NATO ministers met in Brenn.")).isFalse();
    String text = "Crews in Port Ellis walked out. POLICE SAY THE FERRY LEFT EARLY. Talks failed.";
    assertThat(standsAlone(text, "POLICE", "Talks")).containsExactly(true, false, true);
  }

  @Test
  void aSentenceBehindACaptionLabelWithNoMarkedEndIsNotQuotedInAnyCase() {
    String text =
        "crews in port ellis walked out . media caption the harbour master explains the rules crews left "
            + "early . talks failed .";
    assertThat(standsAlone(text, "media", "talks")).containsExactly(true, false, true);
    String cased =
        "Crews in Port Ellis walked out. Image copyright Tide Wire Crews left early. Talks failed.";
    assertThat(standsAlone(cased, "Image", "Talks")).containsExactly(true, false, true);
  }

  @Test
  void aSentenceEndingInAColonIntroducesWhatFollows() {
    assertThat(SummaryInputs.introducesWhatFollows("The ferry company listed its demands: "))
        .isTrue();
    assertThat(SummaryInputs.introducesWhatFollows("The demands: more pay and shorter shifts."))
        .isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Council approves new ferry timetable for Port Ellis",
        "Jo Bell for The Tide Wire",
        "[Ferry strike: when, where and how to travel]",
        "Crews say the new timetable leaves them no time to rest, which threatens the season",
        "This is clear evidence of ."
      })
  void aLineThatDoesNotEndLikeASentenceIsUnfinished(String text) {
    assertThat(SummaryInputs.unfinished(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Crews walked out on Monday.",
        "“We sail at dawn,” Holt said.",
        "Did the council know?”",
        "(The ferry company did not reply.)",
        "The crews waited…",
        "The council met at 5 p.m."
      })
  void aSentenceEndsLikeOne(String text) {
    assertThat(SummaryInputs.unfinished(text)).isFalse();
  }

  @Test
  void aSentenceOpeningOnALowercaseWordBeginsMidSentence() {
    assertThat(SummaryInputs.startsMidSentence("wrote Mara Holt, the skipper, on her page."))
        .isTrue();
    assertThat(SummaryInputs.startsMidSentence("but the vote failed.")).isTrue();
    assertThat(SummaryInputs.startsMidSentence("eBay sold the ferry in 2019.")).isFalse();
    assertThat(SummaryInputs.startsMidSentence("Crews walked out.")).isFalse();
    String text =
        "Crews in Port Ellis walked out on Monday. wrote Mara Holt on her page. Tide Wire reports on the strike";
    assertThat(standsAlone(text, "wrote", "Tide")).containsExactly(true, false, false);
  }
}
