package dev.dossier.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.group.cluster.Assignment;
import dev.dossier.group.cluster.ClusterText;
import dev.dossier.group.cluster.ClustererOptions;
import dev.dossier.group.cluster.StoryClusterer;
import dev.dossier.ingest.ArticleLoader;
import dev.dossier.model.Article;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups a stream of articles into stories without an archive: each article read as {@code ingest}
 * reads it, cleaned, given to the online clusterer as {@link ClusterText} says, and its assignment
 * written as one line {@code {"id", "story", "duplicate_of"}} once the merge pass has settled the
 * stories. Internal to the engine: call {@link Dossier#clusterFile}.
 */
final class StreamGrouping {
  private final Dossier dossier;
  private final ProgressListener listener;

  StreamGrouping(Dossier dossier, ProgressListener listener) {
    this.dossier = dossier;
    this.listener = listener;
  }

  Dossier.GroupingReport run(Path in, Path out) throws IOException {
    long total = JsonLines.count(in);
    StoryClusterer clusterer = new StoryClusterer(ClustererOptions.defaults());
    ArticleLoader loader = new ArticleLoader(dossier.options().maxFileBytes());
    int[] counts = new int[3]; // written, copies, skipped
    // Stories are only final after the merge pass, so lines are written at the end.
    List<Assignment> assigned = new ArrayList<>();
    long t0 = System.nanoTime();
    listener.begin("Clustering", total, "articles");
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        ParallelCleaning cleaning =
            new ParallelCleaning(
                loader,
                dossier.options().threads(),
                c -> {
                  listener.step(1);
                  c.problems()
                      .forEach(
                          p -> {
                            counts[2]++;
                            listener.warn(p.toString());
                          });
                  Article a = c.article();
                  if (a == null) {
                    return;
                  }
                  Assignment s = clusterer.add(a.id(), ClusterText.of(a), a.published());
                  assigned.add(s);
                  counts[0]++;
                  counts[1] += s.duplicateOf() != null ? 1 : 0;
                  if (counts[0] % StoryClusterer.CONSOLIDATE_EVERY == 0) {
                    clusterer.consolidate();
                  }
                })) {
      loader.stream(
          List.of(in),
          cleaning::accept,
          p -> {
            counts[2]++;
            listener.step(1);
            listener.warn(p.toString());
          });
      cleaning.flush();
      clusterer.consolidate();
      for (Assignment s : assigned) {
        write(w, s.articleId(), clusterer.storyOf(s.articleId()), s.duplicateOf());
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      listener.end();
    }
    return new Dossier.GroupingReport(
        counts[0], clusterer.stories(), counts[1], counts[2], (System.nanoTime() - t0) / 1e9);
  }

  private static void write(BufferedWriter w, String id, String story, String duplicateOf) {
    ObjectNode o = JsonLines.JSON.createObjectNode();
    o.put("id", id);
    o.put("story", story);
    if (duplicateOf == null) {
      o.putNull("duplicate_of");
    } else {
      o.put("duplicate_of", duplicateOf);
    }
    try {
      w.write(o.toString());
      w.newLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
