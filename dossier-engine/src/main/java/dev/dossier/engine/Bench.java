package dev.dossier.engine;

import dev.dossier.model.AnnotatedStory;
import dev.dossier.model.Article;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * Speed figures side by side in one run, on the same input: bare CoreNLP with the annotators
 * Dossier's annotation stands on, Dossier's annotation, summarization throughput, and briefing
 * latency cold and warm. Targets live here, never in timed unit tests; the machine is whatever runs
 * it.
 */
public final class Bench {
  /** One figure: what was measured, its value and unit, and the reference it is read against. */
  public record Figure(String what, double value, String unit, String note) {}

  /** An annotation's speed, and the story it made (a cold briefing goes on from it). */
  public record Annotated(Figure figure, AnnotatedStory story) {}

  private final Consumer<String> log;

  /**
   * @param log gets a line as each measurement starts, for a bench that takes a minute
   */
  public Bench(Consumer<String> log) {
    this.log = log;
  }

  /**
   * Bare CoreNLP, one thread, its first (cold) pass: tokenize, ssplit, pos, lemma and 3-class NER
   * with SUTime, the annotators a plain CoreNLP user would run for the same output. Model loading
   * is not timed.
   */
  public Figure bareCoreNlp(List<Article> articles) {
    log.accept("bare CoreNLP: loading its models");
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    StanfordCoreNLP pipeline = new StanfordCoreNLP(p);
    log.accept("bare CoreNLP: annotating on 1 thread");
    long tokens = 0;
    long t0 = System.nanoTime();
    for (Article a : articles) {
      Annotation doc = new Annotation(a.text());
      if (a.published() != null) {
        doc.set(CoreAnnotations.DocDateAnnotation.class, a.published().toString());
      }
      pipeline.annotate(doc);
      tokens += doc.get(CoreAnnotations.TokensAnnotation.class).size();
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    return new Figure(
        "bare CoreNLP annotation, first pass",
        tokens / secs,
        "tokens/s",
        "1 thread, " + tokens + " tokens in " + String.format("%.2f s", secs));
  }

  /**
   * Dossier's annotation stage (models already loaded by the caller's warm-up, or not: it says).
   */
  public Annotated annotation(Dossier dossier, List<Article> articles, String pass) {
    log.accept(
        "Dossier annotation: " + pass + " pass on " + dossier.options().threads() + " threads");
    long t0 = System.nanoTime();
    AnnotatedStory story = dossier.annotate(articles, null, ProgressListener.NONE);
    double secs = (System.nanoTime() - t0) / 1e9;
    long tokens =
        story.articles().stream()
            .flatMap(a -> a.sentences().stream())
            .mapToLong(s -> s.tokens().size())
            .sum();
    return new Annotated(
        new Figure(
            "Dossier annotation, " + pass + " pass",
            tokens / secs,
            "tokens/s",
            dossier.options().threads()
                + " threads, "
                + tokens
                + " tokens in "
                + String.format("%.2f s", secs)),
        story);
  }

  /** A whole briefing (annotation and analysis); cold when it is the engine's first. */
  public Figure brief(Dossier dossier, List<Article> articles, LocalDate date, String pass) {
    log.accept("brief: " + pass);
    long t0 = System.nanoTime();
    dossier.brief(articles, date, ProgressListener.NONE);
    double secs = (System.nanoTime() - t0) / 1e9;
    return new Figure("brief latency, " + pass, secs, "s", articles.size() + " articles");
  }

  /** {@code summarize}'s throughput over clusters of raw documents, on the engine's threads. */
  public Figure summarize(Dossier dossier, List<List<String>> clusters, int words) {
    log.accept("summarize: warming up");
    dossier.summarize("warm-up", clusters.get(0), words);
    log.accept(
        "summarize: "
            + clusters.size()
            + " clusters on "
            + dossier.options().threads()
            + " threads");
    long t0 = System.nanoTime();
    List<Thread> workers = new ArrayList<>();
    java.util.concurrent.atomic.AtomicInteger next =
        new java.util.concurrent.atomic.AtomicInteger();
    for (int t = 0; t < dossier.options().threads(); t++) {
      Thread w =
          new Thread(
              () -> {
                for (int i; (i = next.getAndIncrement()) < clusters.size(); ) {
                  dossier.summarize("c" + i, clusters.get(i), words);
                }
              },
              "dossier-bench-" + t);
      workers.add(w);
      w.start();
    }
    for (Thread w : workers) {
      try {
        w.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("bench interrupted", e);
      }
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    return new Figure(
        "summarize",
        clusters.size() / secs,
        "clusters/s",
        dossier.options().threads()
            + " threads, "
            + clusters.size()
            + " clusters at "
            + words
            + " words in "
            + String.format("%.1f s", secs));
  }

  /**
   * The briefing figures in the order that keeps them fair: bare CoreNLP first, in the cold JVM
   * (what a plain CoreNLP user sees), then the engine's model loading, its first and warm
   * annotation passes, and three warm briefings.
   */
  public List<Figure> briefing(Dossier dossier, List<Article> articles) {
    List<Figure> figures = new ArrayList<>();
    figures.add(bareCoreNlp(articles));
    long t0 = System.nanoTime();
    dossier.warmUp();
    figures.add(
        new Figure(
            "model loading (CoreNLP and summarizer)", (System.nanoTime() - t0) / 1e9, "s", ""));
    Annotated first = annotation(dossier, articles, "first");
    figures.add(first.figure());
    dossier.build(first.story());
    figures.add(
        new Figure(
            "brief latency, cold engine (models loaded, first annotation, analysis; "
                + "CoreNLP's model files already read once by the reference)",
            (System.nanoTime() - t0) / 1e9,
            "s",
            "in-process, so without JVM start"));
    figures.add(annotation(dossier, articles, "warm").figure());
    for (int i = 1; i <= 3; i++) {
      figures.add(brief(dossier, articles, null, "warm #" + i));
    }
    return figures;
  }

  /** The machine and JVM the figures come from. */
  public static String machine() {
    return String.format(
        "machine: %d cores, %s %s, Java %s%nJVM options: %s",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("os.arch"),
        System.getProperty("os.name"),
        System.getProperty("java.version"),
        String.join(
            " ", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()));
  }

  /** The figures as a Markdown table. */
  public static String table(List<Figure> figures) {
    StringBuilder b = new StringBuilder("| measure | value | unit | note |\n|---|---|---|---|\n");
    for (Figure f : figures) {
      String value =
          f.value() >= 100 ? String.format("%.0f", f.value()) : String.format("%.2f", f.value());
      b.append("| ")
          .append(f.what())
          .append(" | ")
          .append(value)
          .append(" | ")
          .append(f.unit())
          .append(" | ")
          .append(f.note())
          .append(" |\n");
    }
    return b.toString().strip();
  }
}
