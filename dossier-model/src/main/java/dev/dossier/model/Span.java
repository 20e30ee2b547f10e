package dev.dossier.model;

/**
 * A half-open character range {@code [begin, end)} into an article's text. Every annotation points
 * into the text it came from through a span, so whatever the engine says can be traced back
 * verbatim.
 */
public record Span(int begin, int end) implements Comparable<Span> {
  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
    }
  }

  public int length() {
    return end - begin;
  }

  public boolean contains(Span other) {
    return begin <= other.begin && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return begin < other.end && other.begin < end;
  }

  /** The covered text; fails fast when the span does not fit the text it is applied to. */
  public String of(String text) {
    if (end > text.length()) {
      throw new IllegalArgumentException(
          "span " + this + " outside text of length " + text.length());
    }
    return text.substring(begin, end);
  }

  @Override
  public int compareTo(Span o) {
    return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
  }
}
