package dev.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterCommandTest {
  @TempDir Path dir;

  @Test
  void groupsArticlesIntoStoriesLinksCopiesAndSkipsBadLines() throws Exception {
    Path out = dir.resolve("assignments.jsonl");
    CliRun r =
        CliRun.of(
            "cluster", "--in", "src/test/resources/eval/articles.jsonl", "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err())
        .contains("articles.jsonl:11: malformed JSON line")
        .contains("no \"text\" field");
    Map<String, String> story = new HashMap<>();
    Map<String, String> copyOf = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(out)) {
      JsonNode n = json.readTree(line);
      story.put(n.get("id").asText(), n.get("story").asText());
      copyOf.put(
          n.get("id").asText(),
          n.get("duplicate_of").isNull() ? null : n.get("duplicate_of").asText());
    }
    assertThat(story).hasSize(10);
    for (String prefix : new String[] {"b", "e", "s"}) {
      Set<String> ids = new HashSet<>();
      story.forEach(
          (id, s) -> {
            if (id.startsWith(prefix)) {
              ids.add(s);
            }
          });
      assertThat(ids).as("story of %s*", prefix).hasSize(1);
    }
    assertThat(new HashSet<>(story.values())).hasSize(3);
    assertThat(copyOf.get("s1-copy")).isEqualTo("s1");
    assertThat(copyOf.get("b2")).isNull();
  }
}
