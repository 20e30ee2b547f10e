package dev.dossier.cli;

import dev.dossier.eval.dates.DateEvaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dossier eval-dates}: date resolution and writing dates measured on real news. */
@Command(
    name = "eval-dates",
    mixinStandardHelpOptions = true,
    description =
        "Measure dates on real news: TempEval-3 calendar date values (document date given and "
            + "withheld) and DUC 2004 writing dates (withheld).")
final class EvalDatesCommand implements Callable<Integer> {
  @Option(
      names = "--tempeval",
      description =
          "TempEval-3 JSONL(.gz), or none (default: ../shared/data/tempeval3/tbaq.jsonl.gz)")
  Path tempeval = Path.of("../shared/data/tempeval3/tbaq.jsonl.gz");

  @Option(
      names = "--duc",
      description =
          "DUC 2004 dated JSONL(.gz), or none (default: ../shared/data/duc2004-dated/task5.jsonl.gz)")
  Path duc = Path.of("../shared/data/duc2004-dated/task5.jsonl.gz");

  @Option(names = "--limit", defaultValue = "0", description = "only the first N documents of each")
  int limit;

  @Option(
      names = {"-q", "--quiet"},
      description = "no progress bars")
  boolean quiet;

  @Mixin EngineOptions engine = new EngineOptions();

  @Override
  public Integer call() throws Exception {
    for (Path p : new Path[] {tempeval, duc}) {
      if (!p.toString().equals("none") && !Files.isRegularFile(p)) {
        throw new Main.UserError("no such file: " + p);
      }
    }
    try (Progress progress = new Progress(System.err, quiet)) {
      DateEvaluation eval = new DateEvaluation(engine.engine(null), progress);
      boolean te = !tempeval.toString().equals("none");
      DateEvaluation.TimexScore given = te ? eval.tempEval(tempeval, limit, true) : null;
      DateEvaluation.TimexScore withheld = te ? eval.tempEval(tempeval, limit, false) : null;
      DateEvaluation.WritingDateScore written =
          duc.toString().equals("none") ? null : eval.writingDates(duc, limit);
      progress.end();
      System.out.print(DateEvaluation.report(given, withheld, written));
    }
    return 0;
  }
}
