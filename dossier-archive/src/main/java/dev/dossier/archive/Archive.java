package dev.dossier.archive;

import dev.dossier.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The embedded archive under a data folder: one Lucene index whose documents are the articles (text
 * searchable with BM25, every field stored, so the index is also the record store). Writes become
 * durable at {@link #commit()}: a run killed between commits loses only what it had not committed,
 * and since adds are keyed by content, running the same input again completes the job without
 * duplicates. One writer at a time (Lucene's lock); a second one gets a clear error.
 */
public final class Archive implements AutoCloseable {
  private final FSDirectory dir;
  private final IndexWriter writer;
  private final EnglishAnalyzer analyzer = new EnglishAnalyzer();
  private final Snippets snippets = new Snippets(analyzer);
  private final Set<String> keys = new HashSet<>();
  private long nextSeq;

  private Archive(Path folder, boolean write) throws IOException {
    if (write) {
      Files.createDirectories(folder);
    }
    this.dir = FSDirectory.open(folder.resolve("index"));
    if (write) {
      try {
        this.writer =
            new IndexWriter(
                dir,
                new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
      } catch (LockObtainFailedException e) {
        dir.close();
        throw new ArchiveException(
            "the archive in " + folder + " is in use by another dossier run", e);
      }
    } else {
      this.writer = null;
    }
    // Only the key and sequence fields: reading whole articles here made opening a large archive
    // slow.
    try (DirectoryReader r = reader()) {
      StoredFields fields = r.storedFields();
      Set<String> wanted = Set.of("key", "seq");
      for (int doc = 0; doc < r.maxDoc(); doc++) {
        Document d = fields.document(doc, wanted);
        keys.add(d.get("key"));
        nextSeq = Math.max(nextSeq, d.getField("seq").numericValue().longValue() + 1);
      }
    }
  }

  /** Opens (creating if needed) the archive in {@code folder}, to write: one writer at a time. */
  public static Archive open(Path folder) {
    try {
      return new Archive(folder, true);
    } catch (IOException e) {
      throw new ArchiveException("cannot open the archive in " + folder + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens the archive in {@code folder} to read what its writer has committed: works while another
   * process ingests into it (Lucene readers see committed segments, so at most {@link
   * #COMMITTED_NOTE}).
   */
  public static Archive openForReading(Path folder) {
    try {
      try (FSDirectory probe = FSDirectory.open(folder.resolve("index"))) {
        if (!DirectoryReader.indexExists(probe)) {
          throw new ArchiveException(
              "no archive in " + folder + ": run dossier ingest first", null);
        }
      }
      return new Archive(folder, false);
    } catch (IOException e) {
      throw new ArchiveException("cannot read the archive in " + folder + ": " + e.getMessage(), e);
    }
  }

  /** What a reader opened during an ingest may miss. */
  public static final String COMMITTED_NOTE =
      "the articles of an ingest still running appear as it commits them";

  public boolean readOnly() {
    return writer == null;
  }

  private IndexWriter writer() {
    if (writer == null) {
      throw new ArchiveException("the archive was opened for reading", null);
    }
    return writer;
  }

  /** A reader of everything added (writer) or of everything committed (read-only). */
  private DirectoryReader reader() throws IOException {
    return writer != null ? DirectoryReader.open(writer) : DirectoryReader.open(dir);
  }

  public boolean contains(String key) {
    return keys.contains(key);
  }

  public long nextSeq() {
    return nextSeq;
  }

  public int size() {
    return keys.size();
  }

  public void add(ArchivedArticle a) {
    if (!keys.add(a.key())) {
      return;
    }
    nextSeq = Math.max(nextSeq, a.seq() + 1);
    try {
      writer().addDocument(document(a));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Moves the articles of each story in {@code into}'s keys to the story it maps to (the story
   * clusterer's merge pass joined them); pending until the next commit, like adds.
   *
   * @return articles moved
   */
  public int moveStories(Map<String, String> into) {
    int moved = 0;
    if (into.isEmpty()) {
      return 0;
    }
    // One search for all the stories: each search opens a reader, which flushes the writer.
    List<org.apache.lucene.util.BytesRef> ids =
        into.keySet().stream().map(org.apache.lucene.util.BytesRef::new).toList();
    for (ArchivedArticle a :
        find(new org.apache.lucene.search.TermInSetQuery("story", ids), Integer.MAX_VALUE)) {
      ArchivedArticle now =
          new ArchivedArticle(a.seq(), a.key(), a.article(), into.get(a.story()), a.duplicateOf());
      try {
        writer().updateDocument(new Term("key", a.key()), document(now));
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
      moved++;
    }
    return moved;
  }

  private static Document document(ArchivedArticle a) {
    Article art = a.article();
    Document d = new Document();
    d.add(new StringField("key", a.key(), Field.Store.YES));
    d.add(new LongPoint("seq", a.seq()));
    d.add(new StoredField("seq", a.seq()));
    d.add(new NumericDocValuesField("seq", a.seq()));
    d.add(new StringField("id", art.id(), Field.Store.YES));
    d.add(new StringField("story", a.story(), Field.Store.YES));
    if (a.duplicateOf() != null) {
      d.add(new StoredField("duplicate_of", a.duplicateOf()));
    }
    stored(d, "title", art.title());
    stored(d, "source", art.source());
    stored(d, "url", art.url());
    stored(d, "file", art.file());
    stored(d, "published", art.published() == null ? null : art.published().toString());
    if (art.title() != null) {
      d.add(new TextField("title_text", art.title(), Field.Store.NO));
    }
    d.add(new TextField("text", art.text(), Field.Store.YES));
    return d;
  }

  private static void stored(Document d, String field, String value) {
    if (value != null) {
      d.add(new StoredField(field, value));
    }
  }

  /** Makes everything added so far durable. */
  public void commit() {
    try {
      writer().commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every committed and pending article, in ingest order. */
  public List<ArchivedArticle> all() {
    return find(new MatchAllDocsQuery(), Integer.MAX_VALUE);
  }

  /** Articles with a sequence number of at least {@code seq}, in ingest order. */
  public List<ArchivedArticle> since(long seq) {
    return find(LongPoint.newRangeQuery("seq", seq, Long.MAX_VALUE), Integer.MAX_VALUE);
  }

  public List<ArchivedArticle> story(String id) {
    return find(new TermQuery(new Term("story", id)), Integer.MAX_VALUE);
  }

  /** How many groups the clusterer made, stories or not (a lone article is a group of one). */
  public int groups() {
    Set<String> ids = new HashSet<>();
    all().forEach(a -> ids.add(a.story()));
    return ids.size();
  }

  /** Articles matching a query, best first, with their scores and snippets. */
  public List<SearchHit> hits(String query, int n) {
    try (DirectoryReader r = reader()) {
      IndexSearcher s = new IndexSearcher(r);
      Query q = parse(query);
      List<SearchHit> out = new ArrayList<>();
      StoredFields fields = r.storedFields();
      for (ScoreDoc sd : s.search(q, Math.max(1, n)).scoreDocs) {
        ArchivedArticle a = read(fields.document(sd.doc));
        out.add(new SearchHit(a, sd.score, snippets.of(a.article().text(), query)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Articles matching a query (Lucene syntax over title and text, BM25), best first. */
  public List<ArchivedArticle> search(String query, int n) {
    try (DirectoryReader r = reader()) {
      IndexSearcher s = new IndexSearcher(r);
      Query q = parse(query);
      List<ArchivedArticle> out = new ArrayList<>();
      StoredFields fields = r.storedFields();
      for (ScoreDoc sd : s.search(q, n).scoreDocs) {
        out.add(read(fields.document(sd.doc)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Stories with at least two articles from at least two outlets (a lone article is not a story),
   * newest first; only those with an article on or after {@code since}, and matching {@code query},
   * when given.
   */
  public List<StorySummary> stories(LocalDate since, String query) {
    Set<String> matching = null;
    if (query != null && !query.isBlank()) {
      matching = new HashSet<>();
      for (ArchivedArticle a : search(query, 1000)) {
        matching.add(a.story());
      }
    }
    Map<String, List<ArchivedArticle>> byStory = new LinkedHashMap<>();
    for (ArchivedArticle a : all()) {
      byStory.computeIfAbsent(a.story(), k -> new ArrayList<>()).add(a);
    }
    List<StorySummary> out = new ArrayList<>();
    for (var e : byStory.entrySet()) {
      StorySummary story = StoryListing.of(e.getKey(), e.getValue());
      boolean recent =
          story != null
              && (since == null || (story.last() != null && !story.last().isBefore(since)));
      if (recent && (matching == null || matching.contains(e.getKey()))) {
        out.add(story);
      }
    }
    out.sort(
        Comparator.comparing((StorySummary s) -> s.last() == null ? LocalDate.MIN : s.last())
            .reversed()
            .thenComparing(s -> -s.articles()));
    return out;
  }

  private Query parse(String query) {
    try {
      MultiFieldQueryParser p =
          new MultiFieldQueryParser(new String[] {"title_text", "text"}, analyzer);
      p.setDefaultOperator(QueryParser.Operator.AND);
      return p.parse(query);
    } catch (ParseException e) {
      try {
        return new MultiFieldQueryParser(new String[] {"title_text", "text"}, analyzer)
            .parse(QueryParser.escape(query));
      } catch (ParseException again) {
        throw new IllegalArgumentException("cannot search for '" + query + "'");
      }
    }
  }

  private List<ArchivedArticle> find(Query q, int n) {
    try (DirectoryReader r = reader()) {
      IndexSearcher s = new IndexSearcher(r);
      int max = Math.max(1, Math.min(n, r.maxDoc()));
      List<ArchivedArticle> out = new ArrayList<>();
      StoredFields fields = r.storedFields();
      for (ScoreDoc sd :
          s.search(q, max, new Sort(new SortField("seq", SortField.Type.LONG))).scoreDocs) {
        out.add(read(fields.document(sd.doc)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ArchivedArticle read(Document d) {
    String published = d.get("published");
    Article a =
        new Article(
            d.get("id"),
            d.get("title"),
            d.get("source"),
            d.get("url"),
            published == null ? null : LocalDate.parse(published),
            d.get("file"),
            d.get("text"));
    return new ArchivedArticle(
        d.getField("seq").numericValue().longValue(),
        d.get("key"),
        a,
        d.get("story"),
        d.get("duplicate_of"));
  }

  /** Commits and closes. */
  @Override
  public void close() {
    try {
      if (writer != null) {
        writer.commit();
        writer.close();
      }
      dir.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
