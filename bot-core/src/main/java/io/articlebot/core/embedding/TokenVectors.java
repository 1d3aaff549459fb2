package io.articlebot.core.embedding;

import java.nio.ByteBuffer;
import java.util.List;
import org.apache.lucene.util.VectorUtil;

/**
 * One text's token vectors, as a late-interaction (ColBERT-style) match reads them: each token's
 * contextual vector from the embedding model's last layer, scaled to unit length and stored as
 * signed bytes with one scale per token. Bytes keep a bundled article's tokens in a few hundred
 * kilobytes and make the many small dot products of a question cheap; the rounding moves a cosine
 * by about 0.01. Immutable.
 */
public final class TokenVectors {
  /** No tokens: a text with only punctuation and stop words, or an embedder without token vectors. */
  public static final TokenVectors NONE = new TokenVectors(new byte[0][], new float[0]);

  private final byte[][] rows;
  private final float[] scales;

  private TokenVectors(byte[][] rows, float[] scales) {
    this.rows = rows;
    this.scales = scales;
  }

  /** Quantises each vector (of any length, all the same) after scaling it to unit length. */
  public static TokenVectors of(List<float[]> vectors) {
    if (vectors.isEmpty()) {
      return NONE;
    }
    byte[][] rows = new byte[vectors.size()][];
    float[] scales = new float[vectors.size()];
    int dimension = vectors.get(0).length;
    for (int r = 0; r < rows.length; r++) {
      float[] v = vectors.get(r);
      if (v.length != dimension) {
        throw new IllegalArgumentException("token vectors of different lengths: " + dimension + " and " + v.length);
      }
      double norm = 0;
      float largest = 0;
      for (float x : v) {
        norm += x * x;
        largest = Math.max(largest, Math.abs(x));
      }
      byte[] row = new byte[dimension];
      if (norm > 0 && largest > 0) {
        float unit = (float) (1 / Math.sqrt(norm));
        float step = largest * unit / 127f;
        for (int i = 0; i < dimension; i++) {
          row[i] = (byte) Math.round(v[i] * unit / step);
        }
        scales[r] = step;
      }
      rows[r] = row;
    }
    return new TokenVectors(rows, scales);
  }

  public int size() {
    return rows.length;
  }

  /** The length of each token's vector (0 for {@link #NONE}). */
  int dimension() {
    return rows.length == 0 ? 0 : rows[0].length;
  }

  /** Bytes {@link #write} takes. */
  int encodedSize() {
    return Integer.BYTES + rows.length * (Float.BYTES + dimension());
  }

  /** The token count, each token's scale, then each token's bytes. */
  void write(ByteBuffer out) {
    out.putInt(rows.length);
    for (float scale : scales) {
      out.putFloat(scale);
    }
    for (byte[] row : rows) {
      out.put(row);
    }
  }

  /** What {@link #write} wrote, for tokens of {@code dimension} values. */
  static TokenVectors read(ByteBuffer in, int dimension) {
    int count = in.getInt();
    if (count < 0 || (long) count * (Float.BYTES + dimension) > in.remaining()) {
      throw new IllegalArgumentException("not token vectors: " + count + " tokens in " + in.remaining() + " bytes");
    }
    if (count == 0) {
      return NONE;
    }
    float[] scales = new float[count];
    for (int i = 0; i < count; i++) {
      scales[i] = in.getFloat();
    }
    byte[][] rows = new byte[count][dimension];
    for (byte[] row : rows) {
      in.get(row);
    }
    return new TokenVectors(rows, scales);
  }

  /** The cosine of token {@code i} and token {@code j} of {@code other}, to within the rounding. */
  public float cosine(int i, TokenVectors other, int j) {
    return VectorUtil.dotProduct(rows[i], other.rows[j]) * scales[i] * other.scales[j];
  }

  /**
   * Raises {@code best[i]} to the largest cosine of this text's token {@code i} with any token of
   * {@code other}: the "max" of MaxSim, over one more text of a passage.
   */
  public void raiseBest(TokenVectors other, float[] best) {
    if (best.length != rows.length) {
      throw new IllegalArgumentException("best has " + best.length + " entries for " + rows.length + " tokens");
    }
    for (int i = 0; i < rows.length; i++) {
      float b = best[i];
      for (int j = 0; j < other.rows.length; j++) {
        b = Math.max(b, cosine(i, other, j));
      }
      best[i] = b;
    }
  }
}
