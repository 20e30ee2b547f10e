package dev.dossier.analyze.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SentenceEmbedderTest {
  private static final String STRIKE = "Ferry crews in Valmere walked out on Monday over pay.";

  @Test
  void theSingleThreadedSessionGivesLangChain4jsOwnVectors() {
    float[] ours = SentenceEmbedder.shipped().embed(STRIKE);
    float[] theirs =
        new AllMiniLmL6V2QuantizedEmbeddingModel()
            .embed(TextSegment.from(STRIKE))
            .content()
            .vector();
    assertThat(ours)
        .hasSize(384)
        .containsExactly(theirs, org.assertj.core.data.Offset.offset(1e-5f));
  }

  @Test
  void callersOnSeveralThreadsGetTheVectorsOneCallerGets() throws Exception {
    List<String> sentences =
        List.of(
            STRIKE,
            "The harbour office reopened its ticket desk.",
            "Commuters crowded onto buses at the terminal.",
            "The union called the deal a victory.");
    SentenceEmbedder e = SentenceEmbedder.shipped();
    List<float[]> alone = sentences.stream().map(e::embed).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<float[]>> futures = new ArrayList<>();
      for (int round = 0; round < 5; round++) {
        for (String s : sentences) {
          futures.add(pool.submit(() -> e.embed(s)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).containsExactly(alone.get(i % sentences.size()));
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void cosineOfAVectorWithItselfIsOneAndWithZeroIsZero() {
    float[] v = {0.6f, 0.8f};
    assertThat(SentenceEmbedder.cosine(v, v))
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(SentenceEmbedder.cosine(v, new float[] {0, 0})).isZero();
  }
}
