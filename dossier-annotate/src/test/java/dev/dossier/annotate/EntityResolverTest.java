package dev.dossier.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.AnnotatedArticle;
import dev.dossier.model.Article;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityType;
import dev.dossier.model.Mention;
import dev.dossier.model.MentionRef;
import dev.dossier.model.Span;
import dev.dossier.model.StoryEntities;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityResolverTest {
  /**
   * An article whose mentions are given as (text, type) in order; the text is their concatenation.
   */
  private static AnnotatedArticle art(String id, Object... pairs) {
    StringBuilder text = new StringBuilder();
    List<Mention> mentions = new ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      String t = (String) pairs[i];
      int b = text.length();
      text.append(t).append(" said. ");
      mentions.add(new Mention(new Span(b, b + t.length()), t, (EntityType) pairs[i + 1], 0));
    }
    Article a = new Article(id, null, null, null, null, null, text.toString());
    return new AnnotatedArticle(a, List.of(), mentions, List.of(), List.of());
  }

  private static String nameOf(StoryEntities s, AnnotatedArticle a, int mention) {
    return s.byId(
            s.entityOf().get(new MentionRef(a.article().id(), a.mentions().get(mention).span())))
        .name();
  }

  private static final EntityType P = EntityType.PERSON;
  private static final EntityType O = EntityType.ORGANIZATION;
  private static final EntityType L = EntityType.LOCATION;

  @Test
  void shortNamesMergeIntoTheFullNameButFullNamesStayApart() {
    var a = art("a", "Lu Wen Ping", P, "Lu Wen Tao", P, "Lu Wen Ping", P, "Lu", P, "Ping", P);
    var b = art("b", "Mara Holt", P, "Holt", P, "Holt’s", P);
    StoryEntities s = new EntityResolver().resolve(List.of(a, b));
    assertThat(nameOf(s, a, 0)).isEqualTo("Lu Wen Ping");
    assertThat(nameOf(s, a, 1)).isEqualTo("Lu Wen Tao");
    assertThat(nameOf(s, a, 3))
        .as("ambiguous 'Lu' goes to the most salient")
        .isEqualTo("Lu Wen Ping");
    assertThat(nameOf(s, a, 4)).isEqualTo("Lu Wen Ping");
    assertThat(nameOf(s, b, 1)).isEqualTo("Mara Holt");
    assertThat(nameOf(s, b, 2)).isEqualTo("Mara Holt");
    Entity holt = s.byId(s.entityOf().get(new MentionRef("b", b.mentions().get(0).span())));
    assertThat(holt.mentions()).isEqualTo(3);
    assertThat(holt.aliases()).contains("Holt");
  }

  @Test
  void acronymsMergeWithOrganizationsAndPlaces() {
    var a = art("a", "Northern Rail Authority", O, "NRA", O, "United Provinces", L, "U.P.", L);
    StoryEntities s = new EntityResolver().resolve(List.of(a));
    assertThat(nameOf(s, a, 1)).isEqualTo("Northern Rail Authority");
    assertThat(nameOf(s, a, 3)).isEqualTo("United Provinces");
  }

  @Test
  void placesSharingAWordDoNotMerge() {
    var a = art("a", "North Vale", L, "South Vale", L, "Vale", L);
    StoryEntities s = new EntityResolver().resolve(List.of(a));
    assertThat(s.entities()).extracting(Entity::name).contains("North Vale", "South Vale", "Vale");
  }

  @Test
  void entitiesRecordTheirSources() {
    var a = art("a", "Mara Holt", P);
    var b = art("b", "Holt", P);
    StoryEntities s = new EntityResolver().resolve(List.of(a, b));
    assertThat(s.entities()).hasSize(1);
    assertThat(s.entities().get(0).articleIds()).containsExactly("a", "b");
  }

  @Test
  void aTieBetweenTypesGoesToTheFirstMention() {
    var place = art("a", "Brenn", L, "Brenn", P);
    var person = art("b", "Brenn", P, "Brenn", L);
    assertThat(new EntityResolver().resolve(List.of(place)).entities())
        .extracting(Entity::type)
        .containsExactly(L);
    assertThat(new EntityResolver().resolve(List.of(person)).entities())
        .extracting(Entity::type)
        .containsExactly(P);
  }
}
