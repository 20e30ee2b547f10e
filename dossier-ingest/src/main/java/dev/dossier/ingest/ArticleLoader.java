package dev.dossier.ingest;

import dev.dossier.model.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads and cleans the articles of one story from files. Per-file problems (empty, binary, too large,
 * malformed lines) are collected and the rest is read; only a missing path or an input with no article at
 * all is an {@link InputException}.
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

  public IngestResult load(List<String> paths) {
    List<Path> files = InputFiles.expand(paths);
    List<IngestProblem> problems = new ArrayList<>();
    List<Article> raw = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Path f : files) {
      ArticleFormat format = ArticleFormat.of(f);
      if (format == null) {
        problems.add(new IngestProblem(f.toString(), "unknown file type (expected .txt, .html, .jsonl, .rss, .atom, .xml or .warc)"));
        continue;
      }
      if (format == ArticleFormat.WARC) {
        new WarcArticleSource().read(f, raw::add, problems::add);
        continue;
      }
      String content;
      try {
        content = decoder.decode(f, problems::add);
      } catch (FileDecoder.UnreadableFileException e) {
        problems.add(new IngestProblem(f.toString(), e.getMessage()));
        continue;
      }
      String base = uniqueId(baseName(f), ids);
      raw.addAll(readerFor(format).read(base, f.toString(), content, problems::add));
    }
    return clean(raw, problems);
  }

  /** Cleans articles that came from elsewhere (a JSONL cluster line, a test). */
  public IngestResult clean(List<Article> raw, List<IngestProblem> earlier) {
    List<IngestProblem> problems = new ArrayList<>(earlier);
    List<Article> kept = new ArrayList<>();
    for (Article a : cleaner.clean(raw)) {
      if (a.text().isBlank()) {
        problems.add(new IngestProblem(a.file() == null ? a.id() : a.file(), "no article text left after cleaning"));
      } else {
        kept.add(a);
      }
    }
    if (kept.isEmpty()) {
      throw new InputException("no readable article in the input" + (problems.isEmpty() ? "" : " ("
          + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + ": " + problems.get(0) + ")"));
    }
    return new IngestResult(kept, problems);
  }

  private static ArticleReader readerFor(ArticleFormat format) {
    return switch (format) {
      case TEXT -> new TextArticleReader();
      case HTML -> new HtmlArticleReader();
      case JSONL -> new JsonlArticleReader();
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
