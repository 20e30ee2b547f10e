package dev.dossier.render;

import dev.dossier.model.briefing.Briefing;
import dev.dossier.model.briefing.Briefing.Evidence;
import dev.dossier.model.briefing.Briefing.QuoteEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Entities;

/**
 * One self-contained HTML page (inline CSS and a few lines of script, no external resource). Every
 * citation is a button that opens the cited source sentence under the statement. All article text
 * is escaped.
 */
public final class HtmlRenderer implements BriefingRenderer {
  private static final String CSS = resource("briefing.css");
  private static final String SCRIPT =
      "document.addEventListener('click',function(e){var b=e.target.closest"
          + "('button.cite');if(!b)return;var el=document.getElementById(b.getAttribute('aria-controls'));"
          + "var open=el.classList.toggle('open');b.setAttribute('aria-expanded',open);});";

  @Override
  public String render(Briefing b) {
    Page p = new Page();
    p.raw(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
        .text(b.story().title())
        .raw(" · Dossier</title><style>")
        .raw(CSS)
        .raw("</style></head><body><main>");
    p.raw("<header><h1>")
        .text(b.story().title())
        .raw("</h1><div class=\"meta\">")
        .text(b.sources().size() + " sources · reference date ")
        .text(b.story().referenceDate() == null ? "unknown" : b.story().referenceDate())
        .raw("<br>")
        .text(b.story().referenceDateBasis())
        .raw("</div>");
    p.raw("<nav><a href=\"#summary\">Summary</a>");
    if (!b.divergences().isEmpty()) {
      p.raw("<a href=\"#differ\">Where sources differ</a>");
    }
    if (!b.facts().isEmpty()) {
      p.raw("<a href=\"#agree\">Agreed</a>");
    }
    if (!b.onlyInOneSource().isEmpty()) {
      p.raw("<a href=\"#only\">Only in one source</a>");
    }
    p.raw(
        "<a href=\"#quotes\">Quotes</a><a href=\"#timeline\">Timeline</a><a href=\"#actors\">Actors</a>"
            + "<a href=\"#sources\">Sources</a></nav></header>");
    summary(p, b);
    differ(p, b);
    facts(p, b);
    onlyInOne(p, b);
    quotes(p, b);
    timeline(p, b);
    actors(p, b);
    sources(p, b);
    p.raw(
            "<footer>Made by Dossier. Every statement cites the source sentences it rests on; click a citation to "
                + "read it.</footer></main><script>")
        .raw(SCRIPT)
        .raw("</script></body></html>\n");
    return p.toString();
  }

  private static void summary(Page p, Briefing b) {
    p.raw("<section id=\"summary\" class=\"summary\"><h2>Summary</h2>");
    for (var s : b.summary()) {
      p.raw("<p>").text(s.text());
      p.citations(s.citations());
      p.raw("</p>");
    }
    p.raw("</section>");
  }

  private static void facts(Page p, Briefing b) {
    if (!b.facts().isEmpty()) {
      p.raw("<section id=\"agree\"><h2>What the sources agree on</h2>");
      for (var f : b.facts()) {
        p.raw("<p>")
            .text(f.text())
            .raw(" <span class=\"tag\">")
            .text(f.evidence().size() + " sources")
            .raw("</span>")
            .citations(f.evidence());
        p.raw("</p>");
      }
      p.raw("</section>");
    }
  }

  private static void onlyInOne(Page p, Briefing b) {
    if (!b.onlyInOneSource().isEmpty()) {
      p.raw("<section id=\"only\"><h2>Only in one source</h2>");
      for (var o : b.onlyInOneSource()) {
        p.raw("<h3 class=\"only-source\">").text(o.source()).raw("</h3>");
        for (var e : o.statements()) {
          p.raw("<p>").text(e.text()).citations(List.of(e));
          p.raw("</p>");
        }
      }
      p.raw("</section>");
    }
  }

  private static void differ(Page p, Briefing b) {
    if (!b.divergences().isEmpty()) {
      p.raw("<section id=\"differ\"><h2>Where sources differ</h2>");
      for (var d : b.divergences()) {
        p.raw("<div class=\"divergence\"><strong>").text(d.topic()).raw("</strong><ul>");
        for (var pos : d.positions()) {
          p.raw("<li>").text(pos.value()).citations(List.of(pos.evidence()));
          p.raw("</li>");
        }
        p.raw("</ul></div>");
      }
      p.raw("</section>");
    }
  }

  private static void quotes(Page p, Briefing b) {
    p.raw("<section id=\"quotes\"><h2>Quotes</h2>");
    Map<String, List<QuoteEntry>> bySpeaker = new LinkedHashMap<>();
    for (QuoteEntry q : b.quotes()) {
      bySpeaker
          .computeIfAbsent(
              q.speaker() == null ? "Speaker unknown" : q.speaker(), k -> new ArrayList<>())
          .add(q);
    }
    for (var e : bySpeaker.entrySet()) {
      p.raw("<div class=\"speaker\"><h3>").text(e.getKey()).raw("</h3>");
      for (QuoteEntry q : e.getValue()) {
        p.raw("<blockquote>“")
            .text(q.text())
            .raw("”<div class=\"src\">")
            .text(q.source() + ", sentence " + q.sentence());
        if (!q.alsoIn().isEmpty()) {
          p.text(" · also in " + String.join(", ", q.alsoIn()));
        }
        p.raw("</div></blockquote>");
      }
      p.raw("</div>");
    }
    p.raw("</section>");
  }

  private static void timeline(Page p, Briefing b) {
    p.raw("<section id=\"timeline\"><h2>Timeline</h2><ol class=\"timeline\">");
    for (var t : b.timeline()) {
      p.raw("<li><div><div class=\"date\">")
          .text(t.date())
          .raw("</div><div class=\"expr\">“")
          .text(t.expression())
          .raw("” · ")
          .text(t.source())
          .raw("</div></div><div>")
          .text(t.event());
      if (!t.alsoIn().isEmpty()) {
        p.raw(" <span class=\"tag\">")
            .text("also in " + String.join(", ", t.alsoIn()))
            .raw("</span>");
      }
      p.raw("</div></li>");
    }
    p.raw("</ol></section>");
  }

  private static void actors(Page p, Briefing b) {
    p.raw(
        "<section id=\"actors\"><h2>Actors</h2><table><tr><th>Name</th><th>Type</th><th>Mentions</th>"
            + "<th>Sources</th><th>Also called</th></tr>");
    for (var e : b.entities()) {
      p.raw("<tr><td>")
          .text(e.name())
          .raw("</td><td><span class=\"tag\">")
          .text(e.type())
          .raw("</span></td><td>")
          .text(String.valueOf(e.mentions()))
          .raw("</td><td>")
          .text(String.join(", ", e.sources()))
          .raw("</td><td>")
          .text(String.join(", ", e.aliases()))
          .raw("</td></tr>");
    }
    p.raw("</table></section>");
  }

  private static void sources(Page p, Briefing b) {
    p.raw(
        "<section id=\"sources\"><h2>Sources</h2><table><tr><th>Id</th><th>Source</th><th>Title</th>"
            + "<th>Published</th><th>Words</th></tr>");
    for (var s : b.sources()) {
      p.raw("<tr><td>").text(s.id()).raw("</td><td>");
      if (s.url() != null && (s.url().startsWith("http://") || s.url().startsWith("https://"))) {
        p.raw("<a href=\"")
            .text(s.url())
            .raw("\" rel=\"noopener noreferrer\">")
            .text(s.name())
            .raw("</a>");
      } else {
        p.text(s.name());
      }
      p.raw("</td><td>")
          .text(s.title() == null ? "" : s.title())
          .raw("</td><td>")
          .text(
              s.published() != null
                  ? s.published()
                  : s.referenceDate() != null
                      ? "written " + s.referenceDate() + " (inferred)"
                      : "not given")
          .raw("</td><td>")
          .text(String.valueOf(s.words()))
          .raw("</td></tr>");
    }
    p.raw("</table></section>");
  }

  private static String resource(String name) {
    try (InputStream in = HtmlRenderer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Builds the page; {@link #text} escapes, {@link #raw} is for our own markup only. */
  private static final class Page {
    private final StringBuilder sb = new StringBuilder(1 << 16);
    private int evidenceIds;

    Page raw(String html) {
      sb.append(html);
      return this;
    }

    Page text(String s) {
      sb.append(Entities.escape(s == null ? "" : s));
      return this;
    }

    Page citations(List<Evidence> evidence) {
      List<String> panels = new ArrayList<>();
      for (Evidence e : evidence) {
        String id = "ev" + (++evidenceIds);
        raw("<button class=\"cite\" type=\"button\" aria-expanded=\"false\" aria-controls=\""
                + id
                + "\" title=\"")
            .text(e.source() + ", sentence " + e.sentence())
            .raw("\">")
            .text(e.source())
            .raw("</button>");
        panels.add(id);
      }
      for (int i = 0; i < evidence.size(); i++) {
        Evidence e = evidence.get(i);
        raw("<span class=\"evidence\" id=\"" + panels.get(i) + "\"><span class=\"where\">")
            .text(e.source() + " · sentence " + e.sentence())
            .raw("</span>")
            .text(e.text())
            .raw("</span>");
      }
      return this;
    }

    @Override
    public String toString() {
      return sb.toString();
    }
  }
}
