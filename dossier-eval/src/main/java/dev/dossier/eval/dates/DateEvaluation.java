package dev.dossier.eval.dates;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dossier.analyze.timeline.DateExpressions.Resolved;
import dev.dossier.engine.Dossier;
import dev.dossier.engine.JsonLines;
import dev.dossier.engine.ProgressListener;
import dev.dossier.model.Article;
import dev.dossier.model.ReferenceDate;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Dates measured on real news: TempEval-3 documents (calendar date expressions against their gold
 * TIMEX3 values, with the document date given and withheld) and DUC 2004 newswire (each article's
 * inferred writing date against its true date, the date withheld). Each article is its own story,
 * as a reader who gives Dossier one report would.
 */
public final class DateEvaluation {
  /** A TIMEX3 value that names a calendar year, month or day. */
  static final Pattern CALENDAR = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  private final Dossier dossier;
  private final ProgressListener listener;

  public DateEvaluation(Dossier dossier, ProgressListener listener) {
    this.dossier = dossier;
    this.listener = listener;
  }

  /** Counts of one TempEval run. */
  public record TimexScore(
      int documents, int gold, int goldFound, int goldRight, int output, int outputRight) {
    /** Gold calendar dates resolved to their exact value. */
    public double accuracy() {
      return goldRight / (double) Math.max(1, gold);
    }

    /** Calendar values output that equal the gold value of the expression they overlap. */
    public double precision() {
      return outputRight / (double) Math.max(1, output);
    }
  }

  /** Counts of one writing-date run. */
  public record WritingDateScore(int articles, int committed, int withinOneDay, int exact) {
    public double coverage() {
      return committed / (double) Math.max(1, articles);
    }

    public double precisionWithinOneDay() {
      return withinOneDay / (double) Math.max(1, committed);
    }
  }

  /**
   * TempEval-3: every gold TIMEX3 of type DATE whose value is a calendar date must be resolved to
   * that value by an expression overlapping it (accuracy); every calendar value Dossier outputs is
   * right when it overlaps a gold TIMEX3 with that same value (precision; an output overlapping no
   * gold TIMEX3 counts as wrong).
   *
   * @param giveDate whether the document date is given as the article's publication date
   */
  public TimexScore tempEval(Path file, int limit, boolean giveDate) throws IOException {
    List<JsonNode> docs = read(file, limit);
    listener.begin("TempEval-3" + (giveDate ? "" : " (date withheld)"), docs.size(), "documents");
    List<int[]> counts = parallel(docs, d -> scoreTimexes(d, giveDate));
    listener.end();
    int[] sum = new int[5];
    counts.forEach(
        c -> {
          for (int k = 0; k < sum.length; k++) {
            sum[k] += c[k];
          }
        });
    return new TimexScore(docs.size(), sum[0], sum[1], sum[2], sum[3], sum[4]);
  }

  private int[] scoreTimexes(JsonNode doc, boolean giveDate) {
    String text = doc.get("text").asText();
    LocalDate dct = LocalDate.parse(doc.get("dct").asText().substring(0, 10));
    Article a =
        new Article(doc.get("id").asText(), null, null, null, giveDate ? dct : null, null, text);
    List<Resolved> out =
        dossier.dates(List.of(a), null, ProgressListener.NONE).get(0).expressions();
    List<int[]> goldSpans = new ArrayList<>();
    List<String> goldValues = new ArrayList<>();
    int gold = 0;
    int found = 0;
    int right = 0;
    for (JsonNode t : doc.get("timexes")) {
      int begin = text.offsetByCodePoints(0, t.get("begin").asInt());
      int end = text.offsetByCodePoints(0, t.get("end").asInt());
      String value = t.path("value").asText("");
      goldSpans.add(new int[] {begin, end});
      goldValues.add(value);
      if (!t.path("type").asText().equals("DATE") || !CALENDAR.matcher(value).matches()) {
        continue;
      }
      gold++;
      boolean any = false;
      boolean ok = false;
      for (Resolved r : out) {
        if (r.begin() < end && begin < r.end()) {
          any = true;
          ok |= r.value().equals(value);
        }
      }
      found += any ? 1 : 0;
      right += ok ? 1 : 0;
    }
    int outputRight = 0;
    for (Resolved r : out) {
      for (int g = 0; g < goldSpans.size(); g++) {
        int[] s = goldSpans.get(g);
        if (r.begin() < s[1] && s[0] < r.end() && r.value().equals(goldValues.get(g))) {
          outputRight++;
          break;
        }
      }
    }
    listener.step(1);
    return new int[] {gold, found, right, out.size(), outputRight};
  }

  /**
   * DUC 2004: each article's reference date, inferred from its own text with the date withheld,
   * against its true writing date. An article counts as committed when the engine states a date.
   */
  public WritingDateScore writingDates(Path file, int limit) throws IOException {
    List<JsonNode> docs = read(file, limit);
    listener.begin("DUC 2004 writing dates", docs.size(), "articles");
    List<int[]> counts = parallel(docs, this::scoreWritingDate);
    listener.end();
    int committed = 0;
    int within = 0;
    int exact = 0;
    for (int[] c : counts) {
      committed += c[0];
      within += c[1];
      exact += c[2];
    }
    return new WritingDateScore(docs.size(), committed, within, exact);
  }

  private int[] scoreWritingDate(JsonNode doc) {
    String headline = doc.path("headline").asText(null);
    Article a =
        new Article(
            doc.get("docno").asText(), headline, null, null, null, null, doc.get("text").asText());
    ReferenceDate ref = dossier.dates(List.of(a), null, ProgressListener.NONE).get(0).reference();
    LocalDate truth = LocalDate.parse(doc.get("date").asText());
    listener.step(1);
    if (ref.date() == null) {
      return new int[] {0, 0, 0};
    }
    long off = Math.abs(ref.date().toEpochDay() - truth.toEpochDay());
    return new int[] {1, off <= 1 ? 1 : 0, off == 0 ? 1 : 0};
  }

  private List<int[]> parallel(List<JsonNode> docs, Function<JsonNode, int[]> score) {
    return dev.dossier.eval.EvalRunner.parallel(
        docs.size(), dossier.options().threads(), k -> score.apply(docs.get(k)));
  }

  private List<JsonNode> read(Path file, int limit) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    try (BufferedReader r = JsonLines.open(file)) {
      int n = 0;
      for (String line; (line = r.readLine()) != null && (limit <= 0 || out.size() < limit); ) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          out.add(JsonLines.JSON.readTree(line));
        } catch (IOException e) {
          listener.warn(file + ":" + n + ": skipped (malformed JSON line)");
        }
      }
    }
    return out;
  }

  /** The scores as the README reports them. */
  public static String report(TimexScore given, TimexScore withheld, WritingDateScore duc) {
    StringBuilder b = new StringBuilder();
    b.append(
        "| TempEval-3 calendar dates | documents | gold | resolved to the gold value | accuracy "
            + "| output | output right | precision |\n|---|---|---|---|---|---|---|---|\n");
    for (TimexScore s : new TimexScore[] {given, withheld}) {
      if (s == null) {
        continue;
      }
      b.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %d | %d | %.1f%% | %d | %d | %.1f%% |%n",
              s == given && given != null ? "document date given" : "document date withheld",
              s.documents(),
              s.gold(),
              s.goldRight(),
              100 * s.accuracy(),
              s.output(),
              s.outputRight(),
              100 * s.precision()));
    }
    if (duc != null) {
      b.append(
          String.format(
              Locale.ROOT,
              "%n| DUC 2004 writing dates (withheld) | articles | dated | "
                  + "coverage | within one day | precision | exact |%n|---|---|---|---|---|---|---|%n"
                  + "| each article alone | %d | %d | %.1f%% | %d | %.1f%% | %d |%n",
              duc.articles(),
              duc.committed(),
              100 * duc.coverage(),
              duc.withinOneDay(),
              100 * duc.precisionWithinOneDay(),
              duc.exact()));
    }
    return b.toString();
  }
}
