package dev.dossier.analyze.agreement;

import dev.dossier.analyze.summary.TermVectors;
import dev.dossier.model.AnnotatedArticle;
import dev.dossier.model.AnnotatedStory;
import dev.dossier.model.Mention;
import dev.dossier.model.MentionRef;
import dev.dossier.model.Sentence;
import dev.dossier.model.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every sentence of a story as a {@link Statement}, with lemma TF-IDF vectors over the whole story.
 */
final class StatementIndex {
  final List<Statement> statements = new ArrayList<>();
  final Map<String, Double> centroid = new HashMap<>();

  /** Nouns that at least half of the sources (and two) use: the story's main events and things. */
  final Set<String> mainNouns = new HashSet<>();

  StatementIndex(AnnotatedStory story) {
    ValueExtractor values = new ValueExtractor();
    List<Map<String, Integer>> tfs = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    for (AnnotatedArticle a : story.articles()) {
      for (Sentence s : a.sentences()) {
        List<String> lemmas = new ArrayList<>();
        for (Token t : s.tokens()) {
          lemmas.add(t.lemma());
        }
        Map<String, Integer> tf = TermVectors.counts(lemmas);
        tfs.add(tf);
        tf.keySet().forEach(w -> df.merge(w, 1, Integer::sum));
      }
    }
    Map<String, Set<Integer>> nounSources = new HashMap<>();
    for (int d = 0; d < story.articles().size(); d++) {
      for (Sentence s : story.articles().get(d).sentences()) {
        for (Token t : s.tokens()) {
          if (t.pos().startsWith("NN") && !t.pos().startsWith("NNP")) {
            nounSources
                .computeIfAbsent(t.lemma().toLowerCase(java.util.Locale.ROOT), x -> new HashSet<>())
                .add(d);
          }
        }
      }
    }
    int needed = Math.max(2, (story.articles().size() + 1) / 2);
    nounSources.forEach(
        (noun, docs) -> {
          if (docs.size() >= needed) {
            mainNouns.add(noun);
          }
        });
    Map<String, Double> idf = new HashMap<>();
    int n = Math.max(1, tfs.size());
    df.forEach((w, c) -> idf.put(w, Math.log(1.0 + n / (double) c)));
    int k = 0;
    for (int d = 0; d < story.articles().size(); d++) {
      AnnotatedArticle a = story.articles().get(d);
      LocalDate ref = story.dates().of(a.article().id()).date();
      for (Sentence s : a.sentences()) {
        Map<String, Double> v = TermVectors.tfidf(tfs.get(k++), idf);
        double norm = TermVectors.norm(v);
        if (norm > 0) {
          v.forEach((w, x) -> centroid.merge(w, x / norm, Double::sum));
        }
        // A caption or other furniture states nothing: it is no fact, no divergence, no support for
        // either.
        if (s.hasStatement()) {
          statements.add(
              new Statement(
                  d,
                  s,
                  s.text(a.text()),
                  s.statement(a.text()),
                  v,
                  entities(story, a, s),
                  names(s),
                  values.extract(a, s, ref, places(story, a, s))));
        }
      }
    }
  }

  private static Set<String> entities(AnnotatedStory story, AnnotatedArticle a, Sentence s) {
    Set<String> ids = new HashSet<>();
    for (Mention m : a.mentions()) {
      if (m.sentence() == s.index()) {
        String id = story.entities().entityOf().get(new MentionRef(a.article().id(), m.span()));
        if (id != null) {
          ids.add(id);
        }
      }
    }
    return ids;
  }

  /** Place mentions of the sentence: start offset to entity id. */
  private static Map<Integer, String> places(AnnotatedStory story, AnnotatedArticle a, Sentence s) {
    Map<Integer, String> out = new HashMap<>();
    for (Mention m : a.mentions()) {
      if (m.sentence() == s.index() && m.type() == dev.dossier.model.EntityType.LOCATION) {
        String id = story.entities().entityOf().get(new MentionRef(a.article().id(), m.span()));
        if (id != null) {
          out.put(m.span().begin(), id);
        }
      }
    }
    return out;
  }

  /** Pairs of entities named in one sentence somewhere in the story ("Port Aven, Tarn Island"). */
  Set<String> namedTogether() {
    Set<String> pairs = new HashSet<>();
    for (Statement st : statements) {
      for (String x : st.entities()) {
        for (String y : st.entities()) {
          if (!x.equals(y)) {
            pairs.add(x + "|" + y);
          }
        }
      }
    }
    return pairs;
  }

  private static Set<String> names(Sentence s) {
    Set<String> names = new HashSet<>();
    for (Token t : s.tokens()) {
      if (t.pos().startsWith("NNP")) {
        names.add(t.word().toLowerCase(java.util.Locale.ROOT));
      }
    }
    return names;
  }

  double similarity(Statement a, Statement b) {
    return TermVectors.cosine(a.vector(), b.vector());
  }

  double centrality(Statement s) {
    return TermVectors.cosine(s.vector(), centroid);
  }
}
