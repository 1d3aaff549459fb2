package io.articlebot.core.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * The best {@code n} sentences by score, ties going to the lower sentence id: what Lucene's
 * top-docs collector gives when document ids are sentence ids, for an index whose documents are
 * in another order (an index on disk, updated one article at a time, or a view of one article).
 */
final class TopSentences implements Collector {
  private record Hit(float score, int id) {}

  private final int n;
  private final int[] docToId;
  // Worst first: lowest score, then highest id.
  private final PriorityQueue<Hit> queue = new PriorityQueue<>((a, b) -> a.score != b.score ? Float.compare(a.score, b.score)
      : Integer.compare(b.id, a.id));

  TopSentences(int n, int[] docToId) {
    this.n = n;
    this.docToId = docToId;
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.TOP_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) {
    int base = context.docBase;
    return new LeafCollector() {
      private Scorable scorer;

      @Override
      public void setScorer(Scorable s) throws IOException {
        this.scorer = s;
        if (queue.size() == n) {
          // Equal scores stay competitive: a tie may go to a sentence of a lower id.
          s.setMinCompetitiveScore(queue.peek().score);
        }
      }

      @Override
      public void collect(int doc) throws IOException {
        int id = docToId[base + doc];
        if (id < 0) {
          return; // not a sentence of this index (a paragraph, or another article for a view)
        }
        float score = scorer.score();
        if (queue.size() < n) {
          queue.add(new Hit(score, id));
        } else {
          Hit worst = queue.peek();
          if (score < worst.score || (score == worst.score && id > worst.id)) {
            return;
          }
          queue.poll();
          queue.add(new Hit(score, id));
        }
        if (queue.size() == n) {
          scorer.setMinCompetitiveScore(queue.peek().score);
        }
      }
    };
  }

  /** Sentence ids, best first. */
  List<Integer> ids() {
    List<Hit> hits = new ArrayList<>(queue);
    hits.sort(Collections.reverseOrder(queue.comparator()));
    return hits.stream().map(Hit::id).toList();
  }
}
