package dev.dossier.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.model.Article;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveTest {
  @TempDir Path dir;

  static ArchivedArticle art(long seq, String key, String source, String story, String text) {
    return new ArchivedArticle(
        seq,
        key,
        new Article("id-" + key, "T " + key, source, null, LocalDate.of(2025, 1, 2), null, text),
        story,
        null);
  }

  @Test
  void addsAreKeyedByContentAndSurviveReopening() {
    try (Archive a = Archive.open(dir)) {
      a.add(art(0, "k1", "Daily Tide", "story-1", "The council closed the old bridge."));
      a.add(art(1, "k1", "Daily Tide", "story-1", "The council closed the old bridge."));
      a.add(art(2, "k2", "Harbour Post", "story-1", "Officials shut the bridge on Tuesday."));
      a.add(art(3, "k3", "Harbour Post", "story-2", "A storm hit the coast."));
    }
    try (Archive a = Archive.open(dir)) {
      assertThat(a.size()).isEqualTo(3);
      assertThat(a.nextSeq()).isEqualTo(4);
      assertThat(a.all()).extracting(ArchivedArticle::key).containsExactly("k1", "k2", "k3");
      assertThat(a.stories(null, null))
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.id()).isEqualTo("story-1");
                assertThat(s.outlets()).containsExactly("Daily Tide", "Harbour Post");
              });
      assertThat(a.search("bridge", 10))
          .extracting(ArchivedArticle::key)
          .containsExactlyInAnyOrder("k1", "k2");
      assertThat(a.stories(null, "storm")).isEmpty();
    }
  }

  @Test
  void aSecondWriterGetsAClearError() {
    try (Archive first = Archive.open(dir)) {
      assertThat(first.size()).isZero();
      assertThatThrownBy(() -> Archive.open(dir))
          .isInstanceOf(ArchiveException.class)
          .hasMessageContaining("in use");
    }
  }

  @Test
  void aReaderSeesWhatTheWriterCommittedWhileItStillWrites() {
    try (Archive writer = Archive.open(dir)) {
      writer.add(art(0, "k1", "Daily Tide", "story-1", "The council closed the old bridge."));
      writer.add(art(1, "k2", "Harbour Post", "story-1", "Officials shut the bridge on Tuesday."));
      writer.commit();
      writer.add(art(2, "k3", "Harbour Post", "story-2", "A storm hit the coast."));
      try (Archive reader = Archive.openForReading(dir)) {
        assertThat(reader.readOnly()).isTrue();
        assertThat(reader.size()).isEqualTo(2);
        assertThat(reader.stories(null, null))
            .singleElement()
            .extracting(StorySummary::id)
            .isEqualTo("story-1");
        assertThat(reader.hits("bridge", 5)).hasSize(2);
        assertThatThrownBy(() -> reader.add(art(3, "k4", "X", "story-3", "More.")))
            .isInstanceOf(ArchiveException.class)
            .hasMessageContaining("for reading");
      }
    }
  }

  @Test
  void readingAFolderWithNoArchiveSaysSo() {
    assertThatThrownBy(() -> Archive.openForReading(dir.resolve("none")))
        .isInstanceOf(ArchiveException.class)
        .hasMessageContaining("run dossier ingest first");
  }

  @Test
  void mergedStoriesMoveTheirArticlesAndKeepEverythingElse() {
    try (Archive a = Archive.open(dir)) {
      a.add(art(0, "k1", "Daily Tide", "story-1", "The council closed the old bridge."));
      a.add(art(1, "k2", "Harbour Post", "story-2", "Officials shut the bridge on Tuesday."));
      a.add(art(2, "k3", "Harbour Post", "story-3", "A storm hit the coast."));
      assertThat(a.stories(null, null)).isEmpty();
      assertThat(a.moveStories(java.util.Map.of("story-2", "story-1"))).isEqualTo(1);
      a.commit();
      assertThat(a.size()).isEqualTo(3);
      assertThat(a.story("story-1")).extracting(ArchivedArticle::key).containsExactly("k1", "k2");
      assertThat(a.story("story-2")).isEmpty();
      assertThat(a.search("officials", 5))
          .singleElement()
          .satisfies(
              x -> {
                assertThat(x.story()).isEqualTo("story-1");
                assertThat(x.article().source()).isEqualTo("Harbour Post");
                assertThat(x.seq()).isEqualTo(1);
              });
    }
  }

  @Test
  void searchHitsCarryAScoreAndTheSentenceThatMatched() {
    try (Archive a = Archive.open(dir)) {
      a.add(
          art(
              0,
              "k1",
              "Daily Tide",
              "story-1",
              "The council met on Monday. It closed the old bridge for repairs. Traffic moved."));
      SearchHit h = a.hits("bridge", 5).get(0);
      assertThat(h.score()).isPositive();
      assertThat(h.snippet()).isEqualTo("It closed the old bridge for repairs.");
      assertThat(a.hits("volcano", 5)).isEmpty();
    }
  }
}
