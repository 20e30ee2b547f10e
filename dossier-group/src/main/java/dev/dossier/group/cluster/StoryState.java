package dev.dossier.group.cluster;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;

/** How a {@link Story} is written into and read from the clusterer's saved state. */
final class StoryState {
  private StoryState() {}

  static void write(Story s, DataOutput out) throws IOException {
    out.writeUTF(s.id);
    out.writeLong(s.ordinal);
    out.writeInt(s.size);
    out.writeLong(s.terms);
    out.writeLong(s.first == null ? Long.MIN_VALUE : s.first.toEpochDay());
    out.writeLong(s.last == null ? Long.MIN_VALUE : s.last.toEpochDay());
    writeMap(s.sum, out);
    writeMap(s.frozen, out);
    out.writeInt(s.articles.size());
    for (String a : s.articles) {
      out.writeUTF(a);
    }
    out.writeInt(s.recent.size());
    for (var e : s.recent.entrySet()) {
      out.writeUTF(e.getKey());
      TermVector v = e.getValue();
      out.writeInt(v.size());
      for (int k = 0; k < v.size(); k++) {
        out.writeLong(v.terms()[k]);
        out.writeFloat(v.counts()[k]);
        out.writeDouble(v.weights()[k]);
      }
    }
  }

  static Story read(DataInput in) throws IOException {
    Story s = new Story(in.readUTF(), in.readLong());
    s.size = in.readInt();
    s.terms = in.readLong();
    long first = in.readLong();
    long last = in.readLong();
    s.first = first == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(first);
    s.last = last == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(last);
    readMap(s.sum, in);
    readMap(s.frozen, in);
    for (int i = in.readInt(); i > 0; i--) {
      s.articles.add(in.readUTF());
    }
    for (int i = in.readInt(); i > 0; i--) {
      String article = in.readUTF();
      int n = in.readInt();
      long[] terms = new long[n];
      float[] counts = new float[n];
      double[] weights = new double[n];
      for (int k = 0; k < n; k++) {
        terms[k] = in.readLong();
        counts[k] = in.readFloat();
        weights[k] = in.readDouble();
      }
      s.recent.put(article, new TermVector(terms, counts, weights));
    }
    return s;
  }

  private static void writeMap(Map<Long, Double> m, DataOutput out) throws IOException {
    out.writeInt(m.size());
    for (var e : m.entrySet()) {
      out.writeLong(e.getKey());
      out.writeDouble(e.getValue());
    }
  }

  private static void readMap(Map<Long, Double> m, DataInput in) throws IOException {
    for (int i = in.readInt(); i > 0; i--) {
      m.put(in.readLong(), in.readDouble());
    }
  }
}
