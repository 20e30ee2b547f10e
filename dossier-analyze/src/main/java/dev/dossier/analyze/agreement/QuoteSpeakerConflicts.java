package dev.dossier.analyze.agreement;

import dev.dossier.model.AnnotatedArticle;
import dev.dossier.model.AnnotatedStory;
import dev.dossier.model.Entity;
import dev.dossier.model.MentionRef;
import dev.dossier.model.Quote;
import dev.dossier.model.TextKey;
import dev.dossier.model.briefing.Briefing.Divergence;
import dev.dossier.model.briefing.Briefing.Evidence;
import dev.dossier.model.briefing.Briefing.Position;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The same words quoted with different speakers in different places. Only quotes of a full clause
 * count: a short quoted phrase ("clear and convincing evidence", a title like "Harbour Hour Live")
 * is words that several people use, not one person's statement.
 *
 * <p>Precision comes first, because a false "who said" conflict tells the reader a source is wrong
 * when it is not. Only a speaker the text names with the quote takes a side ({@link
 * Quote#speakerNamed}): one reached through a pronoun ("…,” he said.") is the attributor's guess at
 * whom "he" means, and so is one inferred without a speech verb (the speaker of the quote before,
 * the nearest person, the sentence's subject). Two speakers conflict only if neither source's
 * sentence names the other's speaker: "Holt's statement on the board's plans: “…”" names Holt, and
 * "said union lawyer and Port Ellis councillor Jo Bell" names the person the other source gives. On
 * the 100 full-length dev clusters (`dossier brief` per cluster) these rules took the "who said"
 * conflicts from 6 to 0; all 6 were such guesses or namings.
 */
final class QuoteSpeakerConflicts {
  private static final int SHOWN_WORDS = 8;
  private static final int MIN_WORDS = 6;

  /**
   * One source's speaker for a quote: the name shown, the words naming it there, and the sentence.
   */
  private record Side(Position position, String mention) {}

  List<Divergence> find(AnnotatedStory story) {
    Map<String, Map<String, Side>> byQuote = new LinkedHashMap<>();
    Map<String, String> quoteText = new LinkedHashMap<>();
    for (int d = 0; d < story.articles().size(); d++) {
      AnnotatedArticle a = story.articles().get(d);
      for (Quote q : a.quotes()) {
        if (!q.speakerNamed()) {
          continue;
        }
        String text = q.span().of(a.text());
        if (text.strip().split("\\s+").length < MIN_WORDS) {
          continue;
        }
        String sentence = a.sentenceText(q.sentence());
        String key = TextKey.of(text).value();
        String id = story.entities().entityOf().get(new MentionRef(a.article().id(), q.speaker()));
        Entity e = id == null ? null : story.entities().byId(id);
        String mention = q.speaker().of(a.text());
        String speaker = e != null ? e.name() : mention;
        Evidence ev = new Evidence(story.labels().get(d), q.sentence(), sentence);
        quoteText.putIfAbsent(key, text);
        byQuote
            .computeIfAbsent(key, k -> new LinkedHashMap<>())
            .putIfAbsent(speaker, new Side(new Position(speaker, ev), mention));
      }
    }
    List<Divergence> out = new ArrayList<>();
    byQuote.forEach(
        (key, speakers) -> {
          List<Side> sides = new ArrayList<>(speakers.values());
          Set<Side> conflicting = new LinkedHashSet<>();
          for (int i = 0; i < sides.size(); i++) {
            for (int j = i + 1; j < sides.size(); j++) {
              if (!names(sides.get(i), sides.get(j)) && !names(sides.get(j), sides.get(i))) {
                conflicting.add(sides.get(i));
                conflicting.add(sides.get(j));
              }
            }
          }
          if (conflicting.size() > 1) {
            out.add(
                new Divergence(
                    "who said “" + shorten(quoteText.get(key)) + "”",
                    conflicting.stream().map(Side::position).toList()));
          }
        });
    return out;
  }

  /**
   * Whether {@code a}'s sentence names {@code b}'s speaker, by the words {@code b}'s source used or
   * its name.
   */
  private static boolean names(Side a, Side b) {
    String sentence = a.position().evidence().text();
    return sentence.contains(b.mention()) || sentence.contains(b.position().value());
  }

  private static String shorten(String quote) {
    String[] w = quote.split("\\s+");
    return w.length <= SHOWN_WORDS
        ? quote
        : String.join(" ", java.util.Arrays.copyOf(w, SHOWN_WORDS)) + " …";
  }
}
