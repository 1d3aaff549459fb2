package io.articlebot.core.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;

/** Reads the vectors of some documents back from Lucene: an article's, when a question first reaches it. */
final class VectorReader {
  private final List<LeafReaderContext> leaves;

  VectorReader(IndexReader reader) {
    this.leaves = reader.leaves();
  }

  /**
   * The vectors of {@code field} of documents {@code docs[from]} to {@code docs[from + count - 1]},
   * which are in increasing order (one article's block).
   */
  float[][] read(String field, int[] docs, int from, int count) throws IOException {
    float[][] out = new float[count][];
    int leafIndex = -1;
    LeafReaderContext leaf = null;
    FloatVectorValues values = null;
    for (int i = 0; i < count; i++) {
      int doc = docs[from + i];
      if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc() || doc < leaf.docBase) {
        leafIndex = ReaderUtil.subIndex(doc, leaves);
        leaf = leaves.get(leafIndex);
        values = leaf.reader().getFloatVectorValues(field);
      }
      int target = doc - leaf.docBase;
      if (values == null || (values.docID() > target) || (values.docID() != target && values.advance(target) != target)) {
        throw new IOException("document " + doc + " has no " + field + " in the index");
      }
      out[i] = values.vectorValue().clone();
    }
    return out;
  }
}
