package dev.dossier.cli;

import dev.dossier.engine.Dossier;
import dev.dossier.engine.OutputFile;
import dev.dossier.model.briefing.Briefing;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * Where a briefing goes (a picocli mixin): standard output in one format, one file ({@code --out},
 * whose extension implies the format), or several formats at once into a folder ({@code --format
 * md,json,html --out-dir DIR}, files {@code briefing.md} and so on).
 */
final class BriefingOutput {
  static final List<String> FORMATS = List.of("md", "json", "html");

  @Option(
      names = "--format",
      split = ",",
      description =
          "md, json or html, or several with --out-dir "
              + "(default: md, or what --out's extension says)")
  List<String> formats;

  @Option(
      names = "--out",
      description =
          "write to this file instead of standard output (.md, .json or .html " + "set the format)")
  Path out;

  @Option(
      names = "--out-dir",
      description = "write briefing.<format> for each --format into this folder")
  Path outDir;

  /** Validates the options before any work is done. */
  void check() {
    for (String f : chosen()) {
      if (!FORMATS.contains(f)) {
        throw usage("unknown format '" + f + "' (md, json or html)");
      }
    }
    if (out != null && outDir != null) {
      throw usage("give either --out or --out-dir, not both");
    }
    if (outDir == null && chosen().size() > 1) {
      throw usage("several formats need --out-dir DIR (one file per format)");
    }
    if (out != null && formats != null && implied(out) != null && !formats.contains(implied(out))) {
      throw usage(
          "--out "
              + out
              + " is "
              + implied(out)
              + " but --format says "
              + String.join(",", formats));
    }
    if (out != null) {
      OutputFile.prepare(out, "--out");
    }
    if (outDir != null) {
      OutputFile.prepare(outDir.resolve("briefing.md"), "--out-dir");
    }
  }

  void write(Briefing briefing, boolean quiet) {
    if (out == null && outDir == null) {
      System.out.print(Dossier.render(briefing, chosen().iterator().next()));
      System.out.flush();
      return;
    }
    for (String f : chosen()) {
      Path target = out != null ? out : outDir.resolve("briefing." + f);
      OutputFile.write(target, Dossier.render(briefing, f));
      if (!quiet) {
        System.err.println("wrote " + target);
      }
    }
  }

  private Set<String> chosen() {
    Set<String> s = new LinkedHashSet<>();
    if (formats != null) {
      formats.forEach(f -> s.add(normal(f)));
    } else if (out != null && implied(out) != null) {
      s.add(implied(out));
    } else {
      s.add("md");
    }
    return s;
  }

  private static String normal(String f) {
    String n = f.strip().toLowerCase(Locale.ROOT);
    return n.equals("markdown") ? "md" : n;
  }

  /** The format a file's extension names, or null. */
  static String implied(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return Arrays.stream(new String[] {"md", "json", "html"})
        .filter(
            f ->
                name.endsWith("." + f)
                    || (f.equals("html") && name.endsWith(".htm"))
                    || (f.equals("md") && name.endsWith(".markdown")))
        .findFirst()
        .orElse(null);
  }

  private static Main.UsageError usage(String message) {
    return new Main.UsageError(message);
  }
}
