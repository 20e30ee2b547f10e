package dev.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Article;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BoilerplateSentencesTest {
  private static final String WIDGET = "Our player could not load the clip you asked for.";
  private final BoilerplateSentences list =
      new BoilerplateSentences(Set.of(BoilerplateSentences.hash(BoilerplateSentences.key(WIDGET))));

  @Test
  void casedTextMatchesItsLowercasedTokenizedForm() {
    assertThat(BoilerplateSentences.key("Our player could NOT load the clip you asked for!"))
        .isEqualTo(BoilerplateSentences.key("our player could not load the clip you asked for ."));
    assertThat(list.contains("our player could not load the clip you asked for .")).isTrue();
    assertThat(BoilerplateSentences.key("Too short.")).isNull();
  }

  @Test
  void stripsOnlyTheBoilerplateSentencesOfALine() {
    String line = "The council closed the bridge. " + WIDGET + " Repairs will take a year.";
    assertThat(list.strip(line))
        .isEqualTo("The council closed the bridge. Repairs will take a year.");
    assertThat(list.strip("The council closed the bridge."))
        .isEqualTo("The council closed the bridge.");
  }

  @Test
  void cleanerDropsLinesThatWereOnlyBoilerplate() {
    String text = "The council closed the bridge on Tuesday.\n" + WIDGET;
    Article out =
        new DebrisCleaner(list)
            .clean(List.of(new Article("a", null, null, null, null, null, text)))
            .get(0);
    assertThat(out.text()).isEqualTo("The council closed the bridge on Tuesday.");
  }

  @Test
  void shippedListIsLoadedAndHashesAreStable() {
    assertThat(BoilerplateSentences.shipped().size()).isGreaterThan(50);
    // FNV-1a of "a": a fixed, documented value; a change here would invalidate the shipped list.
    assertThat(BoilerplateSentences.hash("a")).isEqualTo(0xaf63dc4c8601ec8cL);
  }
}
