package dev.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrappedLinesTest {
  @Test
  void aLineThatContinuesASentenceJoinsIt() {
    String raw =
        "The harbour board of Port Ellis met Mara Holt, who\n\nhad run the ferries for ten years, on Monday.\n"
            + "Talks between the crews and the board went on until 9 pm,\nand the crews of Port Ellis waited.\n\n"
            + "The quay stays shut.";
    assertThat(Paragraphs.lines(raw))
        .containsExactly(
            "The harbour board of Port Ellis met Mara Holt, who had run the ferries for ten years, on Monday.",
            "Talks between the crews and the board went on until 9 pm, and the crews of Port Ellis waited.",
            "The quay stays shut.");
  }

  @Test
  void aHeadlineOrAClosedSentenceKeepsItsParagraph() {
    assertThat(
            WrappedLines.join(
                List.of(
                    "Ferry Crews Walk Out in Port Ellis",
                    "Crews walked out on Monday.",
                    "Talks failed.",
                    "iPhone users in Port Ellis lost the ferry app.",
                    "Holt said:",
                    "we will sail again")))
        .hasSize(6);
  }

  @Test
  void shortLinesLabelsAndAddressesAreNotWrappedProse() {
    assertThat(
            WrappedLines.join(
                List.of(
                    "Symptoms:",
                    "limb weakness",
                    "facial droop",
                    "Photographs of the ferries by our readers in Port Ellis",
                    "photographer: Jo Bell, Port Ellis",
                    "Write to Mara Holt, the harbour correspondent of the Gazette",
                    "mholt@example.org")))
        .hasSize(7);
  }

  @Test
  void lowercasedTextIsLeftAsItIs() {
    // Every paragraph starts in lowercase here; joining would glue the headline to the first
    // sentence.
    List<String> lines =
        List.of(
            "ferry crews walk out in port ellis", "crews walked out on monday, the union said.");
    assertThat(WrappedLines.join(lines)).isEqualTo(lines);
  }
}
