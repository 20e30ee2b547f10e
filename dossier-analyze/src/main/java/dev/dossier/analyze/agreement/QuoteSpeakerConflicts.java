package dev.dossier.analyze.agreement;

import dev.dossier.annotate.AnnotatedStory;
import dev.dossier.annotate.MentionRef;
import dev.dossier.model.AnnotatedArticle;
import dev.dossier.model.Entity;
import dev.dossier.model.Quote;
import dev.dossier.model.TextKey;
import dev.dossier.model.briefing.Briefing.Divergence;
import dev.dossier.model.briefing.Briefing.Evidence;
import dev.dossier.model.briefing.Briefing.Position;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The same words quoted with different speakers in different places. Only quotes of a full clause count:
 * a short quoted phrase ("clear and convincing evidence", a title like "Harbour Hour Live") is words that
 * several people use, not one person's statement.
 */
final class QuoteSpeakerConflicts {
  private static final int SHOWN_WORDS = 8;
  private static final int MIN_WORDS = 6;

  List<Divergence> find(AnnotatedStory story) {
    Map<String, Map<String, Position>> byQuote = new LinkedHashMap<>();
    Map<String, String> quoteText = new LinkedHashMap<>();
    for (int d = 0; d < story.articles().size(); d++) {
      AnnotatedArticle a = story.articles().get(d);
      for (Quote q : a.quotes()) {
        if (q.speaker() == null) {
          continue;
        }
        String text = q.span().of(a.text());
        if (text.strip().split("\\s+").length < MIN_WORDS) {
          continue;
        }
        String key = TextKey.of(text).value();
        String id = story.entities().entityOf().get(new MentionRef(a.article().id(), q.speaker()));
        Entity e = id == null ? null : story.entities().byId(id);
        String speaker = e != null ? e.name() : q.speaker().of(a.text());
        Evidence ev = new Evidence(story.labels().get(d), q.sentence(), a.sentenceText(q.sentence()));
        quoteText.putIfAbsent(key, text);
        byQuote.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(speaker, new Position(speaker, ev));
      }
    }
    List<Divergence> out = new ArrayList<>();
    byQuote.forEach((key, speakers) -> {
      if (speakers.size() > 1) {
        out.add(new Divergence("who said “" + shorten(quoteText.get(key)) + "”", new ArrayList<>(speakers.values())));
      }
    });
    return out;
  }

  private static String shorten(String quote) {
    String[] w = quote.split("\\s+");
    return w.length <= SHOWN_WORDS ? quote : String.join(" ", java.util.Arrays.copyOf(w, SHOWN_WORDS)) + " …";
  }
}
