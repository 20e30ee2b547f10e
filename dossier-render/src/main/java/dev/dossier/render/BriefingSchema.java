package dev.dossier.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.dossier.model.briefing.Briefing;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Validates briefing JSON against the contract, {@code briefing.schema.json} (JSON Schema 2020-12).
 */
public final class BriefingSchema {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final JsonSchema schema;

  public BriefingSchema() {
    try (InputStream in = Briefing.class.getResourceAsStream("/briefing.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("briefing.schema.json missing from dossier-model");
      }
      ObjectNode node = (ObjectNode) JSON.readTree(in);
      // The contract names itself "dossier.briefing/1", which is not a URI; the validator insists
      // that
      // $id be one. The name carries no validation rule, so it is dropped here.
      node.remove("$id");
      this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Violations, one line each; empty when the JSON is a valid briefing. */
  public List<String> validate(String json) {
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (IOException e) {
      return List.of("not JSON: " + e.getMessage());
    }
    return schema.validate(node).stream().map(ValidationMessage::getMessage).sorted().toList();
  }
}
