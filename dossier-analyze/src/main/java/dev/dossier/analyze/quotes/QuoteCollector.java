package dev.dossier.analyze.quotes;

import dev.dossier.model.AnnotatedArticle;
import dev.dossier.model.AnnotatedStory;
import dev.dossier.model.Entity;
import dev.dossier.model.MentionRef;
import dev.dossier.model.Quote;
import dev.dossier.model.TextKey;
import dev.dossier.model.briefing.Briefing.QuoteEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every quote of the story, verbatim, with its speaker under the fullest name the story gives. The
 * same quote carried by several sources is listed once, at its first source, with the others in
 * {@code also_in}.
 */
public final class QuoteCollector {
  public List<QuoteEntry> collect(AnnotatedStory story) {
    Map<String, Builder> byText = new LinkedHashMap<>();
    for (int i = 0; i < story.articles().size(); i++) {
      AnnotatedArticle a = story.articles().get(i);
      String label = story.labels().get(i);
      for (Quote q : a.quotes()) {
        String text = q.span().of(a.text());
        String key = TextKey.of(text).value();
        Builder b = byText.get(key);
        if (b != null) {
          if (!b.source.equals(label) && !b.alsoIn.contains(label)) {
            b.alsoIn.add(label);
          }
          if (b.speaker == null) {
            setSpeaker(b, story, a, q);
          }
          continue;
        }
        b = new Builder(text, label, q.sentence());
        setSpeaker(b, story, a, q);
        byText.put(key, b);
      }
    }
    List<QuoteEntry> out = new ArrayList<>();
    for (Builder b : byText.values()) {
      out.add(new QuoteEntry(b.text, b.speaker, b.entity, b.source, b.sentence, b.alsoIn));
    }
    return out;
  }

  private static void setSpeaker(Builder b, AnnotatedStory story, AnnotatedArticle a, Quote q) {
    if (q.speaker() == null) {
      return;
    }
    String id = story.entities().entityOf().get(new MentionRef(a.article().id(), q.speaker()));
    Entity e = id == null ? null : story.entities().byId(id);
    b.speaker = e != null ? e.name() : q.speaker().of(a.text());
    b.entity = id;
  }

  private static final class Builder {
    final String text;
    final String source;
    final int sentence;
    final List<String> alsoIn = new ArrayList<>();
    String speaker;
    String entity;

    Builder(String text, String source, int sentence) {
      this.text = text;
      this.source = source;
      this.sentence = sentence;
    }
  }
}
