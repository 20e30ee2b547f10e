package dev.dossier.cli;

import dev.dossier.archive.Archive;
import dev.dossier.archive.ArchiveException;
import dev.dossier.archive.ArchivedArticle;
import dev.dossier.group.cluster.Assignment;
import dev.dossier.group.cluster.ClustererOptions;
import dev.dossier.group.cluster.StoryClusterer;
import dev.dossier.ingest.ArticleFormat;
import dev.dossier.ingest.ArticleReader;
import dev.dossier.ingest.DebrisCleaner;
import dev.dossier.ingest.JsonlArticleStream;
import dev.dossier.ingest.FeedArticleReader;
import dev.dossier.ingest.FileDecoder;
import dev.dossier.ingest.HtmlArticleReader;
import dev.dossier.ingest.IngestProblem;
import dev.dossier.ingest.InputFiles;
import dev.dossier.ingest.JsonlArticleReader;
import dev.dossier.ingest.TextArticleReader;
import dev.dossier.ingest.WarcArticleSource;
import dev.dossier.model.Article;
import dev.dossier.model.TextKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dossier ingest}: reads articles (text, HTML, JSONL, RSS/Atom, WARC) file by file, cleans each, links
 * copies to their original, groups articles into stories and stores them in the archive. Cheap features only
 * (no NLP models), committed every {@link #COMMIT_EVERY} articles: killed, it loses at most that many, and
 * running it again adds only what is missing.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Add articles to the archive (--data, default ./dossier-data): files, folders or globs of .txt, "
        + ".html, .jsonl, .rss/.atom/.xml feeds and .warc/.warc.gz web archives.")
final class IngestCommand implements Callable<Integer> {
  static final int COMMIT_EVERY = 500;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "files, folders or globs")
  List<String> paths;

  @picocli.CommandLine.Mixin
  DataDir data = new DataDir();

  @Option(names = {"-q", "--quiet"}, description = "no progress bar or warnings")
  boolean quiet;

  private int added;
  private int copies;
  private int present;
  private int skipped;

  @Override
  public Integer call() {
    List<Path> files = InputFiles.expand(paths);
    Path folder = data.folder();
    long t0 = System.nanoTime();
    try (Archive archive = Archive.open(folder)) {
      GroupingSnapshot.Loaded saved = GroupingSnapshot.load(folder, ClustererOptions.defaults(), this::warn);
      List<ArchivedArticle> after = saved == null ? List.of() : archive.since(saved.nextSeq());
      if (saved != null && saved.articles() + after.size() != archive.size()) {
        warn("the grouping state in " + folder + " does not match its archive; rebuilding it");
        saved = null;
      }
      StoryClusterer clusterer = saved == null ? new StoryClusterer(ClustererOptions.defaults()) : saved.clusterer();
      Map<String, String> idOfKey = saved == null ? new HashMap<>() : new HashMap<>(saved.idOfKey());
      List<ArchivedArticle> replay = saved == null ? archive.all() : after;
      if (!replay.isEmpty() && !quiet) {
        System.err.printf("replaying %d archived articles into the grouping state%n", replay.size());
      }
      for (ArchivedArticle a : replay) {
        String text = a.article().title() == null ? a.article().text() : a.article().title() + "\n\n" + a.article().text();
        clusterer.restore(a.key(), text, a.article().published(), a.story());
        idOfKey.put(a.key(), a.article().id());
      }
      Thread hook = new Thread(archive::commit, "dossier-commit-on-exit");
      Runtime.getRuntime().addShutdownHook(hook);
      DebrisCleaner cleaner = new DebrisCleaner();
      FileDecoder decoder = new FileDecoder(FileDecoder.DEFAULT_MAX_BYTES);
      // Articles, not files, are the unit of progress: one JSONL or WARC file can hold thousands. How many
      // there will be is unknown until read, so the bar counts and shows the rate.
      try (Progress progress = new Progress("Ingesting", -1, "articles", quiet)) {
        int[] fileNo = {0};
        Consumer<Article> sink = a -> {
          store(archive, clusterer, cleaner, idOfKey, a);
          progress.step(1);
          progress.extraMessage(added + " new, file " + fileNo[0] + "/" + files.size());
        };
        for (Path f : files) {
          fileNo[0]++;
          readFile(f, decoder, sink);
        }
      }
      archive.commit();
      Runtime.getRuntime().removeShutdownHook(hook);
      // Unchanged state (nothing added, nothing replayed) is not written again: it is ~5 KB an article.
      try {
        if (added > 0 || !replay.isEmpty() || saved == null) {
          GroupingSnapshot.save(folder, archive.nextSeq(), archive.size(), idOfKey, clusterer);
        }
      } catch (java.io.IOException e) {
        warn("could not save the grouping state (" + e.getMessage() + "); the next ingest will rebuild it");
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      if (!quiet) {
        System.err.printf("ingested %d new articles (%d copies linked to their original), %d already in the archive, "
            + "%d skipped; archive %s holds %d articles in %d stories; %.1f s (%.0f articles/s)%n", added, copies,
            present, skipped, folder, archive.size(), clusterer.stories(), secs, (added + present) / Math.max(secs, 1e-9));
        skipReasons.forEach((reason, n) -> System.err.printf("  skipped %d: %s%n", n, reason));
      }
    } catch (ArchiveException e) {
      throw new Main.UserError(e.getMessage());
    }
    return 0;
  }

  private void readFile(Path f, FileDecoder decoder, Consumer<Article> sink) {
    ArticleFormat format = ArticleFormat.of(f);
    if (format == null) {
      problem(new IngestProblem(f.toString(), "unknown file type"));
      return;
    }
    if (format == ArticleFormat.WARC) {
      new WarcArticleSource().read(f, sink, this::problem);
      return;
    }
    if (format == ArticleFormat.JSONL) {
      new JsonlArticleStream().read(f, sink, this::problem); // line by line: dumps can be gigabytes
      return;
    }
    String content;
    try {
      content = decoder.decode(f, this::problem);
    } catch (FileDecoder.UnreadableFileException e) {
      problem(new IngestProblem(f.toString(), e.getMessage()));
      return;
    }
    ArticleReader reader = switch (format) {
      case TEXT -> new TextArticleReader();
      case HTML -> new HtmlArticleReader();
      case JSONL -> new JsonlArticleReader();
      default -> new FeedArticleReader();
    };
    String base = f.getFileName().toString();
    reader.read(base, f.toString(), content, this::problem).forEach(sink);
  }

  private void store(Archive archive, StoryClusterer clusterer, DebrisCleaner cleaner, Map<String, String> idOfKey,
      Article raw) {
    Article a = cleaner.clean(List.of(raw)).get(0);
    if (a.text().isBlank()) {
      problem(new IngestProblem(raw.id(), "no article text left after cleaning"));
      return;
    }
    String key = key(a.id(), a.text());
    if (archive.contains(key)) {
      present++;
      return;
    }
    // The headline carries the story's key words: it counts for grouping, not for the stored text.
    String forGrouping = a.title() == null ? a.text() : a.title() + "\n\n" + a.text();
    Assignment s = clusterer.add(key, forGrouping, a.published());
    String original = s.duplicateOf() == null ? null : idOfKey.get(s.duplicateOf());
    archive.add(new ArchivedArticle(archive.nextSeq(), key, a, s.story(), original));
    idOfKey.put(key, a.id());
    added++;
    copies += original != null ? 1 : 0;
    if (added % COMMIT_EVERY == 0) {
      archive.commit();
    }
  }

  /**
   * The archive key: SHA-256 of the article's id and its text's comparison form. Re-ingesting an article adds
   * nothing; the same text under another id (a syndicated copy) is stored and linked to its original.
   */
  static String key(String id, String text) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256")
          .digest((id + "\n" + TextKey.of(text).value()).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private void warn(String message) {
    if (!quiet) {
      System.err.println("warning: " + message);
    }
  }

  /** Warnings printed one by one at most; the rest are only counted, by reason, in the summary. */
  static final int WARNINGS_SHOWN = 20;
  private final Map<String, Integer> skipReasons = new java.util.TreeMap<>();

  private void problem(IngestProblem p) {
    skipped++;
    skipReasons.merge(p.reason(), 1, Integer::sum);
    if (!quiet && skipped <= WARNINGS_SHOWN) {
      System.err.println("warning: " + p);
    } else if (!quiet && skipped == WARNINGS_SHOWN + 1) {
      System.err.println("warning: more items skipped; counts by reason follow the summary");
    }
  }
}
