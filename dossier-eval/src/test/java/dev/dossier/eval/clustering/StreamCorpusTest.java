package dev.dossier.eval.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.group.cluster.ClustererOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamCorpusTest {
  @TempDir Path dir;

  @Test
  void readsDatedArticleLinesWithTheirStoriesAndSkipsBadOnes() throws Exception {
    Path f = dir.resolve("wire.jsonl");
    Files.writeString(
        f,
        """
        {"cluster": "s1", "docno": "W1", "headline": "Ferry crews strike", "date": "2025-03-01", "text": "Ferry crews in Valmere\\nwalked out over pay."}
        not json
        {"cluster": "s1", "docno": "W2", "date": "03/02/2025", "text": "Valmere ferry crews stayed out."}
        {"cluster": "s2", "docno": "W3", "text": ""}
        {"cluster": "s2", "docno": "W4", "date": "2025-03-05", "text": "A storm hit Tarn Island."}
        """);
    List<String> warnings = new ArrayList<>();
    List<StreamDocument> docs = StreamCorpus.read(f, 0, false, warnings::add);
    assertThat(docs).extracting(StreamDocument::id).containsExactly("W1", "W2", "W4");
    assertThat(docs.get(0).title()).isEqualTo("Ferry crews strike");
    assertThat(docs.get(0).published()).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(docs.get(1).published()).as("not ISO: read without a date").isNull();
    assertThat(docs).extracting(StreamDocument::part).containsOnly("wire.jsonl");
    assertThat(warnings).hasSize(3);
    assertThat(StreamCorpus.read(f, 1, false, w -> {}))
        .as("--limit counts stories")
        .extracting(StreamDocument::gold)
        .containsOnly("s1");
  }

  @Test
  void scalingClustersGrowingWholeStoriesAndReportsEachSize() {
    List<StreamDocument> docs =
        StreamCorpus.fromClusters(StreamClusteringEvaluationTest.CLUSTERS, false);
    List<StreamClusteringEvaluation.Report> sizes = new ArrayList<>();
    StreamClusteringEvaluation.scaling(
        docs, List.of(2, 4, 100), true, 7, ClustererOptions.defaults(), sizes::add);
    assertThat(sizes)
        .extracting(StreamClusteringEvaluation.Report::documents)
        .as("whole stories: 2 or 3 documents each; the last size holds them all")
        .allMatch(n -> n >= 2)
        .last()
        .isEqualTo(docs.size());
  }
}
