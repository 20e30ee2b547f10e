package dev.dossier.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.AnnotatedArticle;
import dev.dossier.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Captions (short paragraphs closed by a bracketed credit) lose their statement; prose keeps it.
 * Fictional text.
 */
class CaptionSentencesTest {
  private static final SentenceSplitter SPLITTER = new SentenceSplitter(CoreNlpModels.shared());

  /** The statements of the article's sentences, in order; a caption's is empty. */
  private static List<String> statements(String text) {
    AnnotatedArticle a = SPLITTER.split(new Article("a", null, null, null, null, null, text));
    return a.sentences().stream().map(s -> s.statement(text)).toList();
  }

  @Test
  void aParagraphClosedByAPhotoCreditIsACaption() {
    List<String> s =
        statements(
            "The ferry strike entered its third day on Tuesday.\n\n"
                + "A crew member waits on the quay in Port Ellis on May 2. (Photo: Jo Bell, Tide Wire)\n\n"
                + "Union leaders said talks would resume on Friday.");
    assertThat(s)
        .contains(
            "The ferry strike entered its third day on Tuesday.",
            "Union leaders said talks would resume on Friday.");
    assertThat(s).noneMatch(x -> x.contains("crew member"));
  }

  @Test
  void aVideoCaptionOfTwoSentencesAndItsDateLine() {
    List<String> s =
        statements(
            "Crews walked out at dawn.\n\n"
                + "Police search the harbour at Valmere. The ferry company said it would cooperate. "
                + "(Published Monday, May 3, 2021)\n\n"
                + "The company's chief said the walkout had cost it dearly.");
    assertThat(s).noneMatch(x -> x.contains("Police search") || x.contains("would cooperate"));
    assertThat(s)
        .contains(
            "Crews walked out at dawn.",
            "The company's chief said the walkout had cost it dearly.");
  }

  @Test
  void wireStyleCreditsCount() {
    List<String> s =
        statements(
            "Crews walked out at dawn.\n\n"
                + "Strikers march past the ferry terminal, Monday, May 3, 2021, in Valmere. (Tide Wire Photo/Jo Bell, File)\n\n"
                + "Talks failed.");
    assertThat(s).noneMatch(x -> x.contains("Strikers march"));
  }

  @Test
  void aLongParagraphEndingInALinkToPhotosIsProse() {
    String para =
        "The strike began on Monday. Crews left the quay at dawn. The union met at noon. "
            + "Talks failed by the evening. [In Photos: The Valmere Strike]";
    List<String> s = statements("Opening line of the story.\n\n" + para + "\n\nClosing line.");
    assertThat(s)
        .contains(
            "The strike began on Monday.",
            "Crews left the quay at dawn.",
            "The union met at noon.");
  }

  @Test
  void textOnOneLineHasNoParagraphsToJudge() {
    List<String> s =
        statements(
            "A crew member waits on the quay on May 2. (Photo: Jo Bell) The strike went on.");
    assertThat(s.get(0)).isEqualTo("A crew member waits on the quay on May 2.");
  }

  @Test
  void aPointerToPhotosIsNotACredit() {
    List<String> s =
        statements(
            "Crews walked out.\n\nThe crews painted their boats red (see photos).\n\nTalks failed.");
    assertThat(String.join(" ", s)).contains("painted their boats red");
  }

  @Test
  void aCreditAfterTheLastSentenceOfALongParagraphLeavesItAlone() {
    String text =
        "Crews walked out.\n\nThe strike began on Monday. Crews left the quay. The union met at noon. "
            + "Talks failed by the evening. (Photo: Jo Bell)\n\nClosing line.";
    assertThat(statements(text)).contains("Talks failed by the evening.");
  }

  @Test
  void aLongTextOnOneLineIsReadInOnePass() {
    // Thousands of sentences on one line, each followed by a credit: text without paragraphs has no
    // captions.
    String text = "A crew member waits on the quay. (Photo: Jo Bell) ".repeat(4000);
    assertThat(statements(text))
        .hasSizeGreaterThan(4000)
        .allSatisfy(x -> assertThat(x).isNotNull());
    assertThat(statements(text).get(0)).isEqualTo("A crew member waits on the quay.");
  }
}
