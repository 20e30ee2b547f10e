package dev.dossier.ingest;

import dev.dossier.model.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads and cleans the articles of one story from files. Per-file problems (empty, binary, too
 * large, malformed lines) are collected and the rest is read; only a missing path or an input with
 * no article at all is an {@link InputException}.
 */
public final class ArticleLoader {
  private final FileDecoder decoder;
  private final DebrisCleaner cleaner = new DebrisCleaner();

  public ArticleLoader(long maxFileBytes) {
    this.decoder = new FileDecoder(maxFileBytes);
  }

  public ArticleLoader() {
    this(FileDecoder.DEFAULT_MAX_BYTES);
  }

  /**
   * Reads every article of the named files, folders or globs and cleans them, for a story briefed
   * whole. The articles and their ids are those {@link #stream} gives, so a briefing and an archive
   * name an article alike.
   */
  public IngestResult load(List<String> paths) {
    List<IngestProblem> problems = new ArrayList<>();
    List<Article> raw = new ArrayList<>();
    stream(InputFiles.expand(paths), raw::add, problems::add);
    return clean(raw, problems);
  }

  /**
   * The one reading path for every input format: each raw (uncleaned) article goes to {@code sink}
   * as it is read, each problem to {@code problems}. JSONL and WARC files are streamed, so memory
   * stays bounded however large they are; other files are read whole (up to the decoder's limit).
   * An article's id is its own (a JSONL line's {@code id}) or the file's name without extension,
   * made unique within the run.
   */
  public void stream(List<Path> files, Consumer<Article> sink, Consumer<IngestProblem> problems) {
    Set<String> ids = new HashSet<>();
    for (Path f : files) {
      ArticleFormat format = ArticleFormat.of(f);
      if (format == null) {
        problems.accept(
            new IngestProblem(
                f.toString(),
                "unknown file type (expected .txt, .html, .jsonl, .rss, .atom, .xml or .warc)"));
        continue;
      }
      String base = uniqueId(baseName(f), ids);
      if (format == ArticleFormat.WARC) {
        new WarcArticleSource().read(f, sink, problems);
        continue;
      }
      if (format == ArticleFormat.JSONL) {
        new JsonlArticleStream().read(f, base, sink, problems);
        continue;
      }
      String content;
      try {
        content = decoder.decode(f, problems);
      } catch (FileDecoder.UnreadableFileException e) {
        problems.accept(new IngestProblem(f.toString(), e.getMessage()));
        continue;
      }
      readerFor(format).read(base, f.toString(), content, problems).forEach(sink);
    }
  }

  /** One article cleaned of web debris; null when no text is left (the problem says so). */
  public Article cleanOne(Article raw, Consumer<IngestProblem> problems) {
    Article a = cleaner.clean(List.of(raw)).get(0);
    if (a.text().isBlank()) {
      problems.accept(
          new IngestProblem(
              raw.file() == null ? raw.id() : raw.file(), "no article text left after cleaning"));
      return null;
    }
    return a;
  }

  /** Cleans articles that came from elsewhere (a JSONL cluster line, a test). */
  public IngestResult clean(List<Article> raw, List<IngestProblem> earlier) {
    List<IngestProblem> problems = new ArrayList<>(earlier);
    List<Article> kept = new ArrayList<>();
    for (Article a : cleaner.clean(raw)) {
      if (a.text().isBlank()) {
        problems.add(
            new IngestProblem(
                a.file() == null ? a.id() : a.file(), "no article text left after cleaning"));
      } else {
        kept.add(a);
      }
    }
    if (kept.isEmpty()) {
      throw new InputException(
          "no readable article in the input"
              + (problems.isEmpty()
                  ? ""
                  : " ("
                      + problems.size()
                      + " problem"
                      + (problems.size() == 1 ? "" : "s")
                      + ": "
                      + problems.get(0)
                      + ")"));
    }
    return new IngestResult(kept, problems);
  }

  private static ArticleReader readerFor(ArticleFormat format) {
    return switch (format) {
      case TEXT -> new TextArticleReader();
      case HTML -> new HtmlArticleReader();
      case JSONL -> throw new IllegalStateException("JSONL files are streamed, not read whole");
      case FEED -> new FeedArticleReader();
      case WARC -> throw new IllegalStateException("WARC files are streamed, not read whole");
    };
  }

  private static String baseName(Path f) {
    String n = f.getFileName().toString();
    int dot = n.indexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  private static String uniqueId(String base, Set<String> ids) {
    String id = base;
    for (int k = 2; !ids.add(id); k++) {
      id = base + "-" + k;
    }
    return id;
  }
}
