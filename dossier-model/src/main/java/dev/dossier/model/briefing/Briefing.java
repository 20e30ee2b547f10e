package dev.dossier.model.briefing;

import java.util.List;
import java.util.Objects;

/**
 * The product: what many reports about one story say, every statement traced to source sentences.
 * Field names map one-to-one (in snake_case) onto {@code briefing.schema.json}, the JSON contract.
 */
public record Briefing(
    String schema,
    Story story,
    List<Source> sources,
    List<SummarySentence> summary,
    List<Fact> facts,
    List<Divergence> divergences,
    List<QuoteEntry> quotes,
    List<TimelineEntry> timeline,
    List<EntityEntry> entities,
    List<SourceOnly> onlyInOneSource) {
  public static final String SCHEMA = "dossier.briefing/1";

  public Briefing {
    if (!SCHEMA.equals(schema)) {
      throw new IllegalArgumentException("unknown schema " + schema);
    }
    Objects.requireNonNull(story);
    sources = List.copyOf(sources);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("a briefing needs at least one source");
    }
    summary = List.copyOf(summary);
    facts = List.copyOf(facts);
    divergences = List.copyOf(divergences);
    quotes = List.copyOf(quotes);
    timeline = List.copyOf(timeline);
    entities = List.copyOf(entities);
    onlyInOneSource = List.copyOf(onlyInOneSource);
  }

  /** The story's title and the date relative expressions were resolved against. */
  public record Story(String title, String referenceDate, String referenceDateBasis) {
    public Story {
      Objects.requireNonNull(title);
      Objects.requireNonNull(referenceDateBasis);
    }
  }

  /** One input report. {@code id} is stable within the briefing (s1, s2, ...). */
  /**
   * A source, with its own reference date (the day it was written, as far as the engine can tell):
   * what its relative expressions ("on Tuesday", "tomorrow") are read against.
   */
  public record Source(
      String id,
      String name,
      String file,
      String url,
      String title,
      String published,
      int words,
      String referenceDate,
      String referenceDateBasis,
      String referenceDateConfidence) {}

  /** A source sentence, verbatim, as evidence. */
  public record Evidence(String source, int sentence, String text) {}

  public record SummarySentence(String text, List<Evidence> citations) {
    public SummarySentence {
      citations = List.copyOf(citations);
      if (citations.isEmpty()) {
        throw new IllegalArgumentException("summary sentence without citation: " + text);
      }
    }
  }

  public record Fact(String text, List<Evidence> evidence) {
    public Fact {
      evidence = List.copyOf(evidence);
    }
  }

  public record Divergence(String topic, List<Position> positions) {
    public Divergence {
      positions = List.copyOf(positions);
    }
  }

  public record Position(String value, Evidence evidence) {}

  public record QuoteEntry(
      String text,
      String speaker,
      String speakerEntity,
      String source,
      int sentence,
      List<String> alsoIn) {
    public QuoteEntry {
      alsoIn = List.copyOf(alsoIn);
    }
  }

  public record TimelineEntry(
      String date,
      String expression,
      String event,
      String source,
      int sentence,
      List<String> alsoIn) {
    public TimelineEntry {
      alsoIn = List.copyOf(alsoIn);
    }
  }

  /** What one source alone reports (no other source has a similar sentence). */
  public record SourceOnly(String source, List<Evidence> statements) {
    public SourceOnly {
      statements = List.copyOf(statements);
    }
  }

  public record EntityEntry(
      String id,
      String name,
      String type,
      List<String> aliases,
      int mentions,
      List<String> sources) {
    public EntityEntry {
      aliases = List.copyOf(aliases);
      sources = List.copyOf(sources);
    }
  }
}
