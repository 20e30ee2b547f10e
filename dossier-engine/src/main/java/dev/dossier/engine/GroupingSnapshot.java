package dev.dossier.engine;

import dev.dossier.group.cluster.ClustererOptions;
import dev.dossier.group.cluster.StoryClusterer;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

/**
 * The grouping state of an archive, saved beside it ({@code grouping.state}) at the end of each
 * ingest, so that the next ingest replays only the articles archived after it instead of the whole
 * archive. It holds the clusterer and the article id of each archive key (copies are linked by id).
 * A run killed before saving leaves the previous state, and the articles it committed are replayed
 * from the archive on the next start.
 */
public final class GroupingSnapshot {
  public static final String FILE = "grouping.state";

  /**
   * @param nextSeq the archive's next sequence number when saved: articles from it on are not in
   *     the state
   * @param articles how many archived articles the state covers, to notice an archive replaced
   *     under it
   */
  record Loaded(
      long nextSeq, int articles, Map<String, String> idOfKey, StoryClusterer clusterer) {}

  private GroupingSnapshot() {}

  /**
   * The saved state, or null if there is none or it cannot be used (then the caller replays
   * everything).
   */
  static Loaded load(
      Path folder, ClustererOptions options, java.util.function.Consumer<String> warn) {
    Path file = folder.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      long nextSeq = in.readLong();
      int articles = in.readInt();
      Map<String, String> idOfKey = new HashMap<>();
      for (int i = in.readInt(); i > 0; i--) {
        idOfKey.put(in.readUTF(), in.readUTF());
      }
      return new Loaded(nextSeq, articles, idOfKey, StoryClusterer.readFrom(in, options));
    } catch (IOException | IllegalArgumentException e) {
      warn.accept("ignoring " + file + " (" + e.getMessage() + "); rebuilding it from the archive");
      return null;
    }
  }

  /** Writes the state atomically: a crash mid-write leaves the previous file. */
  static void save(
      Path folder,
      long nextSeq,
      int articles,
      Map<String, String> idOfKey,
      StoryClusterer clusterer)
      throws IOException {
    Path tmp = folder.resolve(FILE + ".tmp");
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
      out.writeLong(nextSeq);
      out.writeInt(articles);
      out.writeInt(idOfKey.size());
      for (var e : idOfKey.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeUTF(e.getValue());
      }
      clusterer.writeTo(out);
    }
    Files.move(
        tmp,
        folder.resolve(FILE),
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }
}
