package dev.dossier.analyze.agreement;

import dev.dossier.model.AnnotatedStory;
import dev.dossier.model.briefing.Briefing.Divergence;
import dev.dossier.model.briefing.Briefing.Fact;
import dev.dossier.model.briefing.Briefing.SourceOnly;
import java.util.ArrayList;
import java.util.List;

/**
 * Where sources agree and where they differ: facts several sources state, divergences in values
 * (counts, times, dates, lengths), in affiliations and in who said a quote, and what each source
 * alone reports. Every item carries the verbatim source sentences it rests on.
 *
 * <p>Requires: an annotated story (sentences with POS and lemmas, mentions, resolved entities,
 * dates, quotes). Produces: {@link Result}.
 */
public final class AgreementAnalyzer {
  /** The three views, each in ranked order. */
  public record Result(
      List<Fact> facts, List<Divergence> divergences, List<SourceOnly> onlyInOneSource) {
    public Result {
      facts = List.copyOf(facts);
      divergences = List.copyOf(divergences);
      onlyInOneSource = List.copyOf(onlyInOneSource);
    }
  }

  private final int maxFacts;
  private final int exclusivePerSource;

  public AgreementAnalyzer(int maxFacts, int exclusivePerSource) {
    this.maxFacts = maxFacts;
    this.exclusivePerSource = exclusivePerSource;
  }

  public Result analyze(AnnotatedStory story) {
    StatementIndex idx = new StatementIndex(story);
    List<Divergence> divergences = new ArrayList<>(new DivergenceFinder().find(story, idx));
    divergences.addAll(new AffiliationFinder().find(story));
    divergences.addAll(new QuoteSpeakerConflicts().find(story));
    return new Result(
        new FactFinder().find(story, idx, maxFacts),
        divergences,
        new ExclusiveFinder().find(story, idx, exclusivePerSource));
  }
}
