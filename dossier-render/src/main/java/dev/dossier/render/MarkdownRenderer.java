package dev.dossier.render;

import dev.dossier.model.briefing.Briefing;
import dev.dossier.model.briefing.Briefing.Evidence;
import java.util.List;
import java.util.stream.Collectors;

/** A readable Markdown briefing; citations appear as [s1:12] (source s1, sentence 12). */
public final class MarkdownRenderer implements BriefingRenderer {
  @Override
  public String render(Briefing b) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(inline(b.story().title())).append("\n\n");
    md.append("*Reference date: ")
        .append(b.story().referenceDate() == null ? "unknown" : b.story().referenceDate())
        .append("* — ")
        .append(inline(b.story().referenceDateBasis()))
        .append("\n\n");
    md.append("## Summary\n\n");
    for (var s : b.summary()) {
      md.append(inline(s.text())).append(' ').append(cites(s.citations())).append("\n\n");
    }
    if (!b.facts().isEmpty()) {
      md.append("## What the sources agree on\n\n");
      for (var f : b.facts()) {
        md.append("- ")
            .append(inline(f.text()))
            .append(' ')
            .append(cites(f.evidence()))
            .append('\n');
      }
      md.append('\n');
    }
    if (!b.divergences().isEmpty()) {
      md.append("## Where sources differ\n\n");
      for (var d : b.divergences()) {
        md.append("- **").append(inline(d.topic())).append("**: ");
        md.append(
            d.positions().stream()
                .map(p -> inline(p.value()) + " " + cites(List.of(p.evidence())))
                .collect(Collectors.joining("; ")));
        md.append('\n');
      }
      md.append('\n');
    }
    if (!b.onlyInOneSource().isEmpty()) {
      md.append("## Only in one source\n\n");
      for (var o : b.onlyInOneSource()) {
        for (var e : o.statements()) {
          md.append("- ")
              .append(inline(e.text()))
              .append(' ')
              .append(cites(List.of(e)))
              .append('\n');
        }
      }
      md.append('\n');
    }
    if (!b.quotes().isEmpty()) {
      md.append("## Quotes\n\n");
      for (var q : b.quotes()) {
        md.append("> “")
            .append(inline(q.text()))
            .append("”\n>\n> — ")
            .append(q.speaker() == null ? "*speaker unknown*" : "**" + inline(q.speaker()) + "**")
            .append(" [")
            .append(q.source())
            .append(':')
            .append(q.sentence())
            .append(']');
        if (!q.alsoIn().isEmpty()) {
          md.append(", also in ").append(String.join(", ", q.alsoIn()));
        }
        md.append("\n\n");
      }
    }
    if (!b.timeline().isEmpty()) {
      md.append("## Timeline\n\n");
      for (var t : b.timeline()) {
        md.append("- **")
            .append(t.date())
            .append("** (“")
            .append(inline(t.expression()))
            .append("”, ")
            .append(t.source())
            .append(':')
            .append(t.sentence())
            .append(") ")
            .append(inline(t.event()))
            .append('\n');
      }
      md.append('\n');
    }
    if (!b.entities().isEmpty()) {
      md.append(
          "## Actors\n\n| Name | Type | Mentions | Sources | Also called |\n|---|---|---|---|---|\n");
      for (var e : b.entities()) {
        md.append("| ")
            .append(cell(e.name()))
            .append(" | ")
            .append(e.type())
            .append(" | ")
            .append(e.mentions())
            .append(" | ")
            .append(String.join(", ", e.sources()))
            .append(" | ")
            .append(cell(String.join(", ", e.aliases())))
            .append(" |\n");
      }
      md.append('\n');
    }
    md.append("## Sources\n\n");
    for (var s : b.sources()) {
      md.append("- **").append(s.id()).append("** ").append(inline(s.name()));
      if (s.title() != null) {
        md.append(" — ").append(inline(s.title()));
      }
      if (s.published() != null) {
        md.append(" (").append(s.published()).append(')');
      } else if (s.referenceDate() != null) {
        md.append(" (written ").append(s.referenceDate()).append(", inferred)");
      }
      md.append(", ").append(s.words()).append(" words\n");
    }
    return md.toString();
  }

  private static String cites(List<Evidence> evidence) {
    return evidence.stream()
        .map(e -> "[" + e.source() + ":" + e.sentence() + "]")
        .collect(Collectors.joining(""));
  }

  /** Markdown is shown as text: neutralize characters that would start markup or HTML. */
  static String inline(String s) {
    return s.replace("\\", "\\\\")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("*", "\\*")
        .replace("_", "\\_")
        .replace("`", "\\`")
        .replace("[", "\\[")
        .replace("]", "\\]")
        .replace('\n', ' ');
  }

  private static String cell(String s) {
    return inline(s).replace("|", "\\|");
  }
}
