package dev.dossier.group.cluster;

import dev.dossier.group.TextFeatures;
import dev.dossier.group.dedup.NearDuplicateIndex;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Story clustering of a stream: an online pass (single pass, group average to stories, as in
 * Miranda et al. 2018, with cheap features) and a merge pass ({@link #consolidate}) that mends what
 * one pass cannot. Each article becomes a unit vector of hashed words weighed by {@link
 * TermWeights}, document frequencies growing as the stream goes. It joins the story with the
 * highest mean cosine to its articles, if high enough and close enough in time ({@link TimeGap}),
 * else opens a new story. Candidate stories come from an inverted index over story terms, so each
 * article costs about the same however long the stream. Near-duplicates (syndicated copies) join
 * their original's story and are linked to it.
 *
 * <p>Not thread-safe: one writer, as the stream is ordered.
 */
public final class StoryClusterer {
  /** Content words an article needs before it is compared with others. */
  static final int MIN_WORDS = 5;

  /**
   * Articles whose vectors are kept to be weighed again by the merge pass (about 2 KB each); older
   * ones stay in their stories' sums as they were last weighed.
   */
  static final int RECENT_ARTICLES = 50_000;

  /**
   * Articles between merge passes: often enough that a reader sees stories whole within minutes of
   * an ingest, rarely enough that the pass (which weighs every recent article again) costs little
   * per article.
   */
  public static final int CONSOLIDATE_EVERY = 500;

  private final ClustererOptions options;
  private final NearDuplicateIndex duplicates;
  private TermWeights weights = new TermWeights();
  private final StoryIndex index = new StoryIndex();
  private final Map<String, Story> stories = new LinkedHashMap<>();
  private final Map<String, Story> storyOfArticle = new HashMap<>();
  private final Deque<String> recent = new ArrayDeque<>();
  private final Set<Story> touched = new HashSet<>();
  private int nextStoryNumber = 1;
  private long nextOrdinal;

  public StoryClusterer(ClustererOptions options) {
    this(options, NearDuplicateIndex.defaults());
  }

  private StoryClusterer(ClustererOptions options, NearDuplicateIndex duplicates) {
    this.options = options;
    this.duplicates = duplicates;
  }

  /** Adds an article (published may be null) and says where it went. */
  public Assignment add(String id, String text, LocalDate published) {
    // Split once: the length check, the copy signature and the vector all read the same words.
    List<TextFeatures.Word> words = TextFeatures.words(text);
    if (words.size() < MIN_WORDS) {
      // Nothing to group on (an article that cleaning emptied, a caption): a story of its own.
      // Left in, such texts all look alike and ended up as one story of hundreds of unrelated
      // "copies".
      Story alone = newStory("story-" + nextStoryNumber++);
      alone.articles.add(id);
      storyOfArticle.put(id, alone);
      return new Assignment(id, alone.id, null);
    }
    long[] sig = duplicates.signature(words);
    String original = duplicates.addAndFindOriginal(id, sig);
    TermVector vector = vector(words);
    if (original != null && storyOfArticle.containsKey(original)) {
      Story s = storyOfArticle.get(original);
      join(s, id, vector, published);
      return new Assignment(id, s.id, original);
    }
    Story best = null;
    double bestScore = options.threshold();
    for (Story s :
        CandidateSearch.shortlist(vector.terms(), vector.weights(), index.postings(), x -> false)) {
      double score =
          s.similarity(vector) * TimeGap.factor(s.daysOutside(published), options.windowDays());
      if (score >= bestScore) {
        best = s;
        bestScore = score;
      }
    }
    if (best == null) {
      best = newStory("story-" + nextStoryNumber++);
    }
    join(best, id, vector, published);
    return new Assignment(id, best.id, original);
  }

  /**
   * Replays an article whose story is already known (from an archive), so that a later run goes on
   * where the last one stopped: same stories, same duplicates, same document frequencies.
   */
  public void restore(String id, String text, LocalDate published, String story) {
    List<TextFeatures.Word> words = TextFeatures.words(text);
    Story s = stories.get(story);
    if (s == null) {
      s = newStory(story);
      if (story.startsWith("story-")) {
        try {
          nextStoryNumber = Math.max(nextStoryNumber, Integer.parseInt(story.substring(6)) + 1);
        } catch (NumberFormatException e) {
          // a story id from elsewhere: numbering goes on unaffected
        }
      }
    }
    if (words.size() < MIN_WORDS) {
      s.articles.add(id);
      storyOfArticle.put(id, s);
      return;
    }
    duplicates.addAndFindOriginal(id, duplicates.signature(words));
    join(s, id, vector(words), published);
  }

  /**
   * Runs the merge pass ({@link StoryMerger}): every story is weighed again, and the stories that
   * got articles since the last pass are merged with any they are close enough to. Callers run it
   * every {@link #CONSOLIDATE_EVERY} articles and at the end of a stream.
   *
   * @return each story id merged away, with the id of the story its articles are in now
   */
  public Map<String, String> consolidate() {
    Map<Story, Story> into =
        new StoryMerger(options, weights, index).run(stories.values(), touched);
    touched.clear();
    Map<String, String> out = new LinkedHashMap<>();
    into.forEach(
        (gone, keep) -> {
          out.put(gone.id, keep.id);
          stories.remove(gone.id);
        });
    for (Story keep : new HashSet<>(into.values())) {
      keep.articles.forEach(a -> storyOfArticle.put(a, keep));
    }
    return out;
  }

  public int stories() {
    return stories.size();
  }

  /** The story an added article is in now (null if it was never added). */
  public String storyOf(String articleId) {
    Story s = storyOfArticle.get(articleId);
    return s == null ? null : s.id;
  }

  private Story newStory(String id) {
    Story s = new Story(id, nextOrdinal++);
    stories.put(id, s);
    return s;
  }

  private TermVector vector(List<TextFeatures.Word> words) {
    Map<Long, Float> tf = new HashMap<>();
    // Names are not weighted up: a heavier weight let a shared famous name pull unrelated stories
    // together (dev100 with DUC 2004, docs/evaluation.md).
    for (TextFeatures.Word w : words) {
      tf.merge(TextFeatures.hash(w.text()), 1f, Float::sum);
    }
    long[] terms = new long[tf.size()];
    float[] counts = new float[tf.size()];
    int i = 0;
    for (var e : tf.entrySet()) {
      terms[i] = e.getKey();
      counts[i++] = e.getValue();
    }
    weights.count(terms);
    return weights.weigh(terms, counts, options.docTerms());
  }

  private void join(Story s, String articleId, TermVector vector, LocalDate published) {
    vector.addTo(s.sum);
    s.size++;
    s.terms += vector.size();
    s.articles.add(articleId);
    s.recent.put(articleId, vector);
    s.widen(published);
    storyOfArticle.put(articleId, s);
    touched.add(s);
    if (s.sum.size() > options.centroidTerms() * 2) {
      Story.prune(s.sum, options.centroidTerms());
    }
    index.add(s);
    recent.addLast(articleId);
    if (recent.size() > RECENT_ARTICLES) {
      freeze(recent.removeFirst());
    }
  }

  /** An old article's vector stays in its story as last weighed; it is not kept apart any more. */
  private void freeze(String article) {
    Story s = storyOfArticle.get(article);
    TermVector v = s == null ? null : s.recent.remove(article);
    if (v != null) {
      v.addTo(s.frozen);
      Story.prune(s.frozen, options.centroidTerms());
    }
  }

  private static final int STATE_MAGIC = 0x44535343; // "DSSC"
  private static final int STATE_VERSION = 3;

  /**
   * Writes everything needed to go on clustering later exactly as if this instance had never
   * stopped: document frequencies, stories with their recent vectors, article-to-story links and
   * the copy index. Replaying every archived article does the same but costs a re-read and re-hash
   * of the whole archive at each start.
   */
  public void writeTo(DataOutput out) throws IOException {
    out.writeInt(STATE_MAGIC);
    out.writeInt(STATE_VERSION);
    options.writeTo(out);
    out.writeInt(nextStoryNumber);
    out.writeLong(nextOrdinal);
    weights.writeTo(out);
    out.writeInt(stories.size());
    for (Story st : stories.values()) {
      StoryState.write(st, out);
    }
    out.writeInt(recent.size());
    for (String article : recent) {
      out.writeUTF(article);
    }
    duplicates.writeTo(out);
  }

  /**
   * Reads what {@link #writeTo} wrote.
   *
   * @throws IllegalArgumentException if it is not such a state, or was written with other options
   *     (the caller then rebuilds the state from the articles)
   */
  public static StoryClusterer readFrom(DataInput in, ClustererOptions options) throws IOException {
    if (in.readInt() != STATE_MAGIC || in.readInt() != STATE_VERSION) {
      throw new IllegalArgumentException("not a clusterer state of this version");
    }
    ClustererOptions saved = ClustererOptions.readFrom(in);
    if (!saved.equals(options)) {
      throw new IllegalArgumentException("clusterer state written with other options: " + saved);
    }
    int next = in.readInt();
    long ordinal = in.readLong();
    TermWeights weights = TermWeights.readFrom(in);
    List<Story> read = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      read.add(StoryState.read(in));
    }
    Map<String, Story> byArticle = new HashMap<>();
    read.forEach(s -> s.articles.forEach(a -> byArticle.put(a, s)));
    List<String> recent = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      recent.add(in.readUTF());
    }
    StoryClusterer c = new StoryClusterer(options, NearDuplicateIndex.readFrom(in));
    c.nextStoryNumber = next;
    c.nextOrdinal = ordinal;
    c.weights = weights;
    read.forEach(s -> c.stories.put(s.id, s));
    c.storyOfArticle.putAll(byArticle);
    c.recent.addAll(recent);
    c.stories.values().forEach(c.index::add);
    return c;
  }
}
