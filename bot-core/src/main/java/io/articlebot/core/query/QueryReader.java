package io.articlebot.core.query;

import io.articlebot.core.analysis.Alternative;
import io.articlebot.core.analysis.Lexicon;
import io.articlebot.core.analysis.ParsedQuestion;
import io.articlebot.core.analysis.QueryTerm;
import io.articlebot.core.analysis.QuestionParser;
import io.articlebot.core.embedding.TextEmbedding;
import io.articlebot.core.index.ArticleIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a question against an index: parses it, fits each content word to the vocabulary (forms,
 * synonyms, spelling), weighs words by rarity, tells which are names the articles use, and embeds
 * the question. Thread-safe.
 */
public final class QueryReader {
  /** An absent word weighs this share of the idf of a word seen once: it counts against coverage. */
  private static final double MISSING_TERM_IDF_SHARE = 0.6;

  private final ArticleIndex index;
  private final QuestionParser parser;
  private final QueryExpander expander;
  /** Enough for a few lines read ahead; a vector nobody takes is dropped with the oldest. */
  private final QuestionVectors<TextEmbedding> ahead = new QuestionVectors<>(16);

  public QueryReader(ArticleIndex index) {
    this.index = index;
    this.parser = new QuestionParser(Lexicon.english(), index.analyzer());
    this.expander = new QueryExpander(index);
  }

  public Query read(String question) {
    ParsedQuestion parsed = parser.parse(question);
    return read(parsed, ahead.take(embeddingText(parsed), index.embedder()::embedQuestionWithTokens));
  }

  /**
   * Embeds a question expected soon (the next line of a batch), on the calling thread, so that
   * {@link #read(String)} finds its vector ready. The vector is the same either way.
   */
  public void embedAhead(String question) {
    ahead.embedAhead(embeddingText(question), index.embedder()::embedQuestionWithTokens);
  }

  /**
   * What the embedding model sees of a question: its words without chat noise ("hey bot,") and
   * with bare country codes spelled as the articles do.
   */
  public String embeddingText(String question) {
    return embeddingText(parser.parse(question));
  }

  private static String embeddingText(ParsedQuestion parsed) {
    return parsed.text().isBlank() ? "?" : parsed.text();
  }

  /** With the vector already computed (batches, caches). */
  public Query read(String question, TextEmbedding embedding) {
    return read(parser.parse(question), embedding);
  }

  private Query read(ParsedQuestion parsed, TextEmbedding embedding) {
    List<WeightedTerm> terms = weigh(parsed.text(), parsed.terms());
    int focus = -1;
    double total = 0;
    for (int i = 0; i < terms.size(); i++) {
      total += terms.get(i).mass();
      if (parsed.focus().isPresent() && terms.get(i).term().word().equals(parsed.focus().get())) {
        focus = i;
      }
    }
    return new Query(parsed, terms, embedding.vector(), embedding.tokens(), nameGroups(terms), focus, countedTerms(parsed, terms), total);
  }

  public ArticleIndex index() {
    return index;
  }

  private List<WeightedTerm> weigh(String questionText, List<QueryTerm> parsed) {
    int n = Math.max(1, index.sentenceCount());
    List<WeightedTerm> out = new ArrayList<>(parsed.size());
    double missingIdf = MISSING_TERM_IDF_SHARE * idf(1, n);
    // A question typed all in lower case says nothing about names; otherwise a word the user did not
    // capitalise is not one, even if the article has it in a name ("big" vs "Big Tech").
    boolean casingKnown = questionText.chars().anyMatch(Character::isUpperCase);
    for (QueryTerm raw : parsed) {
      QueryTerm term = expander.expand(raw);
      List<Alternative> present = new ArrayList<>();
      int df = 0;
      boolean name = false;
      boolean topic = false;
      for (Alternative a : term.alternatives()) {
        int f = index.vocabulary().docFreq(a.term());
        if (f > 0) {
          present.add(a);
          df += f;
          boolean isTopic = isTopic(a.term(), f, n);
          topic |= isTopic && a.weight() >= 0.85;
          name |= a.weight() >= 0.85 && index.vocabulary().looksLikeName(a.term())
              && (term.capitalized() || !casingKnown) && term.weight() == 1.0 && !isTopic;
        }
      }
      double idf = present.isEmpty() ? missingIdf : idf(Math.min(df, n), n);
      out.add(new WeightedTerm(term, present, idf, name, topic));
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

  public static double idf(int df, int n) {
    return StrictMath.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  private static List<WeightedTerm> countedTerms(ParsedQuestion question, List<WeightedTerm> terms) {
    // "How many people": too general a noun to insist the number sits next to it.
    return terms.stream()
        .filter(t -> !t.missing() && t.term().weight() == 1.0 && question.counted().contains(t.term().word()))
        .toList();
  }

  /** Names next to each other in the question ("Liang Wenfeng") form one group. */
  private static int[][] nameGroups(List<WeightedTerm> terms) {
    List<List<Integer>> groups = new ArrayList<>();
    int lastPosition = Integer.MIN_VALUE;
    for (int i = 0; i < terms.size(); i++) {
      WeightedTerm t = terms.get(i);
      // A capitalised word the article never uses is a name too, and no passage has it.
      boolean absentName = t.missing() && t.term().capitalized() && t.term().weight() == 1.0;
      if (!t.name() && !absentName) {
        continue;
      }
      if (t.term().position() == lastPosition + 1 && !groups.isEmpty()) {
        groups.get(groups.size() - 1).add(i);
      } else {
        groups.add(new ArrayList<>(List.of(i)));
      }
      lastPosition = t.term().position();
    }
    return groups.stream().map(g -> g.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
  }
}
