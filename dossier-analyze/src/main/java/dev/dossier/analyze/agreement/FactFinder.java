package dev.dossier.analyze.agreement;

import dev.dossier.model.AnnotatedStory;
import dev.dossier.model.briefing.Briefing.Evidence;
import dev.dossier.model.briefing.Briefing.Fact;
import dev.dossier.text.Tense;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Statements that several sources make: starting from the most central sentences, each takes the
 * most similar sentence in the same tense of every other source above {@link #SAME} (lemma TF-IDF
 * cosine), if that sentence is not already part of another fact. Facts are ranked by the number of
 * sources, then by how closely they agree.
 */
final class FactFinder {
  static final double SAME = 0.45;

  /**
   * Between this and {@link #SAME}, sentences state the same fact only if they also name a common
   * actor.
   */
  static final double SAME_WITH_ACTOR = 0.3;

  /** A paraphrase shares little wording but the same actor and the same number or year. */
  static final double PARAPHRASE = 0.25;

  private static final int MIN_WORDS = 6;

  List<Fact> find(AnnotatedStory story, StatementIndex idx, int max) {
    List<Statement> seeds = new ArrayList<>(idx.statements);
    // A fact is stated in its seed's claim, so the claim must be long enough to state one.
    seeds.removeIf(s -> s.claim().split("\\s+").length < MIN_WORDS);
    seeds.sort(Comparator.comparingDouble((Statement s) -> -idx.centrality(s)));
    Set<Statement> used = new HashSet<>();
    List<Scored> found = new ArrayList<>();
    int docs = story.articles().size();
    for (Statement seed : seeds) {
      if (used.contains(seed)) {
        continue;
      }
      List<Statement> members = new ArrayList<>(List.of(seed));
      double simSum = 0;
      for (int d = 0; d < docs; d++) {
        if (d == seed.doc()) {
          continue;
        }
        Statement best = null;
        double bestSim = 0;
        for (Statement o : idx.statements) {
          // "has opened an inquiry" and "the inquiry will open" are two facts, not one.
          if (o.doc() == d
              && !used.contains(o)
              && Tense.of(o.sentence()) == Tense.of(seed.sentence())) {
            double sim = idx.similarity(seed, o);
            boolean sharesActor = o.entities().stream().anyMatch(seed.entities()::contains);
            boolean paraphrase =
                sim >= PARAPHRASE && sharesActor && ExclusiveFinder.sameNumber(seed, o);
            if (sim > bestSim
                && (sim >= SAME || (sim >= SAME_WITH_ACTOR && sharesActor) || paraphrase)) {
              best = o;
              bestSim = sim;
            }
          }
        }
        if (best != null) {
          members.add(best);
          simSum += bestSim;
        }
      }
      if (members.size() >= 2) {
        used.addAll(members);
        List<Evidence> ev = new ArrayList<>();
        members.sort(Comparator.comparingInt(Statement::doc));
        for (Statement m : members) {
          ev.add(evidence(story, m));
        }
        found.add(
            new Scored(new Fact(seed.claim(), ev), members.size(), simSum / (members.size() - 1)));
      }
    }
    found.sort(
        Comparator.comparingInt((Scored s) -> -s.sources).thenComparingDouble(s -> -s.agreement));
    return found.stream().limit(max).map(Scored::fact).toList();
  }

  static Evidence evidence(AnnotatedStory story, Statement s) {
    return new Evidence(story.labels().get(s.doc()), s.sentence().index(), s.text());
  }

  private record Scored(Fact fact, int sources, double agreement) {}
}
