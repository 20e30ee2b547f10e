package dev.dossier.group.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The inverted index from terms to the stories whose sums hold them, kept up to date as stories
 * grow and merge (rebuilding it at each merge pass made the passes cost in proportion to the whole
 * stream). A term a story's sum has since pruned may stay listed: {@link CandidateSearch} finds no
 * weight for it and passes it over.
 */
final class StoryIndex {
  private final Map<Long, List<Story>> postings = new HashMap<>();
  private final Map<Story, Set<Long>> indexed = new HashMap<>();

  Map<Long, List<Story>> postings() {
    return postings;
  }

  /** Lists the story under every term of its sum not listed yet. */
  void add(Story s) {
    Set<Long> done = indexed.computeIfAbsent(s, k -> new HashSet<>());
    for (long t : s.sum.keySet()) {
      if (done.add(t)) {
        postings.computeIfAbsent(t, k -> new ArrayList<>(2)).add(s);
      }
    }
  }

  /** Takes a story merged away out of every list. */
  void remove(Story s) {
    Set<Long> terms = indexed.remove(s);
    if (terms == null) {
      return;
    }
    for (long t : terms) {
      List<Story> p = postings.get(t);
      if (p != null) {
        p.remove(s);
        if (p.isEmpty()) {
          postings.remove(t);
        }
      }
    }
  }
}
