package dev.dossier.group.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {
  static final String STORY =
      "The council closed the old bridge on Tuesday after engineers found deep cracks in two "
          + "of its supports. Drivers were told to use the ring road while repairs go on, which officials expect to "
          + "take at least a year and to cost about four million. The mayor said the decision was painful but right, "
          + "and that the city would add buses on the coastal road until the bridge reopens to traffic.";

  @Test
  void lightlyEditedCopiesAreLinkedToTheRootOriginal() {
    NearDuplicateIndex idx = NearDuplicateIndex.defaults();
    assertThat(idx.addAndFindOriginal("a", idx.signature(STORY))).isNull();
    String edited = STORY.replace("Tuesday", "Tuesday evening") + " Subscribe for more local news.";
    assertThat(idx.addAndFindOriginal("b", idx.signature(edited))).isEqualTo("a");
    String editedAgain = edited.replace("four million", "4 million");
    assertThat(idx.addAndFindOriginal("c", idx.signature(editedAgain))).isEqualTo("a");
  }

  @Test
  void anotherReportOfTheSameStoryIsNotACopy() {
    NearDuplicateIndex idx = NearDuplicateIndex.defaults();
    idx.addAndFindOriginal("a", idx.signature(STORY));
    String other =
        "Engineers discovered cracks in two supports of the old bridge, and the council shut it on "
            + "Tuesday. Repairs are expected to last a year. Buses will run on the coastal road, the mayor said.";
    assertThat(idx.addAndFindOriginal("b", idx.signature(other))).isNull();
  }

  @Test
  void minHashEstimatesJaccardSimilarity() {
    MinHasher h = new MinHasher(256, 1);
    assertThat(MinHasher.similarity(h.signature(STORY), h.signature(STORY))).isEqualTo(1.0);
    Random r = new Random(5);
    StringBuilder noise = new StringBuilder();
    for (int i = 0; i < 80; i++) {
      noise.append("w").append(r.nextInt(100000)).append(' ');
    }
    assertThat(MinHasher.similarity(h.signature(STORY), h.signature(noise.toString())))
        .isLessThan(0.05);
  }
}
