package dev.dossier.analyze.summary;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Function;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantized, run by ONNX Runtime; the weights ship
 * inside LangChain4j's jar, so nothing is fetched at run time). Used where words alone cannot tell
 * that two sentences say the same thing. Loaded once, in about 1.5 s, on first use.
 *
 * <p>The ONNX session runs each sentence on the calling thread alone (one intra-op thread): Dossier
 * already summarizes clusters in parallel, one per core, and ONNX Runtime's default of one thread
 * per core per call made those threads contend. Measured with two callers on 2 cores: 850 sentences
 * a second against 580.
 */
public final class SentenceEmbedder {
  private final Function<String, float[]> model;

  /**
   * @param model a sentence's vector; tests give vectors of their own
   */
  SentenceEmbedder(Function<String, float[]> model) {
    this.model = model;
  }

  private static SentenceEmbedder of(EmbeddingModel model) {
    return new SentenceEmbedder(s -> model.embed(TextSegment.from(s)).content().vector());
  }

  /** The bundled model, loaded once per JVM. */
  public static SentenceEmbedder shipped() {
    return Holder.SHIPPED;
  }

  private static final class Holder {
    static final SentenceEmbedder SHIPPED = of(singleThreaded());
  }

  /**
   * LangChain4j's bundled all-MiniLM-L6-v2 (its jar's model and tokenizer files, which its own
   * class loads the same way), in a session whose options LangChain4j does not expose.
   */
  private static EmbeddingModel singleThreaded() {
    ClassLoader loader = AllMiniLmL6V2QuantizedEmbeddingModel.class.getClassLoader();
    try (InputStream model = loader.getResourceAsStream("all-minilm-l6-v2-q.onnx");
        InputStream tokenizer = loader.getResourceAsStream("all-minilm-l6-v2-q-tokenizer.json");
        OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      if (model == null || tokenizer == null) {
        throw new IllegalStateException("all-MiniLM-L6-v2 files missing from the class path");
      }
      options.setIntraOpNumThreads(1);
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      OrtSession session = environment.createSession(model.readAllBytes(), options);
      OnnxBertBiEncoder encoder =
          new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
      return new AbstractInProcessEmbeddingModel(Runnable::run) {
        @Override
        protected OnnxBertBiEncoder model() {
          return encoder;
        }
      };
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read all-MiniLM-L6-v2", e);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load all-MiniLM-L6-v2: " + e.getMessage(), e);
    }
  }

  /** The sentence's 384-dimension vector. */
  public float[] embed(String sentence) {
    return model.apply(sentence);
  }

  static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }
}
