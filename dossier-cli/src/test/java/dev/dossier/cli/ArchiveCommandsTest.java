package dev.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.archive.Archive;
import dev.dossier.archive.ArchivedArticle;
import dev.dossier.engine.GroupingSnapshot;
import dev.dossier.engine.StoryArchive;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest, stories, search and brief --story on the fictional clusters shipped with the project. */
class ArchiveCommandsTest {
  @TempDir Path dir;

  @Test
  void ingestGroupsStoriesAndIsIdempotent() {
    Path data = dir.resolve("data");
    CliRun first =
        CliRun.of(
            "ingest", "../examples", "src/test/resources/agreement", "--data", data.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.err()).contains("ingested 9 new articles");
    CliRun again = CliRun.of("ingest", "../examples", "--data", data.toString());
    assertThat(again.err())
        .contains("ingested 0 new articles")
        .contains("4 already in the archive");

    CliRun stories = CliRun.of("stories", "--data", data.toString());
    assertThat(stories.exit()).isZero();
    // The ferry strike (4 articles) stands apart from the harbour accident and the rail story.
    // Those two were written to share a person's and a place's name, and in an archive of nine
    // articles the merge pass joins them (a known weakness, docs/evaluation.md), so their count is
    // not asserted here.
    assertThat(stories.out().lines().count()).isBetween(2L, 3L);
    assertThat(
            stories.out().lines().filter(l -> l.contains("4 articles")).findFirst().orElseThrow())
        .contains("Valmere")
        .doesNotContain("Rail Gazette")
        .doesNotContain("Coast Herald");

    CliRun search = CliRun.of("search", "mediator", "--data", data.toString());
    assertThat(search.out()).contains("Mediator named in Valmere ferry dispute");

    String storyId =
        stories
            .out()
            .lines()
            .filter(l -> l.contains("4 articles"))
            .findFirst()
            .orElseThrow()
            .split("\\s+")[0];
    CliRun brief =
        CliRun.of("brief", "--story", storyId, "--data", data.toString(), "--format", "json", "-q");
    assertThat(brief.exit()).as(brief.err()).isZero();
    assertThat(brief.out()).contains("\"reference_date\" : \"2025-09-18\"");
  }

  @Test
  void aLaterIngestStartsFromTheSavedGroupingStateAndRebuildsABrokenOne() throws Exception {
    Path data = dir.resolve("resume");
    CliRun first = CliRun.of("ingest", "src/test/resources/agreement", "--data", data.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(data.resolve(GroupingSnapshot.FILE)).isRegularFile();
    CliRun second = CliRun.of("ingest", "../examples", "--data", data.toString());
    assertThat(second.err()).doesNotContain("replaying").contains("ingested 4 new articles");
    String storiesBefore = CliRun.of("stories", "--data", data.toString()).out();

    // The same archive, grouped from scratch after the state file is damaged: same stories.
    Files.write(data.resolve(GroupingSnapshot.FILE), new byte[] {1, 2, 3});
    CliRun third = CliRun.of("ingest", "../examples", "--data", data.toString());
    assertThat(third.exit()).as(third.err()).isZero();
    assertThat(third.err()).contains("warning: ignoring").contains("replaying 9 archived articles");
    assertThat(CliRun.of("stories", "--data", data.toString()).out()).isEqualTo(storiesBefore);
    CliRun fourth = CliRun.of("ingest", "../examples", "--data", data.toString());
    assertThat(fourth.err()).doesNotContain("warning").doesNotContain("replaying");
  }

  @Test
  void badItemsAreSkippedWithAFewWarningsAndCountedByReasonInTheSummary() throws Exception {
    Path in = dir.resolve("mixed");
    Files.createDirectories(in);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      lines.add("{\"id\": \"bad" + i);
    }
    lines.add(
        "{\"id\": \"ok\", \"text\": \"Ferry crews in Valmere walked out on Monday over pay, stranding "
            + "hundreds of island commuters at the pier, the union said.\"}");
    Files.write(in.resolve("articles.jsonl"), lines);
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.write(in.resolve("blob.html"), new byte[] {0, 1, 2, 3, 0, 0, 7, 8});
    CliRun r = CliRun.of("ingest", in.toString(), "--data", dir.resolve("mixed-data").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("ingested 1 new articles").contains("27 skipped");
    // The first warning may share a line with the progress bar: count occurrences, not lines.
    assertThat(r.err().split("warning: ", -1).length - 1)
        .isEqualTo(StoryArchive.WARNINGS_SHOWN + 1);
    assertThat(r.err()).containsPattern("skipped 25: malformed JSON");
  }

  @Test
  void storiesAndBriefWithoutAnArchiveSayWhatToDo() {
    Path none = dir.resolve("none");
    CliRun s = CliRun.of("stories", "--data", none.toString());
    assertThat(s.exit()).isEqualTo(Main.EXIT_INPUT);
    assertThat(s.err()).contains("run dossier ingest first");
    CliRun b = CliRun.of("brief", "--story", "story-9", "--data", none.toString());
    assertThat(b.exit()).isEqualTo(Main.EXIT_INPUT);
  }

  /** Many fictional articles in one JSONL file: enough that ingest runs for seconds. */
  static Path bigInput(Path dir, int n) throws Exception {
    Random r = new Random(9);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder t = new StringBuilder();
      for (int w = 0; w < 120; w++) {
        t.append("w")
            .append(i % 400)
            .append('x')
            .append(r.nextInt(50))
            .append(w % 15 == 14 ? ". " : " ");
      }
      lines.add(
          "{\"id\": \"a"
              + i
              + "\", \"text\": \""
              + t.toString().strip()
              + "\", \"source\": \"Outlet "
              + (i % 7)
              + "\"}");
    }
    Path f = dir.resolve("big.jsonl");
    Files.write(f, lines);
    return f;
  }

  @Test
  void killedDuringIngestTheArchiveOpensKeepsItsCommitsAndARerunCompletes() throws Exception {
    int n = 6000;
    Path input = bigInput(dir, n);
    Path data = dir.resolve("killed");
    ProcessBuilder pb =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "dev.dossier.cli.Main",
                "ingest",
                input.toString(),
                "--data",
                data.toString(),
                "-q")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("log").toFile());
    Process p = pb.start();
    Path index = data.resolve("index");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    // Wait for a commit beyond the first (an archive with at least COMMIT_EVERY articles), then
    // kill hard.
    while (p.isAlive() && System.nanoTime() < deadline && !hasSecondCommit(index)) {
      Thread.sleep(50);
    }
    if (p.isAlive()) {
      // Readers work while the ingest holds the writer: they see its commits.
      CliRun reading = CliRun.of("stories", "--data", data.toString());
      assertThat(reading.exit()).as(reading.err()).isZero();
      assertThat(reading.err()).doesNotContain("in use");
    }
    boolean killedMidRun = p.isAlive();
    p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    int committed;
    try (Archive a = Archive.open(data)) {
      committed = a.size();
    }
    if (killedMidRun) {
      assertThat(committed).isBetween(StoryArchive.COMMIT_EVERY, n - 1);
    }
    CliRun rerun = CliRun.of("ingest", input.toString(), "--data", data.toString(), "-q");
    assertThat(rerun.exit()).as(rerun.err()).isZero();
    try (Archive a = Archive.open(data)) {
      List<ArchivedArticle> all = a.all();
      assertThat(all).hasSize(n);
      assertThat(new HashSet<>(all.stream().map(ArchivedArticle::key).toList())).hasSize(n);
    }
    System.out.printf(
        "kill test: killed mid-run %s with %d of %d articles committed; rerun completed%n",
        killedMidRun, committed, n);
  }

  private static boolean hasSecondCommit(Path index) {
    try (var s = Files.list(index)) {
      return s.anyMatch(f -> f.getFileName().toString().matches("segments_[2-9a-z]\\w*"));
    } catch (java.io.IOException e) {
      return false;
    }
  }

  @Test
  void unsourcedArticlesFromOneFileMakeStoriesAndAnEmptyListSaysWhy() throws Exception {
    Path feed = dir.resolve("feed.jsonl");
    java.nio.file.Files.writeString(
        feed,
        """
        {"id": "a1", "title": "Ferry crews strike over pay in Valmere", "text": "Ferry crews in Valmere walked out over pay on Monday, stranding hundreds of island commuters at the pier. The union said talks had failed after weeks of meetings with the operator."}
        {"id": "a2", "text": "Hundreds of Valmere island commuters were stranded at the pier on Monday when ferry crews walked out over pay. The operator said it would meet the union again."}
        """);
    Path data = dir.resolve("unsourced");
    assertThat(CliRun.of("ingest", feed.toString(), "--data", data.toString()).exit()).isZero();
    CliRun json = CliRun.of("stories", "--data", data.toString(), "--format", "json");
    assertThat(json.exit()).as(json.err()).isZero();
    com.fasterxml.jackson.databind.JsonNode list =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("title").asText())
        .isEqualTo("Ferry crews strike over pay in Valmere");
    assertThat(list.get(0).get("articles").asInt()).isEqualTo(2);

    CliRun search = CliRun.of("search", "stranded", "--data", data.toString(), "--format", "json");
    assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(search.out()))
        .hasSize(2)
        .allSatisfy(
            h ->
                assertThat(h.get("snippet").asText())
                    .contains("strand")
                    .doesNotContain("operator"));
    CliRun none = CliRun.of("search", "volcano", "--data", data.toString());
    assertThat(none.err()).contains("no article matches volcano");

    CliRun since = CliRun.of("stories", "--data", data.toString(), "--since", "2030-01-01");
    assertThat(since.exit()).isZero();
    assertThat(since.err()).contains("no stories matching --since/--query: 2 articles in 1 groups");
  }
}
