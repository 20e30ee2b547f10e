package dev.dossier.group.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryClustererTest {
  /** Three fictional stories, three reports each, in distinct vocabularies. */
  static final Map<String, List<String>> STORIES =
      Map.of(
          "bridge",
              List.of(
                  "The Valmere council closed the old harbour bridge after engineers found cracks in its steel supports.",
                  "Cracks in the steel supports forced Valmere to shut the old harbour bridge, the council said.",
                  "Drivers in Valmere face detours after the council closed the cracked old harbour bridge."),
          "election",
              List.of(
                  "Voters in Oster elected Dana Whitlock as governor after a long campaign over school funding.",
                  "Dana Whitlock won the Oster governor race, promising more money for schools.",
                  "Oster's new governor Dana Whitlock thanked voters and pledged school funding reform."),
          "storm",
              List.of(
                  "A winter storm cut power to thousands of homes across Tarn Island on Friday night.",
                  "Thousands on Tarn Island lost power when the winter storm brought down lines on Friday.",
                  "Crews worked to restore power on Tarn Island after Friday's winter storm."));

  @Test
  void reportsOfTheSameStoryGoTogetherInAnyOrder() {
    for (long seed = 1; seed <= 5; seed++) {
      List<String[]> stream = new ArrayList<>();
      STORIES.forEach((story, texts) -> texts.forEach(t -> stream.add(new String[] {story, t})));
      Collections.shuffle(stream, new Random(seed));
      StoryClusterer c = new StoryClusterer(ClustererOptions.defaults());
      Map<String, Set<String>> predictedOf = new HashMap<>();
      int i = 0;
      for (String[] item : stream) {
        c.add("a" + i++, item[1], LocalDate.of(2025, 1, 10));
      }
      c.consolidate();
      i = 0;
      for (String[] item : stream) {
        predictedOf.computeIfAbsent(item[0], k -> new HashSet<>()).add(c.storyOf("a" + i++));
      }
      predictedOf.forEach(
          (story, predicted) -> assertThat(predicted).as("story %s, seed", story).hasSize(1));
      assertThat(c.stories()).isEqualTo(3);
    }
  }

  @Test
  void aSavedStateGoesOnExactlyAsTheClustererItWasSavedFrom() throws Exception {
    for (long seed = 1; seed <= 3; seed++) {
      List<String> stream = new ArrayList<>();
      STORIES.values().forEach(stream::addAll);
      stream.add(STORIES.get("storm").get(0) + " Share this article.");
      Collections.shuffle(stream, new Random(seed));
      StoryClusterer original = new StoryClusterer(ClustererOptions.defaults());
      int half = stream.size() / 2;
      for (int i = 0; i < half; i++) {
        original.add("a" + i, stream.get(i), LocalDate.of(2025, 1, 10));
      }
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      original.writeTo(new java.io.DataOutputStream(bytes));
      StoryClusterer restored =
          StoryClusterer.readFrom(
              new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray())),
              ClustererOptions.defaults());
      for (int i = half; i < stream.size(); i++) {
        Assignment a = original.add("a" + i, stream.get(i), LocalDate.of(2025, 1, 11));
        Assignment b = restored.add("a" + i, stream.get(i), LocalDate.of(2025, 1, 11));
        assertThat(b).as("seed %d, article %d", seed, i).isEqualTo(a);
      }
      assertThat(restored.stories()).isEqualTo(original.stories());
    }
  }

  @Test
  void theMergePassJoinsTheHalvesOfAStoryThatTheOnlinePassKeptApart() {
    // An online threshold no pair reaches: every report opens a story of its own.
    StoryClusterer c = new StoryClusterer(ClustererOptions.defaults().withThreshold(0.99));
    List<String> ids = new ArrayList<>();
    int i = 0;
    for (List<String> texts : STORIES.values()) {
      for (String t : texts) {
        ids.add("a" + i);
        c.add("a" + i++, t, null);
      }
    }
    int before = c.stories(); // one story a report, but for a close rewording taken as a copy
    assertThat(before).isGreaterThan(6);
    Map<String, String> merged = c.consolidate();
    assertThat(c.stories()).isEqualTo(3);
    assertThat(merged).hasSize(before - 3);
    // The older story keeps its id, and every article moved says where.
    assertThat(merged.values()).allMatch(keep -> !merged.containsKey(keep));
    assertThat(c.storyOf("a0")).isEqualTo(c.storyOf("a1")).isEqualTo(c.storyOf("a2"));
    assertThat(c.storyOf("a0")).isNotEqualTo(c.storyOf("a3"));
    assertThat(c.consolidate()).as("a second pass with nothing new").isEmpty();
  }

  @Test
  void aStateSavedAfterAMergeGoesOnAsTheOriginal() throws Exception {
    StoryClusterer original = new StoryClusterer(ClustererOptions.defaults());
    List<String> stream = new ArrayList<>();
    STORIES.values().forEach(stream::addAll);
    for (int i = 0; i < 6; i++) {
      original.add("a" + i, stream.get(i), null);
    }
    original.consolidate();
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    original.writeTo(new java.io.DataOutputStream(bytes));
    StoryClusterer restored =
        StoryClusterer.readFrom(
            new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray())),
            ClustererOptions.defaults());
    for (int i = 6; i < stream.size(); i++) {
      assertThat(restored.add("a" + i, stream.get(i), null))
          .isEqualTo(original.add("a" + i, stream.get(i), null));
    }
    assertThat(restored.consolidate()).isEqualTo(original.consolidate());
    for (int i = 0; i < stream.size(); i++) {
      assertThat(restored.storyOf("a" + i)).isEqualTo(original.storyOf("a" + i));
    }
  }

  @Test
  void aStateWrittenWithOtherOptionsIsRefused() throws Exception {
    StoryClusterer c = new StoryClusterer(ClustererOptions.defaults());
    c.add("a", STORIES.get("bridge").get(0), null);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    c.writeTo(new java.io.DataOutputStream(bytes));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                StoryClusterer.readFrom(
                    new java.io.DataInputStream(
                        new java.io.ByteArrayInputStream(bytes.toByteArray())),
                    new ClustererOptions(0.07, 0.05, 100, 450, 7)))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                StoryClusterer.readFrom(
                    new java.io.DataInputStream(
                        new java.io.ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5, 6, 7, 8})),
                    ClustererOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void articlesWithNothingToGroupOnStayAlone() {
    StoryClusterer c = new StoryClusterer(ClustererOptions.defaults());
    Assignment a = c.add("a", "", null);
    Assignment b = c.add("b", "", null);
    Assignment d = c.add("d", "Photo: staff", null);
    assertThat(Set.of(a.story(), b.story(), d.story())).hasSize(3);
    assertThat(b.duplicateOf()).isNull();
    Assignment real = c.add("r", STORIES.get("storm").get(0), null);
    assertThat(real.story()).isNotIn(a.story(), b.story(), d.story());
  }

  @Test
  void aCopyJoinsItsOriginalsStoryAndIsLinkedToIt() {
    StoryClusterer c = new StoryClusterer(ClustererOptions.defaults());
    String text =
        STORIES.get("storm").get(0)
            + " Officials said repairs could take days, and schools stay closed.";
    Assignment first = c.add("x", text, null);
    Assignment copy = c.add("y", text + " Share this article.", null);
    assertThat(copy.story()).isEqualTo(first.story());
    assertThat(copy.duplicateOf()).isEqualTo("x");
  }

  @Test
  void farApartInTimeTheSameWordsNeedMoreToJoin() {
    StoryClusterer c = new StoryClusterer(ClustererOptions.defaults().withThreshold(0.5));
    String a = "The festival in Brenn opened with music and food stalls along the river.";
    String b = "Music and food stalls along the river opened the festival in Brenn again.";
    Assignment first = c.add("a", a, LocalDate.of(2024, 6, 1));
    Assignment later = c.add("b", b, LocalDate.of(2025, 6, 1));
    assertThat(later.story()).isNotEqualTo(first.story());
  }
}
