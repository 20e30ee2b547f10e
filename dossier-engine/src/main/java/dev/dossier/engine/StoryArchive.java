package dev.dossier.engine;

import dev.dossier.archive.Archive;
import dev.dossier.archive.ArchiveException;
import dev.dossier.archive.ArchivedArticle;
import dev.dossier.archive.StorySummary;
import dev.dossier.group.cluster.Assignment;
import dev.dossier.group.cluster.ClusterText;
import dev.dossier.group.cluster.ClustererOptions;
import dev.dossier.group.cluster.StoryClusterer;
import dev.dossier.ingest.ArticleLoader;
import dev.dossier.ingest.IngestProblem;
import dev.dossier.ingest.InputException;
import dev.dossier.ingest.InputFiles;
import dev.dossier.model.Article;
import dev.dossier.model.briefing.Briefing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An archive of articles grouped into stories, opened through {@link Dossier#openArchive}: ingest
 * adds articles (cleaned, copies linked to their original, grouped online), and stories, search and
 * briefings read it. Not thread-safe for ingest: one ingest at a time per archive. Opened with
 * {@link Dossier#openExistingArchive}, it only reads, and works while another process ingests.
 */
public final class StoryArchive implements AutoCloseable {
  /**
   * Articles between commits (and merge passes of the clusterer): an ingest that is killed loses at
   * most this many, and a rerun adds them; readers see new articles in their stories this often.
   */
  public static final int COMMIT_EVERY = StoryClusterer.CONSOLIDATE_EVERY;

  /** Skipped items warned about one by one at most in an ingest; the rest are counted by reason. */
  public static final int WARNINGS_SHOWN = 20;

  private final Dossier dossier;
  private final Path folder;
  private final Archive archive;

  private StoryArchive(Dossier dossier, Path folder, Archive archive) {
    this.dossier = dossier;
    this.folder = folder;
    this.archive = archive;
  }

  static StoryArchive open(Dossier dossier, Path folder, boolean create) {
    if (!create && !Files.isDirectory(folder)) {
      throw new InputException("no archive in " + folder + ": run dossier ingest first");
    }
    try {
      return new StoryArchive(
          dossier, folder, create ? Archive.open(folder) : Archive.openForReading(folder));
    } catch (ArchiveException e) {
      throw new InputException(e.getMessage());
    }
  }

  public Path folder() {
    return folder;
  }

  public int size() {
    return archive.size();
  }

  /**
   * Reads the articles of {@code paths} and adds those not stored yet. Cheap features only (no NLP
   * models); committed every {@link #COMMIT_EVERY} articles and at the end, also when the JVM is
   * stopped.
   *
   * @param listener gets progress in articles and a warning per skipped item
   */
  public IngestReport ingest(List<String> paths, ProgressListener listener) {
    List<Path> files = InputFiles.expand(paths);
    long t0 = System.nanoTime();
    GroupingState state = GroupingState.restore(folder, archive, listener);
    Ingestion run = new Ingestion(state, listener);
    Thread hook = new Thread(archive::commit, "dossier-commit-on-exit");
    Runtime.getRuntime().addShutdownHook(hook);
    ArticleLoader loader = new ArticleLoader(dossier.options().maxFileBytes());
    // Articles, not files, are the unit of progress: one JSONL or WARC file can hold thousands, and
    // how many
    // is unknown until read.
    listener.begin("Ingesting", -1, "articles");
    try (ParallelCleaning cleaning =
        new ParallelCleaning(loader, dossier.options().threads(), run::store)) {
      loader.stream(files, cleaning::accept, run::problem);
      cleaning.flush();
    } finally {
      listener.end();
    }
    run.mergeStories();
    archive.commit();
    Runtime.getRuntime().removeShutdownHook(hook);
    // Unchanged state (nothing added, nothing replayed) is not written again: it is ~5 KB an
    // article.
    if (run.added > 0 || state.replayed() > 0 || !state.fromSnapshot()) {
      try {
        GroupingSnapshot.save(
            folder, archive.nextSeq(), archive.size(), state.idOfKey(), state.clusterer());
      } catch (IOException e) {
        listener.warn(
            "could not save the grouping state ("
                + e.getMessage()
                + "); the next ingest will rebuild it");
      }
    }
    return new IngestReport(
        run.added,
        run.copies,
        run.present,
        run.skipped,
        run.skipReasons,
        state.replayed(),
        archive.size(),
        state.clusterer().stories(),
        (System.nanoTime() - t0) / 1e9);
  }

  /** The stories (two articles or more from two outlets or more), newest first. */
  public List<StorySummary> stories(LocalDate since, String query) {
    return archive.stories(since, query);
  }

  /** Full-text search with scores and snippets, best first. */
  public List<dev.dossier.archive.SearchHit> hits(String query, int n) {
    return archive.hits(query, n);
  }

  /** Groups the clusterer made, stories or not. */
  public int groups() {
    return archive.groups();
  }

  /** Full-text search (BM25) over the stored articles, best first. */
  public List<ArchivedArticle> search(String query, int n) {
    return archive.search(query, n);
  }

  /** A stored story's articles, copies left out (they would only repeat their original). */
  public List<Article> story(String id) {
    List<Article> articles =
        archive.story(id).stream()
            .filter(a -> a.duplicateOf() == null)
            .map(ArchivedArticle::article)
            .toList();
    if (articles.isEmpty()) {
      throw new InputException("no story " + id + " in " + folder + " (see dossier stories)");
    }
    return articles;
  }

  /** A briefing of a stored story. */
  public Briefing brief(String storyId, LocalDate referenceDate, ProgressListener listener) {
    return dossier.brief(story(storyId), referenceDate, listener);
  }

  @Override
  public void close() {
    archive.close();
  }

  /** The clusterer and the article id of each archive key, brought up to date with the archive. */
  private record GroupingState(
      StoryClusterer clusterer, Map<String, String> idOfKey, int replayed, boolean fromSnapshot) {
    static GroupingState restore(Path folder, Archive archive, ProgressListener listener) {
      GroupingSnapshot.Loaded saved =
          GroupingSnapshot.load(folder, ClustererOptions.defaults(), listener::warn);
      List<ArchivedArticle> after = saved == null ? List.of() : archive.since(saved.nextSeq());
      if (saved != null && saved.articles() + after.size() != archive.size()) {
        listener.warn(
            "the grouping state in " + folder + " does not match its archive; rebuilding it");
        saved = null;
      }
      StoryClusterer clusterer =
          saved == null ? new StoryClusterer(ClustererOptions.defaults()) : saved.clusterer();
      Map<String, String> idOfKey =
          saved == null ? new HashMap<>() : new HashMap<>(saved.idOfKey());
      List<ArchivedArticle> replay = saved == null ? archive.all() : after;
      if (!replay.isEmpty()) {
        listener.note("replaying " + replay.size() + " archived articles into the grouping state");
      }
      for (ArchivedArticle a : replay) {
        clusterer.restore(a.key(), ClusterText.of(a.article()), a.article().published(), a.story());
        idOfKey.put(a.key(), a.article().id());
      }
      return new GroupingState(clusterer, idOfKey, replay.size(), saved != null);
    }
  }

  /** One ingest's counts, and how it stores an article. */
  private final class Ingestion {
    /** Warnings shown one by one at most; the rest are only counted, by reason, in the report. */
    static final int WARNINGS_SHOWN = StoryArchive.WARNINGS_SHOWN;

    private final GroupingState state;
    private final ProgressListener listener;
    private final Map<String, Integer> skipReasons = new TreeMap<>();
    private int added;
    private int copies;
    private int present;
    private int skipped;

    Ingestion(GroupingState state, ProgressListener listener) {
      this.state = state;
      this.listener = listener;
    }

    void store(ParallelCleaning.Cleaned cleaned) {
      listener.step(1);
      cleaned.problems().forEach(this::problem);
      Article a = cleaned.article();
      if (a == null) {
        return;
      }
      String key = ArchiveKey.of(a.id(), a.text());
      if (archive.contains(key)) {
        present++;
        return;
      }
      Assignment s = state.clusterer().add(key, ClusterText.of(a), a.published());
      String original = s.duplicateOf() == null ? null : state.idOfKey().get(s.duplicateOf());
      archive.add(new ArchivedArticle(archive.nextSeq(), key, a, s.story(), original));
      state.idOfKey().put(key, a.id());
      added++;
      copies += original != null ? 1 : 0;
      listener.note(added + " new");
      if (added % COMMIT_EVERY == 0) {
        mergeStories();
        archive.commit();
      }
    }

    /** The clusterer's merge pass, carried into the archive. */
    void mergeStories() {
      Map<String, String> into = state.clusterer().consolidate();
      if (!into.isEmpty()) {
        archive.moveStories(into);
      }
    }

    void problem(IngestProblem p) {
      skipped++;
      skipReasons.merge(p.reason(), 1, Integer::sum);
      if (skipped <= WARNINGS_SHOWN) {
        listener.warn(p.toString());
      } else if (skipped == WARNINGS_SHOWN + 1) {
        listener.warn("more items skipped; counts by reason follow the summary");
      }
    }
  }
}
