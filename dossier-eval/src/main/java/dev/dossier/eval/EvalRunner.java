package dev.dossier.eval;

import dev.dossier.analyze.summary.Selection;
import dev.dossier.analyze.summary.Summarizer;
import dev.dossier.analyze.summary.SummaryInput;
import dev.dossier.engine.SummaryPreparer;
import dev.dossier.eval.data.EvalCluster;
import dev.dossier.eval.rouge.RougeResult;
import dev.dossier.eval.rouge.RougeScore;
import dev.dossier.eval.rouge.RougeScorer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * Runs summarizers side by side on the same prepared clusters and scores them with ROUGE (stemmed,
 * prediction cut to the word budget by the scorer). Reference summaries are split into sentences at
 * sentence-final punctuation for ROUGE-Lsum; with several references the best F per metric counts.
 */
public final class EvalRunner {
  private final SummaryPreparer preparer;
  private final int words;
  private final int threads;

  public EvalRunner(SummaryPreparer preparer, int words, int threads) {
    if (words < 1 || threads < 1) {
      throw new IllegalArgumentException("words and threads must be positive");
    }
    this.preparer = preparer;
    this.words = words;
    this.threads = threads;
  }

  /** Prepares all clusters (in parallel); {@code progress} is told of each cluster done. */
  public List<SummaryInput> prepare(List<EvalCluster> clusters, IntConsumer progress) {
    return parallel(
        clusters.size(),
        i -> {
          SummaryInput in = preparer.prepare(clusters.get(i).id(), clusters.get(i).documents());
          progress.accept(1);
          return in;
        });
  }

  public SystemResult run(
      Summarizer system,
      List<EvalCluster> clusters,
      List<SummaryInput> inputs,
      IntConsumer progress) {
    long t0 = System.nanoTime();
    List<String> predictions =
        parallel(
            clusters.size(),
            i -> {
              List<Selection> s =
                  inputs.get(i).docs().isEmpty()
                      ? List.of()
                      : system.summarize(inputs.get(i), words);
              progress.accept(1);
              return s.stream()
                  .map(x -> x.text().replace('\n', ' '))
                  .collect(Collectors.joining("\n"));
            });
    double seconds = (System.nanoTime() - t0) / 1e9;
    RougeScorer scorer = new RougeScorer(true, words);
    List<RougeResult> best =
        parallel(clusters.size(), i -> bestOf(scorer, clusters.get(i), predictions.get(i)));
    double[] sums = new double[8];
    double wordSum = 0;
    List<ExampleScore> examples = new ArrayList<>(best.size());
    for (int i = 0; i < best.size(); i++) {
      RougeResult r = best.get(i);
      double[] v = {
        r.rouge1().precision(),
        r.rouge1().recall(),
        r.rouge1().f(),
        r.rouge2().precision(),
        r.rouge2().recall(),
        r.rouge2().f(),
        r.rougeL().f(),
        r.rougeLsum().f()
      };
      for (int k = 0; k < v.length; k++) {
        sums[k] += v[k];
      }
      String p = predictions.get(i).strip();
      int kept = Math.min(words, p.isEmpty() ? 0 : p.split("\\s+").length);
      wordSum += kept;
      examples.add(
          new ExampleScore(
              clusters.get(i).id(), r.rouge1().f(), r.rouge2().f(), r.rougeL().f(), kept));
    }
    int n = Math.max(1, best.size());
    return new SystemResult(
        system.name(),
        best.size(),
        100 * sums[0] / n,
        100 * sums[1] / n,
        100 * sums[2] / n,
        100 * sums[3] / n,
        100 * sums[4] / n,
        100 * sums[5] / n,
        100 * sums[6] / n,
        100 * sums[7] / n,
        wordSum / n,
        seconds,
        examples);
  }

  static RougeResult bestOf(RougeScorer scorer, EvalCluster c, String prediction) {
    RougeResult best = null;
    for (String ref : c.summaries()) {
      RougeResult r = scorer.score(String.join("\n", ReferenceSentences.split(ref)), prediction);
      best =
          best == null
              ? r
              : new RougeResult(
                  max(best.rouge1(), r.rouge1()),
                  max(best.rouge2(), r.rouge2()),
                  max(best.rougeL(), r.rougeL()),
                  max(best.rougeLsum(), r.rougeLsum()));
    }
    return best;
  }

  private static RougeScore max(RougeScore a, RougeScore b) {
    return a.f() >= b.f() ? a : b;
  }

  private <T> List<T> parallel(int n, java.util.function.IntFunction<T> task) {
    return parallel(n, threads, task);
  }

  /**
   * {@code task(0..n-1)} on {@code threads} threads, results in index order; a task that fails
   * fails the whole run, naming its cause. Shared by every evaluation that scores items apart.
   */
  public static <T> List<T> parallel(int n, int threads, java.util.function.IntFunction<T> task) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        final int k = i;
        futures.add(pool.submit(() -> task.apply(k)));
      }
      List<T> out = new ArrayList<>(n);
      for (Future<T> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("evaluation interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("evaluation failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
