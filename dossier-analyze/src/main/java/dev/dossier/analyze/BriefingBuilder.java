package dev.dossier.analyze;

import dev.dossier.analyze.agreement.AgreementAnalyzer;
import dev.dossier.analyze.quotes.QuoteCollector;
import dev.dossier.analyze.summary.Selection;
import dev.dossier.analyze.summary.Summarizer;
import dev.dossier.analyze.summary.SummaryInputs;
import dev.dossier.analyze.timeline.TimelineBuilder;
import dev.dossier.model.AnnotatedArticle;
import dev.dossier.model.AnnotatedStory;
import dev.dossier.model.Article;
import dev.dossier.model.Entity;
import dev.dossier.model.ReferenceDate;
import dev.dossier.model.briefing.Briefing;
import dev.dossier.model.briefing.Briefing.EntityEntry;
import dev.dossier.model.briefing.Briefing.Evidence;
import dev.dossier.model.briefing.Briefing.Source;
import dev.dossier.model.briefing.Briefing.SummarySentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Assembles a {@link Briefing} from an annotated story: sources, cited summary, quotes, timeline,
 * actors. Facts, divergences and what each source alone reports come from {@link
 * AgreementAnalyzer}.
 */
public final class BriefingBuilder {
  private final Summarizer summarizer;
  private final BriefingOptions options;

  public BriefingBuilder(Summarizer summarizer, BriefingOptions options) {
    this.summarizer = summarizer;
    this.options = options;
  }

  public Briefing build(AnnotatedStory story) {
    List<Selection> selections =
        summarizer.summarize(SummaryInputs.of(story.articles()), options.summaryWords());
    List<SummarySentence> summary = new ArrayList<>();
    for (Selection s : selections) {
      List<Evidence> cites = new ArrayList<>();
      for (Selection.Ref r : s.support()) {
        cites.add(evidence(story, r.doc(), r.sentence()));
      }
      summary.add(new SummarySentence(s.text(), cites));
    }
    ReferenceDate ref = story.dates().story();
    Briefing.Story header =
        new Briefing.Story(
            StoryTitle.choose(story, selections),
            ref.date() == null ? null : ref.date().toString(),
            ref.basis());
    AgreementAnalyzer.Result agreement =
        new AgreementAnalyzer(options.maxFacts(), options.exclusivePerSource()).analyze(story);
    return new Briefing(
        Briefing.SCHEMA,
        header,
        sources(story),
        summary,
        agreement.facts(),
        agreement.divergences(),
        new QuoteCollector().collect(story),
        new TimelineBuilder().build(story),
        entities(story),
        agreement.onlyInOneSource());
  }

  static Evidence evidence(AnnotatedStory story, int doc, int sentence) {
    AnnotatedArticle a = story.articles().get(doc);
    return new Evidence(story.labels().get(doc), sentence, a.sentenceText(sentence));
  }

  private static List<Source> sources(AnnotatedStory story) {
    List<Source> out = new ArrayList<>();
    for (int i = 0; i < story.articles().size(); i++) {
      Article a = story.articles().get(i).article();
      ReferenceDate ref = story.dates().of(a.id());
      String name =
          a.source() != null ? a.source() : a.file() != null ? fileName(a.file()) : a.id();
      out.add(
          new Source(
              story.labels().get(i),
              name,
              a.file(),
              a.url(),
              a.title(),
              a.published() == null ? null : a.published().toString(),
              a.words(),
              ref.date() == null ? null : ref.date().toString(),
              ref.basis(),
              ref.confidence()));
    }
    return out;
  }

  private static String fileName(String file) {
    return java.nio.file.Path.of(file).getFileName().toString();
  }

  private List<EntityEntry> entities(AnnotatedStory story) {
    List<EntityEntry> out = new ArrayList<>();
    for (Entity e : story.entities().entities()) {
      if (out.size() >= options.maxEntities()) {
        break;
      }
      if (e.mentions() < 2 && e.articleIds().size() < 2) {
        continue;
      }
      List<String> sources = new ArrayList<>();
      for (int i = 0; i < story.articles().size(); i++) {
        if (e.articleIds().contains(story.articles().get(i).article().id())) {
          sources.add(story.labels().get(i));
        }
      }
      out.add(
          new EntityEntry(
              e.id(),
              e.name(),
              e.type().name().toLowerCase(java.util.Locale.ROOT),
              e.aliases(),
              e.mentions(),
              sources));
    }
    return out;
  }
}
