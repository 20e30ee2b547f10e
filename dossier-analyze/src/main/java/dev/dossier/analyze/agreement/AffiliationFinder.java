package dev.dossier.analyze.agreement;

import dev.dossier.model.AnnotatedArticle;
import dev.dossier.model.AnnotatedStory;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityType;
import dev.dossier.model.Mention;
import dev.dossier.model.MentionRef;
import dev.dossier.model.Sentence;
import dev.dossier.model.Token;
import dev.dossier.model.briefing.Briefing.Divergence;
import dev.dossier.model.briefing.Briefing.Evidence;
import dev.dossier.model.briefing.Briefing.Position;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * People given different organizations: "Jane Doe, an expert at the North Institute" in one
 * sentence and "the South Institute's Jane Doe" or "Jane Doe of the South Institute" in another.
 * Organizations named together in one sentence are several affiliations, not a conflict.
 */
final class AffiliationFinder {
  private static final Set<String> LINKS = Set.of("at", "of", "for", "with", "from");

  private record Affiliation(String person, String org, String orgName, Evidence evidence) {}

  List<Divergence> find(AnnotatedStory story) {
    List<Affiliation> found = new ArrayList<>();
    for (int d = 0; d < story.articles().size(); d++) {
      AnnotatedArticle a = story.articles().get(d);
      for (Sentence s : a.sentences()) {
        found.addAll(inSentence(story, d, a, s));
      }
    }
    Map<String, List<Affiliation>> byPerson = new LinkedHashMap<>();
    found.forEach(f -> byPerson.computeIfAbsent(f.person, p -> new ArrayList<>()).add(f));
    List<Divergence> out = new ArrayList<>();
    byPerson.forEach(
        (person, list) -> {
          Set<String> orgs = new HashSet<>();
          list.forEach(f -> orgs.add(f.org));
          if (orgs.size() < 2 || namedTogether(list)) {
            return;
          }
          Map<String, Position> positions = new LinkedHashMap<>();
          for (Affiliation f : list) {
            positions.putIfAbsent(
                f.org + "@" + f.evidence.source() + ":" + f.evidence.sentence(),
                new Position(f.orgName, f.evidence));
          }
          out.add(
              new Divergence(
                  "affiliation of " + story.entities().byId(person).name(),
                  new ArrayList<>(positions.values())));
        });
    return out;
  }

  private static boolean namedTogether(List<Affiliation> list) {
    Map<String, Set<String>> orgsBySentence = new LinkedHashMap<>();
    for (Affiliation f : list) {
      orgsBySentence
          .computeIfAbsent(f.evidence.source() + ":" + f.evidence.sentence(), k -> new HashSet<>())
          .add(f.org);
    }
    return orgsBySentence.values().stream().anyMatch(s -> s.size() > 1);
  }

  private static List<Affiliation> inSentence(
      AnnotatedStory story, int d, AnnotatedArticle a, Sentence s) {
    List<Mention> ms = new ArrayList<>();
    for (Mention m : a.mentions()) {
      if (m.sentence() == s.index()) {
        ms.add(m);
      }
    }
    List<Token> toks = s.tokens();
    List<Affiliation> out = new ArrayList<>();
    Evidence ev = new Evidence(story.labels().get(d), s.index(), s.text(a.text()));
    for (int i = 0; i < ms.size(); i++) {
      Entity person = entity(story, a, ms.get(i));
      if (person == null || person.type() != EntityType.PERSON) {
        continue;
      }
      int pStart = tokenIndex(toks, ms.get(i).span().begin());
      int pEnd = tokenIndex(toks, ms.get(i).span().end() - 1);
      // "the South Institute's Jane Doe"
      if (i > 0 && pStart >= 1 && toks.get(pStart - 1).pos().equals("POS")) {
        Entity org = entity(story, a, ms.get(i - 1));
        if (org != null && org.type() == EntityType.ORGANIZATION) {
          out.add(new Affiliation(person.id(), org.id(), org.name(), ev));
        }
      }
      // "Jane Doe of the Institute" and "Jane Doe, an expert at the Institute in Town,"
      for (int k = i + 1; k < ms.size(); k++) {
        int oStart = tokenIndex(toks, ms.get(k).span().begin());
        if (oStart - pEnd > 15 || closesApposition(toks, pEnd + 1, oStart)) {
          break;
        }
        Entity org = entity(story, a, ms.get(k));
        boolean linked = false;
        for (int t = Math.max(pEnd + 1, oStart - 3); t < oStart; t++) {
          linked |= LINKS.contains(toks.get(t).word().toLowerCase(Locale.ROOT));
        }
        boolean apposition =
            pEnd + 1 < toks.size()
                && (toks.get(pEnd + 1).word().equals(",")
                    || LINKS.contains(toks.get(pEnd + 1).word().toLowerCase(Locale.ROOT)));
        if (org != null && org.type() == EntityType.ORGANIZATION && linked && apposition) {
          out.add(new Affiliation(person.id(), org.id(), org.name(), ev));
        }
      }
    }
    return out;
  }

  /** A second comma or a verb between the name and the organization ends the apposition. */
  private static boolean closesApposition(List<Token> toks, int from, int to) {
    int commas = 0;
    for (int t = from; t < to; t++) {
      if (toks.get(t).word().equals(",")) {
        commas++;
      }
      if (commas > 1 || toks.get(t).pos().startsWith("VB")) {
        return true;
      }
    }
    return false;
  }

  private static Entity entity(AnnotatedStory story, AnnotatedArticle a, Mention m) {
    String id = story.entities().entityOf().get(new MentionRef(a.article().id(), m.span()));
    return id == null ? null : story.entities().byId(id);
  }

  private static int tokenIndex(List<Token> toks, int offset) {
    for (int i = 0; i < toks.size(); i++) {
      if (toks.get(i).span().end() > offset) {
        return i;
      }
    }
    return toks.size() - 1;
  }
}
