package dev.dossier.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.archive.ArchivedArticle;
import dev.dossier.ingest.InputException;
import dev.dossier.model.Article;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The façade's contract, without the language models: options, the one reading path, user errors.
 */
class DossierContractTest {
  private static final String EXAMPLE =
      Path.of("..", "examples", "valmere-ferry-strike").toString();
  @TempDir Path dir;

  @Test
  void optionsOutOfBoundsAreRefusedWhenTheEngineIsBuilt() {
    assertThatThrownBy(() -> Dossier.builder().threads(0)).hasMessageContaining("threads");
    assertThatThrownBy(() -> Dossier.builder().summaryWords(5)).hasMessageContaining("10");
    assertThatThrownBy(() -> Dossier.builder().maxFileBytes(0)).hasMessageContaining("positive");
    assertThat(Dossier.builder().threads(3).summaryWords(120).build().options())
        .isEqualTo(DossierOptions.defaults().withThreads(3).withSummaryWords(120));
  }

  @Test
  void briefAndIngestNameEveryArticleAlike() {
    Dossier dossier = Dossier.create();
    List<String> read =
        dossier.read(List.of(EXAMPLE)).articles().stream().map(Article::id).toList();
    try (StoryArchive archive = dossier.openArchive(dir.resolve("data"))) {
      IngestReport r = archive.ingest(List.of(EXAMPLE), ProgressListener.NONE);
      assertThat(r.added()).isEqualTo(read.size());
      List<String> stored =
          archive.search("ferry", 100).stream()
              .map(ArchivedArticle::article)
              .map(Article::id)
              .toList();
      assertThat(stored).containsExactlyInAnyOrderElementsOf(read);
    }
  }

  @Test
  void aMissingPathOrArchiveIsAnInputError() {
    Dossier dossier = Dossier.create();
    assertThatThrownBy(() -> dossier.read(List.of(dir.resolve("nope").toString())))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("no such file");
    assertThatThrownBy(() -> dossier.openExistingArchive(dir.resolve("none")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("run dossier ingest first");
  }
}
