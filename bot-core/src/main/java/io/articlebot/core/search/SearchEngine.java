package io.articlebot.core.search;

import io.articlebot.core.analysis.Alternative;
import io.articlebot.core.analysis.Lexicon;
import io.articlebot.core.analysis.ParsedQuestion;
import io.articlebot.core.analysis.QueryTerm;
import io.articlebot.core.analysis.QuestionParser;
import io.articlebot.core.answer.Answer;
import io.articlebot.core.answer.Question;
import io.articlebot.core.answer.QuestionAnswerer;
import io.articlebot.core.answer.Quote;
import io.articlebot.core.util.LruCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Answers a question from the index in two stages: Lucene BM25 over sentences finds candidates
 * with every form and synonym of the question's words; then passages around them are scored on how
 * much of the question they cover (idf-weighted), whether they hold the kind of value asked for, and
 * whether they mention the names the question is about. The article "doesn't say" when the best
 * passage falls short on any of those. Thread-safe.
 */
public final class SearchEngine implements QuestionAnswerer {
  private static final int CANDIDATES = 20;

  private final ArticleIndex index;
  private final QuestionParser parser;
  private final QueryExpander expander;
  private final PassageRanker ranker;
  private final RankingWeights weights;
  private final QuoteMaker quotes = new QuoteMaker();
  /** The index never changes, so neither does the answer to a question asked again. */
  private final LruCache<String, Answer> recent = new LruCache<>(4096);

  public SearchEngine(ArticleIndex index) {
    this(index, RankingWeights.DEFAULT);
  }

  SearchEngine(ArticleIndex index, RankingWeights weights) {
    this.index = index;
    this.weights = weights;
    this.parser = new QuestionParser(Lexicon.english(), index.analyzer());
    this.expander = new QueryExpander(index);
    this.ranker = new PassageRanker(index, weights);
  }

  public ArticleIndex index() {
    return index;
  }

  @Override
  public Answer answer(Question question) {
    return recent.get(question.text(), text -> explain(question).answer());
  }

  /** The answer with the evidence behind it, for the eval report and tests. */
  public Explanation explain(Question question) {
    ParsedQuestion parsed = parser.parse(question.text());
    List<WeightedTerm> terms = weigh(parsed.text(), parsed.terms());
    if (terms.isEmpty() || terms.stream().allMatch(WeightedTerm::missing)) {
      return Explanation.abstained(question, parsed, terms, "no word of the question occurs in the article");
    }
    String counted = parsed.counted().isEmpty() ? "" : parsed.counted().get(0);
    for (WeightedTerm t : terms) {
      // A name the article never uses, or the thing to count ("how many vacation days"), means the
      // question is about something else.
      boolean essential = t.term().capitalized() || (t.term().word().equals(counted) && t.term().weight() == 1.0);
      if (t.missing() && essential) {
        return Explanation.abstained(question, parsed, terms, "the article never mentions " + t.term().word());
      }
    }
    Map<Integer, Float> hits = search(terms);
    if (hits.isEmpty()) {
      return Explanation.abstained(question, parsed, terms, "no sentence matches");
    }
    List<RankedPassage> ranked = ranker.rank(parsed, terms, hits);
    // The best passage that passes every check; a heading that merely repeats the question's words
    // must not hide the passage below it that holds the asked-for value.
    RankedPassage best = ranked.stream().filter(r -> refusal(r) == null).findFirst().orElse(null);
    if (best == null) {
      return new Explanation(Answer.abstain(question, confidence(ranked.get(0))), parsed, terms, ranked, refusal(ranked.get(0)));
    }
    double confidence = confidence(best);
    Set<String> matched = new HashSet<>();
    for (WeightedTerm t : terms) {
      t.present().forEach(a -> matched.add(a.term()));
    }
    List<Quote> chosen = new ArrayList<>();
    List<Passage> used = new ArrayList<>();
    chosen.add(quotes.make(best, matched));
    used.add(best.passage());
    for (RankedPassage r : ranked) {
      if (chosen.size() == Answer.MAX_QUOTES) {
        break;
      }
      boolean weak = r.coverage() < weights.minExtraCoverage() || r.score() < best.score() * weights.minExtraScoreShare()
          || !r.namesCovered() || (r.typeRequired() && !r.typeMatched());
      if (weak || used.stream().anyMatch(u -> u.overlaps(r.passage()))) {
        continue;
      }
      used.add(r.passage());
      chosen.add(quotes.make(r, matched));
    }
    return new Explanation(new Answer(question, true, confidence, chosen), parsed, terms, ranked, "");
  }

  /** Why the best passage does not answer, or null when it does. */
  private String refusal(RankedPassage best) {
    if (!best.namesCovered()) {
      return "no passage mentions all the names in the question";
    }
    if (!best.focusCovered()) {
      return "no passage mentions what the question asks for";
    }
    if (!best.typeMatched() && best.typeRequired()) {
      return "no passage holds the kind of value asked for";
    }
    if (best.coverage() < weights.minCoverage()) {
      return "the best passage covers too little of the question";
    }
    return null;
  }

  private static double confidence(RankedPassage best) {
    double c = best.coverage();
    if ((!best.typeMatched() && best.typeRequired()) || !best.namesCovered() || !best.focusCovered()) {
      c *= 0.5;
    }
    return Math.max(0, Math.min(1, c));
  }

  private List<WeightedTerm> weigh(String questionText, List<QueryTerm> parsed) {
    int n = Math.max(1, index.sentenceCount());
    List<WeightedTerm> out = new ArrayList<>(parsed.size());
    double missingIdf = weights.missingTermIdfShare() * idf(1, n);
    // A question typed all in lower case says nothing about names; otherwise a word the user did not
    // capitalise is not one, even if the article has it in a name ("big" vs "Big Tech").
    boolean casingKnown = questionText.chars().anyMatch(Character::isUpperCase);
    for (QueryTerm raw : parsed) {
      QueryTerm term = expander.expand(raw);
      List<Alternative> present = new ArrayList<>();
      int df = 0;
      boolean name = false;
      for (Alternative a : term.alternatives()) {
        int f = index.vocabulary().docFreq(a.term());
        if (f > 0) {
          present.add(a);
          df += f;
          name |= a.weight() >= 0.85 && index.vocabulary().looksLikeName(a.term())
              && (term.capitalized() || !casingKnown) && term.weight() == 1.0
              && !isTopic(a.term(), f, n);
        }
      }
      double idf = present.isEmpty() ? missingIdf : idf(Math.min(df, n), n);
      out.add(new WeightedTerm(term, present, idf, name));
    }
    return out;
  }

  /**
   * The article's own subject ("DeepSeek" in a story about DeepSeek), named in its title or in so
   * many sentences that the others refer to it as "it" or "the company": a passage need not repeat
   * it.
   */
  private boolean isTopic(String term, int docFreq, int sentences) {
    return (sentences >= 10 && docFreq * 5 >= sentences) || index.titleTerms().contains(term);
  }

  private static double idf(int df, int n) {
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  private Map<Integer, Float> search(List<WeightedTerm> terms) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (WeightedTerm t : terms) {
      if (t.missing()) {
        continue;
      }
      SynonymQuery.Builder forms = new SynonymQuery.Builder(ArticleIndex.FIELD);
      for (Alternative a : t.present()) {
        forms.addTerm(new Term(ArticleIndex.FIELD, a.term()), (float) a.weight());
      }
      Query q = new BoostQuery(forms.build(), (float) t.term().weight());
      query.add(q, BooleanClause.Occur.SHOULD);
    }
    try {
      TopDocs top = index.searcher().search(query.build(), CANDIDATES);
      Map<Integer, Float> hits = new HashMap<>();
      for (ScoreDoc d : top.scoreDocs) {
        hits.put(d.doc, d.score);
      }
      return hits;
    } catch (IOException e) {
      throw new UncheckedIOException("searching in memory cannot fail", e);
    }
  }
}
