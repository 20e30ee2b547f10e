package dev.dossier.testkit;

import java.util.Random;

/**
 * Random input for the property tests of parsers and cleaners, reproducible from its seed. The seed
 * is new on every run unless {@code -Ddossier.seed=N} fixes it, and it is printed, so a failure
 * seen once can be replayed: {@code ./mvnw test -Dtest=... -Ddossier.seed=N}. Plain JUnit rather
 * than a property-testing library (see {@code docs/stack.md}).
 */
public final class SeededRandom {
  private final long seed;
  private final Random random;

  private SeededRandom(long seed) {
    this.seed = seed;
    this.random = new Random(seed);
  }

  /** A generator for the named test, its seed printed to standard output. */
  public static SeededRandom forTest(String test) {
    SeededRandom r = new SeededRandom(Long.getLong("dossier.seed", System.nanoTime()));
    System.out.println(test + " seed: " + r.seed);
    return r;
  }

  public long seed() {
    return seed;
  }

  /** The underlying generator, for choices the helpers below do not cover. */
  public Random random() {
    return random;
  }

  /**
   * Between {@code min} and {@code max} words (inclusive) drawn from {@code vocabulary}, separated
   * by spaces.
   */
  public String words(String[] vocabulary, int min, int max) {
    StringBuilder b = new StringBuilder();
    int n = min + random.nextInt(max - min + 1);
    for (int k = 0; k < n; k++) {
      b.append(k > 0 ? " " : "").append(vocabulary[random.nextInt(vocabulary.length)]);
    }
    return b.toString();
  }

  /** Fewer than {@code maxLength} characters drawn from {@code alphabet}. */
  public String chars(String alphabet, int maxLength) {
    StringBuilder b = new StringBuilder();
    for (int k = random.nextInt(maxLength); k > 0; k--) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  /**
   * A description for an assertion about {@code input}: the seed that replays it, and the input.
   */
  public String about(Object input) {
    return "seed " + seed + ": " + input;
  }
}
