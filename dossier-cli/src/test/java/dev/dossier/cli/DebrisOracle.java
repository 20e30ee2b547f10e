package dev.dossier.cli;

import java.util.regex.Pattern;

/**
 * A test oracle for web debris, independent of the engine's cleaner (which reads only line shape
 * and repetition): common debris wordings of news sites. Used only to check output, never to clean
 * input.
 */
final class DebrisOracle {
  private static final Pattern DEBRIS =
      Pattern.compile(
          "(?i)getty images|\\bap photo\\b|\\bphoto:|\\bimage:|\\bcredit:|click here|share this|share via|sign up"
              + "|\\bsubscribe\\b|\\bsubscribing\\b|newsletter|all rights reserved|©|copyright|follow us|read more|advertisement"
              + "|leave a (reply|comment)|log out|you are commenting|cookie policy|https?://|www\\.|follow @\\w"
              + "|as an interest|stay up to date|hide caption|thanks for subscribing"
              + "|\\(\\s*[A-Z][\\w.-]*( [A-Z][\\w.-]*)*/[A-Z]");

  private DebrisOracle() {}

  static boolean looksLikeDebris(String sentence) {
    return DEBRIS.matcher(sentence).find();
  }
}
