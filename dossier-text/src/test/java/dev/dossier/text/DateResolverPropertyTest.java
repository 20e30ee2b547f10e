package dev.dossier.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.testkit.SeededRandom;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Whatever value SUTime or a text hands it, the resolver answers with a calendar date of four-digit
 * year or with nothing, and never throws: one odd expression never costs a briefing.
 */
class DateResolverPropertyTest {
  private static final String[] SHAPES = {
    "%d",
    "%d-%02d",
    "%d-%02d-%02d",
    "XXXX-%02d-%02d",
    "XXXX-%02d",
    "XXXX-WXX-%d",
    "THIS P1D OFFSET P%dD",
    "THIS P1M OFFSET P%dM",
    "THIS P1Y OFFSET P%dY",
    "OFFSET P%dY",
    "OFFSET P%dW",
    "%d-%02d-%02dT%02d:00",
    "P%dY",
    "PAST_REF",
    "FUTURE_REF",
    "XXXX-WI",
    "%dS"
  };

  @Test
  void anyValueResolvesToACalendarDateOrNothing() {
    SeededRandom seeded = SeededRandom.forTest("DateResolverPropertyTest");
    java.util.Random r = seeded.random();
    for (int i = 0; i < 20_000; i++) {
      String value = value(r);
      LocalDate ref =
          r.nextInt(10) == 0 ? null : LocalDate.of(1 + r.nextInt(9999), 1 + r.nextInt(12), 1);
      Tense tense = r.nextBoolean() ? Tense.PAST : Tense.FUTURE;
      ResolvedDate d = DateResolver.resolve(value, ref, tense);
      if (d != null) {
        assertThat(d.start().getYear()).as(seeded.about(value + " @ " + ref)).isBetween(1, 9999);
        assertThat(d.iso()).as(seeded.about(value)).matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
        assertThat(d.start().toString()).as(seeded.about(value)).startsWith(d.iso());
      }
    }
  }

  @Test
  void deepTimeAndHugeOffsetsAreNoDate() {
    LocalDate ref = LocalDate.of(2016, 5, 10);
    assertThat(DateResolver.resolve("OFFSET P-250000Y", ref, Tense.PAST)).isNull();
    assertThat(DateResolver.resolve("THIS P1Y OFFSET P-99999999999Y", ref, Tense.PAST)).isNull();
    assertThat(DateResolver.resolve("OFFSET P9000Y", ref, Tense.FUTURE)).isNull();
    assertThat(DateResolver.resolve("2100", ref, Tense.FUTURE).iso()).isEqualTo("2100");
  }

  private static String value(java.util.Random r) {
    if (r.nextInt(8) == 0) {
      return garbage(r);
    }
    String shape = SHAPES[r.nextInt(SHAPES.length)];
    Object[] args = new Object[4];
    for (int k = 0; k < args.length; k++) {
      args[k] = number(r);
    }
    try {
      return String.format(shape, args);
    } catch (java.util.IllegalFormatException e) {
      return shape;
    }
  }

  /** Mostly plausible numbers, sometimes deep time, huge, negative or zero. */
  private static long number(java.util.Random r) {
    return switch (r.nextInt(6)) {
      case 0 -> -r.nextInt(400_000);
      case 1 -> r.nextInt(100_000_000);
      case 2 -> 0;
      case 3 -> 1 + r.nextInt(31);
      default -> 1900 + r.nextInt(200);
    };
  }

  private static String garbage(java.util.Random r) {
    String alphabet = "0123456789XWTPYMD-: OFFSETHISPREF_";
    StringBuilder b = new StringBuilder();
    for (int k = r.nextInt(24); k > 0; k--) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }
}
