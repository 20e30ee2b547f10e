package dev.dossier.engine;

import dev.dossier.analyze.BriefingBuilder;
import dev.dossier.analyze.BriefingOptions;
import dev.dossier.analyze.summary.Selection;
import dev.dossier.analyze.summary.SummaryInput;
import dev.dossier.annotate.StoryAnnotator;
import dev.dossier.ingest.ArticleLoader;
import dev.dossier.ingest.IngestResult;
import dev.dossier.ingest.InputException;
import dev.dossier.model.AnnotatedStory;
import dev.dossier.model.Article;
import dev.dossier.model.briefing.Briefing;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Dossier's engine: many news reports about one happening in, one cited briefing out; a stream of
 * articles in, stories out. The CLI, evaluation, and any server or batch job call this class and
 * nothing below it.
 *
 * <p>Build one per process and share it: it is immutable and thread-safe, and it loads its heavy
 * resources (CoreNLP's models, the summarizer's models) once, on first use, so the second briefing
 * costs only the work. Example:
 *
 * <pre>{@code
 * Dossier dossier = Dossier.builder().threads(2).summaryWords(150).build();
 * Briefing briefing = dossier.brief(List.of("examples/valmere-ferry-strike"));
 * System.out.println(Dossier.render(briefing, "md"));
 * }</pre>
 *
 * <p>User errors (a missing path, input with no readable article) are {@link InputException}s with
 * a message fit to show as it is; a bad option is an {@link IllegalArgumentException} thrown by the
 * builder.
 */
public final class Dossier {
  private final DossierOptions options;
  private final EngineResources resources = new EngineResources();

  private Dossier(DossierOptions options) {
    this.options = options;
  }

  /** An engine with the default options. */
  public static Dossier create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public DossierOptions options() {
    return options;
  }

  /**
   * Reads and cleans articles from files, folders or globs (.txt, .html, .jsonl, .rss/.atom/.xml,
   * .warc), the same way {@link StoryArchive#ingest} does: an article has the same id in a briefing
   * and in an archive. Files that cannot be read are skipped and named in {@link
   * IngestResult#problems()}.
   *
   * @throws InputException when a path does not exist or nothing readable is left
   */
  public IngestResult read(List<String> paths) {
    return new ArticleLoader(options.maxFileBytes()).load(paths);
  }

  /**
   * Loads every heavy resource now (CoreNLP's models and the summarizer's, on two threads) rather
   * than on first use: for a server that should answer its first request as fast as its hundredth.
   *
   * @return this engine
   */
  public Dossier warmUp() {
    java.util.concurrent.CompletableFuture<?> summarizer =
        java.util.concurrent.CompletableFuture.runAsync(resources::summarizer);
    resources.annotator();
    resources.preparer();
    summarizer.join();
    return this;
  }

  /** A briefing of the articles in {@code paths}, reference dates from the texts. */
  public Briefing brief(List<String> paths) {
    return brief(read(paths).articles(), null, ProgressListener.NONE);
  }

  /**
   * A briefing of one story's articles.
   *
   * @param referenceDate the date relative expressions ("on Monday") are read against, or null to
   *     take each article's publication date, else infer it from the texts
   * @param listener gets annotation progress in words
   */
  public Briefing brief(
      List<Article> articles, LocalDate referenceDate, ProgressListener listener) {
    // The summarizer's models (LightGBM, the ONNX embedder) load on another thread while CoreNLP's
    // load and
    // annotate: a cold briefing pays for the slower of the two, not for both.
    java.util.concurrent.CompletableFuture<?> summarizer =
        java.util.concurrent.CompletableFuture.runAsync(resources::summarizer);
    AnnotatedStory story = annotate(articles, referenceDate, listener);
    summarizer.join();
    return build(story);
  }

  /** The annotation stage alone: sentences, entities, quotes and dates of every article. */
  public AnnotatedStory annotate(
      List<Article> articles, LocalDate referenceDate, ProgressListener listener) {
    Objects.requireNonNull(listener, "listener");
    if (articles.isEmpty()) {
      throw new InputException("no article to brief");
    }
    long words = articles.stream().mapToLong(Article::words).sum();
    listener.begin("Annotating " + articles.size() + " articles", words, "words");
    try {
      listener.note("loading language models");
      StoryAnnotator annotator = new StoryAnnotator(resources.annotator(), options.threads());
      listener.note("");
      return annotator.annotate(articles, referenceDate, listener::step);
    } finally {
      listener.end();
    }
  }

  /**
   * Every date expression of each article that resolves to a calendar date, read against that
   * article's reference date: what {@code dossier dates} writes.
   *
   * @param referenceDate a date every article is read against, or null (each article's own)
   */
  public List<ArticleDates> dates(
      List<Article> articles, LocalDate referenceDate, ProgressListener listener) {
    AnnotatedStory story = annotate(articles, referenceDate, listener);
    List<ArticleDates> out = new java.util.ArrayList<>();
    for (int i = 0; i < story.articles().size(); i++) {
      Article a = story.articles().get(i).article();
      out.add(
          new ArticleDates(
              a,
              story.dates().of(a.id()),
              dev.dossier.analyze.timeline.DateExpressions.of(story, i)));
    }
    return out;
  }

  /** An article's reference date and its resolved date expressions. */
  public record ArticleDates(
      Article article,
      dev.dossier.model.ReferenceDate reference,
      List<dev.dossier.analyze.timeline.DateExpressions.Resolved> expressions) {
    public ArticleDates {
      expressions = List.copyOf(expressions);
    }
  }

  /**
   * The analysis stage alone: summary, facts, divergences, quotes, timeline and actors of a story.
   */
  public Briefing build(AnnotatedStory story) {
    return new BriefingBuilder(
            resources.summarizer(), BriefingOptions.withWords(options.summaryWords()))
        .build(story);
  }

  /**
   * An extractive summary of one cluster of raw documents (no annotation beyond sentences): the
   * path of {@code dossier summarize} and of evaluation.
   *
   * @param words the summary's length in words
   * @return the chosen sentences in reading order; empty when no document has text
   */
  public List<Selection> summarize(String id, List<String> documents, int words) {
    BriefingOptions.withWords(words);
    SummaryInput input = prepare(id, documents);
    return input.docs().isEmpty() ? List.of() : resources.summarizer().summarize(input, words);
  }

  /**
   * Summaries of every cluster of a JSONL file, written line by line to {@code out} as they finish;
   * a rerun resumes after the ids already there (unless {@code restart}). A malformed line or a
   * cluster that fails is skipped with a warning.
   *
   * @throws InputException when {@code in} does not exist
   */
  public BatchReport summarizeFile(
      Path in, Path out, int words, boolean restart, ProgressListener listener)
      throws java.io.IOException {
    BriefingOptions.withWords(words);
    return new SummaryBatch(this, words, listener).run(in, out, restart);
  }

  /**
   * Groups the articles of a JSONL file ({@code id}, {@code text}, optional {@code title}, {@code
   * source}, {@code published} per line) into stories, writing {@code {"id", "story",
   * "duplicate_of"}} per article.
   *
   * @throws InputException when {@code in} does not exist
   */
  public GroupingReport clusterFile(Path in, Path out, ProgressListener listener)
      throws java.io.IOException {
    return new StreamGrouping(this, listener).run(in, out);
  }

  /**
   * What a grouping run did: articles assigned, stories, copies linked to their original, items
   * skipped.
   */
  public record GroupingReport(int articles, int stories, int copies, int skipped, double seconds) {
    public double perSecond() {
      return articles / Math.max(seconds, 1e-9);
    }
  }

  /** What a batch did: clusters written now, found done from an earlier run, and skipped. */
  public record BatchReport(int written, int alreadyDone, int skipped, double seconds) {
    public double perSecond() {
      return written / Math.max(seconds, 1e-9);
    }
  }

  /**
   * The summarizer's view of raw documents: cleaned and split into sentences, as {@link #summarize}
   * sees.
   */
  public SummaryInput prepare(String id, List<String> documents) {
    return resources.preparer().prepare(id, documents);
  }

  /** The preparer itself, for evaluation harnesses that run many systems over the same input. */
  public SummaryPreparer preparer() {
    return resources.preparer();
  }

  /**
   * Opens (or creates) the archive in {@code folder}: ingest, stories, search, and briefings of
   * stored stories. Close it when done; one process at a time may ingest into a folder.
   */
  public StoryArchive openArchive(Path folder) {
    return StoryArchive.open(this, folder, true);
  }

  /**
   * Opens an archive that must exist already, for reading only: stories, search and briefings of
   * what its writer has committed, also while another process ingests into it.
   */
  public StoryArchive openExistingArchive(Path folder) {
    return StoryArchive.open(this, folder, false);
  }

  /** A briefing rendered as {@code json}, {@code md} or {@code html}. */
  public static String render(Briefing briefing, String format) {
    return dev.dossier.render.BriefingRenderer.forFormat(format).render(briefing);
  }

  /** Builds a {@link Dossier}; every option has a sane default. */
  public static final class Builder {
    private DossierOptions options = DossierOptions.defaults();

    private Builder() {}

    /** Annotation and summarization threads (default: the machine's cores). */
    public Builder threads(int n) {
      options = options.withThreads(n);
      return this;
    }

    /** A briefing's summary length in words, 10 to 5000 (default 200). */
    public Builder summaryWords(int n) {
      options = options.withSummaryWords(n);
      return this;
    }

    /** Files read whole above this size are skipped with a warning (default 64 MiB). */
    public Builder maxFileBytes(long n) {
      options = options.withMaxFileBytes(n);
      return this;
    }

    public Builder options(DossierOptions o) {
      options = Objects.requireNonNull(o, "options");
      return this;
    }

    public Dossier build() {
      return new Dossier(options);
    }
  }
}
