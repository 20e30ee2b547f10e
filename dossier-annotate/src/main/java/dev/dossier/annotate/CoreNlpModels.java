package dev.dossier.annotate;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotator;
import java.util.Properties;

/**
 * The loaded CoreNLP models, shared read-only by every annotator (CoreNLP annotators are
 * thread-safe for concurrent {@code annotate} calls). Loading takes seconds, so it happens once per
 * JVM.
 *
 * <p>Speed choices (measured on a 2-core machine; see README): only the 3-class NER model (person,
 * organization, location), no numeric classifiers and no fine-grained NER; SUTime is not run inside
 * NER but by {@link DateFinder} on the few sentences that carry temporal words.
 */
public final class CoreNlpModels {
  private final StanfordCoreNLP full;
  private final StanfordCoreNLP splitter;
  private final TimeAnnotator sutime;

  private CoreNlpModels() {
    // SUTime's rules load on another thread while the tagger and NER models load on this one (cold
    // start).
    java.util.concurrent.CompletableFuture<TimeAnnotator> time =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> new TimeAnnotator("sutime", new Properties()));
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    splitterProperties(p);
    this.full = new StanfordCoreNLP(p);
    Properties s = new Properties();
    s.setProperty("annotators", "tokenize,ssplit");
    splitterProperties(s);
    this.splitter = new StanfordCoreNLP(s);
    // Default SUTime options: ranges ("from Sunday to Wednesday") come as their two ends, which the
    // agreement analysis reads as a length.
    this.sutime = time.join();
  }

  static void splitterProperties(Properties p) {
    // A blank line ends a sentence: headings and paragraphs never run into each other.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("tokenize.options", "untokenizable=noneDelete");
  }

  /** Initialization-on-demand holder: loads once, on first use, without locking afterwards. */
  private static final class Holder {
    static final CoreNlpModels INSTANCE = new CoreNlpModels();
  }

  public static CoreNlpModels shared() {
    return Holder.INSTANCE;
  }

  /** tokenize, ssplit, pos, lemma, 3-class ner. */
  public StanfordCoreNLP full() {
    return full;
  }

  /** tokenize and ssplit only (≈ 40k tokens/s): for batch summarization. */
  public StanfordCoreNLP splitter() {
    return splitter;
  }

  public TimeAnnotator sutime() {
    return sutime;
  }
}
