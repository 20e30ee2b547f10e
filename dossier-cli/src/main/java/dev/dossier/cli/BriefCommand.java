package dev.dossier.cli;

import dev.dossier.analyze.BriefingBuilder;
import dev.dossier.archive.Archive;
import dev.dossier.archive.ArchivedArticle;
import dev.dossier.analyze.BriefingOptions;
import dev.dossier.analyze.summary.LearnedSummarizer;
import dev.dossier.annotate.AnnotatedStory;
import dev.dossier.annotate.ArticleAnnotator;
import dev.dossier.annotate.CoreNlpModels;
import dev.dossier.annotate.StoryAnnotator;
import dev.dossier.ingest.ArticleLoader;
import dev.dossier.ingest.IngestProblem;
import dev.dossier.ingest.IngestResult;
import dev.dossier.model.Article;
import dev.dossier.model.briefing.Briefing;
import dev.dossier.render.BriefingRenderer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier brief PATH...}: one briefing from the reports on one story. */
@Command(name = "brief", mixinStandardHelpOptions = true,
    description = "Brief a story: read the reports in PATH (folders, files or globs of .txt, .html, .jsonl, "
        + ".rss/.atom/.xml, .warc) or a story of the archive (--story), and write one cited briefing.")
final class BriefCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PATH", arity = "0..*", description = "folders, files or globs with the articles")
  List<String> paths;

  @Option(names = "--story", description = "brief a story of the archive instead (see dossier stories)")
  String story;

  @picocli.CommandLine.Mixin
  DataDir data = new DataDir();

  @Option(names = "--format", defaultValue = "md", description = "json, md or html (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = "--out", description = "write to this file instead of standard output")
  Path out;

  @Option(names = "--words", defaultValue = "200", description = "summary length in words (default: ${DEFAULT-VALUE})")
  int words;

  @Option(names = "--date", description = "reference date YYYY-MM-DD for relative dates (default: from metadata, "
      + "else inferred from the texts)")
  String date;

  @Option(names = "--threads", description = "annotation threads (default: number of cores)")
  Integer threads;

  @Option(names = {"-q", "--quiet"}, description = "no progress bar or warnings")
  boolean quiet;

  @Override
  public Integer call() {
    BriefingRenderer renderer = BriefingRenderer.forFormat(format);
    BriefingOptions options = BriefingOptions.withWords(words);
    LocalDate given = parseDate(date);
    IngestResult input = story != null ? fromArchive() : new ArticleLoader().load(paths == null ? List.of() : paths);
    if (!quiet) {
      for (IngestProblem p : input.problems()) {
        System.err.println("warning: " + p);
      }
    }
    List<Article> articles = input.articles();
    long totalWords = articles.stream().mapToLong(Article::words).sum();
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    AnnotatedStory story;
    long loadStart = System.nanoTime();
    long annotateStart;
    try (Progress progress = new Progress("Annotating " + articles.size() + " articles", totalWords, "words", quiet)) {
      progress.extraMessage("loading language models");
      CoreNlpModels models = CoreNlpModels.shared();
      progress.extraMessage("");
      annotateStart = System.nanoTime();
      story = new StoryAnnotator(new ArticleAnnotator(models), n).annotate(articles, given, progress::step);
    }
    if (!quiet) {
      reportSpeed(story, (annotateStart - loadStart) / 1e9, (System.nanoTime() - annotateStart) / 1e9, n);
    }
    Briefing briefing = new BriefingBuilder(new LearnedSummarizer(), options).build(story);
    String rendered = renderer.render(briefing);
    if (out == null) {
      System.out.print(rendered);
      System.out.flush();
    } else {
      OutputFile.write(out, rendered);
      if (!quiet) {
        System.err.println("wrote " + out);
      }
    }
    return 0;
  }

  private static void reportSpeed(AnnotatedStory story, double loadSecs, double secs, int threads) {
    long tokens = story.articles().stream()
        .flatMap(a -> a.sentences().stream()).mapToLong(s -> s.tokens().size()).sum();
    System.err.printf("models loaded in %.1f s; annotated %d articles, %d tokens in %.1f s (%.0f tokens/s, %d threads)%n",
        loadSecs, story.articles().size(), tokens, secs, tokens / Math.max(secs, 1e-9), threads);
  }

  /** The stored story's articles, copies left out (they would only repeat their original). */
  private IngestResult fromArchive() {
    if (paths != null && !paths.isEmpty()) {
      throw new IllegalArgumentException("give either PATH or --story, not both");
    }
    try (Archive archive = data.openExisting()) {
      List<Article> articles = archive.story(story).stream().filter(a -> a.duplicateOf() == null)
          .map(ArchivedArticle::article).toList();
      if (articles.isEmpty()) {
        throw new Main.UserError("no story " + story + " in " + data.folder() + " (see dossier stories)");
      }
      return new IngestResult(articles, List.of());
    }
  }

  static LocalDate parseDate(String s) {
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--date must be YYYY-MM-DD, got '" + s + "'");
    }
  }
}
