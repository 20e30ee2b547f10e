package dev.dossier.render;

import dev.dossier.model.briefing.Briefing;

/** Turns a briefing into a document of one format. */
public interface BriefingRenderer {
  String render(Briefing briefing);

  static BriefingRenderer forFormat(String format) {
    return switch (format) {
      case "json" -> new JsonRenderer();
      case "md", "markdown" -> new MarkdownRenderer();
      case "html" -> new HtmlRenderer();
      default ->
          throw new IllegalArgumentException("unknown format '" + format + "' (json, md or html)");
    };
  }
}
