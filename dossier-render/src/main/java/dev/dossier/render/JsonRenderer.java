package dev.dossier.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.dossier.model.briefing.Briefing;

/**
 * The briefing as JSON per {@code briefing.schema.json}: record components become snake_case
 * fields.
 */
public final class JsonRenderer implements BriefingRenderer {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public String render(Briefing briefing) {
    try {
      return JSON.writeValueAsString(briefing) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("briefing not serializable", e);
    }
  }
}
