package dev.dossier.engine;

import dev.dossier.analyze.BriefingOptions;
import dev.dossier.ingest.FileDecoder;

/**
 * The engine's typed options, bounds checked when built.
 *
 * @param threads annotation and summarization threads, at least 1 (default: the machine's cores)
 * @param summaryWords a briefing's summary length in words (default {@value
 *     BriefingOptions#DEFAULT_WORDS})
 * @param maxFileBytes a file read whole (text, HTML, feed) larger than this is skipped with a
 *     warning; JSONL and WARC files are streamed and have no limit (default {@link
 *     FileDecoder#DEFAULT_MAX_BYTES})
 */
public record DossierOptions(int threads, int summaryWords, long maxFileBytes) {
  /** Threads beyond this gain nothing on CoreNLP's shared models and only cost memory. */
  static final int MAX_THREADS = 256;

  public DossierOptions {
    if (threads < 1 || threads > MAX_THREADS) {
      throw new IllegalArgumentException(
          "threads must be between 1 and " + MAX_THREADS + ": " + threads);
    }
    BriefingOptions.withWords(summaryWords); // the one place the summary length's bounds are stated
    if (maxFileBytes < 1) {
      throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
    }
  }

  /** One thread per core, a summary of the default length, the decoder's file limit. */
  public static DossierOptions defaults() {
    return new DossierOptions(
        Runtime.getRuntime().availableProcessors(),
        BriefingOptions.DEFAULT_WORDS,
        FileDecoder.DEFAULT_MAX_BYTES);
  }

  public DossierOptions withThreads(int n) {
    return new DossierOptions(n, summaryWords, maxFileBytes);
  }

  public DossierOptions withSummaryWords(int n) {
    return new DossierOptions(threads, n, maxFileBytes);
  }

  public DossierOptions withMaxFileBytes(long n) {
    return new DossierOptions(threads, summaryWords, n);
  }
}
