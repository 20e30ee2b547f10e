package dev.dossier.cli;

import dev.dossier.engine.Bench;
import dev.dossier.engine.Bench.Figure;
import dev.dossier.engine.Dossier;
import dev.dossier.eval.data.ClusterDataset;
import dev.dossier.eval.data.EvalCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dossier bench}: speed figures side by side in one run on this machine: bare CoreNLP
 * against Dossier's annotation on the same articles, briefing latency cold and warm, summarization
 * throughput.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Measure speed on this machine, side by side in one run: bare CoreNLP vs Dossier's annotation "
            + "(tokens/s), brief latency cold and warm, summarize clusters/s.")
final class BenchCommand implements Callable<Integer> {
  @Option(
      names = "--input",
      defaultValue = "examples/valmere-ferry-strike",
      description = "articles to annotate and brief (default: ${DEFAULT-VALUE})")
  List<String> input;

  @Option(
      names = "--clusters",
      description =
          "clusters for summarize, JSONL(.gz) of {id, documents} (default: "
              + "../shared/data/multinews/validation.jsonl.gz where present; none: skip)")
  String clusters;

  @Option(
      names = "--limit",
      defaultValue = "1000",
      description = "clusters to summarize (default: ${DEFAULT-VALUE})")
  int limit;

  @Option(
      names = "--words",
      defaultValue = "300",
      description = "summary words for summarize (default: " + "${DEFAULT-VALUE})")
  int words;

  @Mixin EngineOptions engine = new EngineOptions();

  @Override
  public Integer call() throws Exception {
    Bench bench = new Bench(m -> System.err.println("bench: " + m));
    Dossier dossier = engine.engine(null);
    List<Figure> figures = new ArrayList<>(bench.briefing(dossier, dossier.read(input).articles()));
    Path data = clustersFile();
    if (data != null) {
      List<List<String>> docs =
          ClusterDataset.read(data, limit, false, w -> {}).stream()
              .map(EvalCluster::documents)
              .toList();
      if (!docs.isEmpty()) {
        figures.add(bench.summarize(dossier, docs, words));
      }
    }
    print(figures);
    return 0;
  }

  private Path clustersFile() {
    if ("none".equals(clusters)) {
      return null;
    }
    Path p = Path.of(clusters != null ? clusters : "../shared/data/multinews/validation.jsonl.gz");
    if (!Files.isRegularFile(p)) {
      if (clusters != null) {
        throw new Main.UserError("no such file: " + p);
      }
      System.err.println("bench: no " + p + "; summarize not measured (give --clusters FILE)");
      return null;
    }
    return p;
  }

  private static void print(List<Figure> figures) {
    System.out.println();
    System.out.println(Bench.machine());
    System.out.println();
    System.out.println(Bench.table(figures));
  }
}
