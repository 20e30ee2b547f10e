package dev.dossier.annotate;

import dev.dossier.model.AnnotatedArticle;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityType;
import dev.dossier.model.Mention;
import dev.dossier.model.MentionRef;
import dev.dossier.model.StoryEntities;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Merges the mentions of a story into actors under their fullest name.
 *
 * <ul>
 *   <li>A person's shorter name merges into the full name that contains it ("Holt" into "Mara
 *       Holt", "Lu" into "Lu Wen Ping"); two full names never merge ("Lu Wen Tao" stays apart from
 *       "Lu Wen Ping").
 *   <li>A short name contained in several full names ("Lu") goes, mention by mention, to the most
 *       salient of them: mentions in the whole story, twice those in the same article, and a bonus
 *       for the one the article introduced first (news style names a person in full before
 *       shortening).
 *   <li>Organizations and places merge on exact name and on acronyms ("U.S." with "United States").
 * </ul>
 */
public final class EntityResolver {
  private static final Set<String> ACRONYM_SKIP = Set.of("of", "the", "and", "for", "de", "&");

  public StoryEntities resolve(List<AnnotatedArticle> articles) {
    Map<String, Stats> byKey = new LinkedHashMap<>();
    for (AnnotatedArticle a : articles) {
      for (Mention m : a.mentions()) {
        String key = key(m.text());
        if (key.length() >= 2) {
          byKey.computeIfAbsent(key, k -> new Stats()).add(m, a.article().id());
        }
      }
    }
    List<String> keys = new ArrayList<>(byKey.keySet());
    keys.sort(
        Comparator.comparingInt((String k) -> -k.split(" ").length)
            .thenComparingInt(k -> -byKey.get(k).count));
    List<Canonical> canon = new ArrayList<>();
    Map<String, Canonical> direct = new HashMap<>();
    Map<String, List<Canonical>> ambiguous = new HashMap<>();
    for (String k : keys) {
      EntityType type = byKey.get(k).majorityType();
      List<Canonical> containing = new ArrayList<>();
      for (Canonical c : canon) {
        if (c.type == type && matches(k, type, c.key)) {
          containing.add(c);
        }
      }
      if (containing.isEmpty() && type != EntityType.PERSON && !k.contains(" ")) {
        // A lone word the tagger typed as a place or organization may be a person's surname
        // ("Institute's Okoye").
        for (Canonical c : canon) {
          if (c.type == EntityType.PERSON && matches(k, EntityType.PERSON, c.key)) {
            containing.add(c);
          }
        }
      }
      if (containing.size() == 1) {
        direct.put(k, containing.get(0));
      } else if (containing.size() > 1) {
        ambiguous.put(k, containing);
      } else {
        Canonical c = new Canonical(k, type, byKey.get(k).surface());
        canon.add(c);
        direct.put(k, c);
      }
    }
    return assign(articles, byKey, canon, direct, ambiguous);
  }

  private StoryEntities assign(
      List<AnnotatedArticle> articles,
      Map<String, Stats> byKey,
      List<Canonical> canon,
      Map<String, Canonical> direct,
      Map<String, List<Canonical>> ambiguous) {
    // Story-wide salience counts only unambiguous mentions.
    Map<Canonical, Integer> storyCount = new HashMap<>();
    direct.forEach((k, c) -> storyCount.merge(c, byKey.get(k).count, Integer::sum));
    Map<Canonical, Acc> acc = new LinkedHashMap<>();
    Map<MentionRef, Canonical> of = new HashMap<>();
    for (AnnotatedArticle a : articles) {
      String id = a.article().id();
      Map<Canonical, Integer> local = new HashMap<>();
      List<Canonical> introduced = new ArrayList<>();
      for (Mention m : a.mentions()) {
        Canonical c = direct.get(key(m.text()));
        if (c != null) {
          local.merge(c, 1, Integer::sum);
          if (!introduced.contains(c)) {
            introduced.add(c);
          }
        }
      }
      for (Mention m : a.mentions()) {
        String k = key(m.text());
        Canonical c = direct.get(k);
        if (c == null && ambiguous.containsKey(k)) {
          c = justNamed(ambiguous.get(k), m, a, direct);
          if (c == null) {
            c = mostSalient(ambiguous.get(k), storyCount, local, introduced);
          }
        }
        if (c != null) {
          of.put(new MentionRef(id, m.span()), c);
          acc.computeIfAbsent(c, x -> new Acc()).add(clean(m.text()), id);
        }
      }
    }
    List<Canonical> ordered = new ArrayList<>(acc.keySet());
    ordered.sort(
        Comparator.comparingInt((Canonical c) -> -acc.get(c).mentions).thenComparing(c -> c.key));
    List<Entity> entities = new ArrayList<>();
    Map<Canonical, String> ids = new HashMap<>();
    for (Canonical c : ordered) {
      String id = "e" + (entities.size() + 1);
      ids.put(c, id);
      Acc x = acc.get(c);
      List<String> aliases = new ArrayList<>(x.surfaces);
      aliases.remove(c.surface);
      entities.add(
          new Entity(id, c.surface, c.type, aliases, x.mentions, new ArrayList<>(x.articles)));
    }
    Map<MentionRef, String> entityOf = new HashMap<>();
    of.forEach((ref, c) -> entityOf.put(ref, ids.get(c)));
    return new StoryEntities(entities, entityOf);
  }

  /**
   * The one candidate named in full in this or the previous sentence, before the mention ("Ana
   * Reyes, a nurse, ... Reyes said"); null when none or several were (then salience decides).
   */
  private static Canonical justNamed(
      List<Canonical> candidates, Mention m, AnnotatedArticle a, Map<String, Canonical> direct) {
    Canonical found = null;
    for (Mention other : a.mentions()) {
      if (other.span().begin() >= m.span().begin()) {
        break;
      }
      if (other.sentence() < m.sentence() - 1) {
        continue;
      }
      Canonical c = direct.get(key(other.text()));
      if (c != null && candidates.contains(c)) {
        if (found != null && found != c) {
          return null;
        }
        found = c;
      }
    }
    return found;
  }

  private static Canonical mostSalient(
      List<Canonical> candidates,
      Map<Canonical, Integer> story,
      Map<Canonical, Integer> local,
      List<Canonical> introduced) {
    Canonical best = null;
    double bestScore = -1;
    Canonical firstIntroduced = null;
    for (Canonical c : introduced) {
      if (candidates.contains(c)) {
        firstIntroduced = c;
        break;
      }
    }
    for (Canonical c : candidates) {
      double s =
          story.getOrDefault(c, 0)
              + 2.0 * local.getOrDefault(c, 0)
              + (c == firstIntroduced ? 5 : 0);
      if (s > bestScore) {
        best = c;
        bestScore = s;
      }
    }
    return best;
  }

  /** Whether the shorter key names the same actor as the canonical key. */
  static boolean matches(String shorter, EntityType type, String canonical) {
    String[] s = shorter.split(" ");
    String[] c = canonical.split(" ");
    if (type != EntityType.LOCATION && isAcronymOf(shorter, c)) {
      return true;
    }
    if (type == EntityType.LOCATION && isAcronymOf(shorter, c)) {
      return true;
    }
    if (type == EntityType.LOCATION || s.length >= c.length) {
      return false;
    }
    if (type == EntityType.ORGANIZATION && s.length < 2) {
      return false;
    }
    outer:
    for (int i = 0; i + s.length <= c.length; i++) {
      for (int j = 0; j < s.length; j++) {
        if (!c[i + j].equals(s[j])) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static boolean isAcronymOf(String shorter, String[] canonicalWords) {
    String letters = shorter.replace(" ", "");
    if (letters.length() < 2 || letters.length() > 6 || canonicalWords.length < 2) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    for (String w : canonicalWords) {
      if (!ACRONYM_SKIP.contains(w) && !w.isEmpty()) {
        initials.append(w.charAt(0));
      }
    }
    return initials.toString().equals(letters);
  }

  /** Matching key: lowercase, possessive, leading article, dots and hyphens removed. */
  static String key(String text) {
    String t = clean(text).toLowerCase(Locale.ROOT).replace(".", "").replace('-', ' ');
    if (t.startsWith("the ")) {
      t = t.substring(4);
    }
    return t.replaceAll("\\s+", " ").strip();
  }

  private static String clean(String text) {
    return text.replaceAll("['’]s?$", "").replaceAll("\\s+", " ").strip();
  }

  private static final class Stats {
    int count;

    /**
     * In the order first seen, so that a tie goes to the type of the first mention, the same on
     * every run.
     */
    final Map<EntityType, Integer> types = new LinkedHashMap<>();

    final Map<String, Integer> surfaces = new LinkedHashMap<>();

    void add(Mention m, String articleId) {
      count++;
      types.merge(m.type(), 1, Integer::sum);
      surfaces.merge(clean(m.text()), 1, Integer::sum);
    }

    EntityType majorityType() {
      return types.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    String surface() {
      return surfaces.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
  }

  private static final class Canonical {
    final String key;
    final EntityType type;
    final String surface;

    Canonical(String key, EntityType type, String surface) {
      this.key = key;
      this.type = type;
      this.surface = surface;
    }
  }

  private static final class Acc {
    int mentions;
    final Set<String> surfaces = new LinkedHashSet<>();
    final Set<String> articles = new LinkedHashSet<>();

    void add(String surface, String article) {
      mentions++;
      surfaces.add(surface);
      articles.add(article);
    }
  }
}
