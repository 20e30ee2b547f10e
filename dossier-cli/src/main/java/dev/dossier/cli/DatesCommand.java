package dev.dossier.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.analyze.timeline.DateExpressions.Resolved;
import dev.dossier.engine.Dossier;
import dev.dossier.engine.JsonLines;
import dev.dossier.engine.OutputFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dossier dates FILE... --out-dir DIR}: every date expression of each article resolved to a
 * calendar value, one JSON line per expression in {@code DIR/<file stem>.jsonl}.
 */
@Command(
    name = "dates",
    mixinStandardHelpOptions = true,
    description =
        "Resolve the date expressions of each article: DIR/<file stem>.jsonl gets one line per "
            + "expression {text, sentence, value, type, basis}. The articles are read as one story.")
final class DatesCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description = "articles: files, folders or globs")
  List<String> paths;

  @Option(names = "--out-dir", required = true, description = "folder for the .jsonl files")
  Path outDir;

  @Option(
      names = "--date",
      description = "reference date YYYY-MM-DD for every article (default: each article's own)",
      converter = IsoDate.class)
  LocalDate date;

  @Option(
      names = {"-q", "--quiet"},
      description = "no progress bar or warnings")
  boolean quiet;

  @Mixin EngineOptions engine = new EngineOptions();

  @Override
  public Integer call() {
    OutputFile.prepare(outDir.resolve("x.jsonl"), "--out-dir");
    Dossier dossier = engine.engine(null);
    try (Progress progress = new Progress(System.err, quiet)) {
      var input = dossier.read(paths);
      input.problems().forEach(p -> progress.warn(p.toString()));
      java.util.Set<String> used = new java.util.HashSet<>();
      for (Dossier.ArticleDates a : dossier.dates(input.articles(), date, progress)) {
        StringBuilder lines = new StringBuilder();
        for (Resolved r : a.expressions()) {
          ObjectNode o = JsonLines.JSON.createObjectNode();
          o.put("text", r.text());
          o.put("sentence", r.sentenceText());
          o.put("value", r.value());
          o.put("type", r.type());
          o.put("basis", r.basis());
          lines.append(o).append('\n');
        }
        OutputFile.write(outDir.resolve(stem(a.article(), used) + ".jsonl"), lines.toString());
      }
    }
    return 0;
  }

  /**
   * The file name an article's lines go to: its file's name without extension (its id when it has
   * no file), made safe; a second article of the same file gets "-2", and so on.
   */
  static String stem(dev.dossier.model.Article a, java.util.Set<String> used) {
    String name = a.file() == null ? a.id() : Path.of(a.file()).getFileName().toString();
    int dot = name.indexOf('.');
    String base = (dot > 0 ? name.substring(0, dot) : name).replaceAll("[^A-Za-z0-9._-]", "_");
    String stem = base;
    for (int k = 2; !used.add(stem); k++) {
      stem = base + "-" + k;
    }
    return stem;
  }
}
