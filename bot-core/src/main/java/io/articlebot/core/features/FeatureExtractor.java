package io.articlebot.core.features;

import io.articlebot.core.analysis.Analysis.Token;
import io.articlebot.core.analysis.AnswerType;
import io.articlebot.core.analysis.Negation;
import io.articlebot.core.analysis.TypedValues;
import io.articlebot.core.candidates.Passage;
import io.articlebot.core.embedding.TextEmbedder;
import io.articlebot.core.index.ArticleIndex;
import io.articlebot.core.index.IndexedParagraph;
import io.articlebot.core.index.IndexedSentence;
import io.articlebot.core.query.Query;
import io.articlebot.core.query.WeightedTerm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The second stage: describes each candidate passage by {@link Feature}s. What used to be hand-set
 * rules (the names a question is about, the kind of value it wants, the X of "what is the X of Y")
 * are features here, weighed by the model like any other. Thread-safe; one call per question.
 */
public final class FeatureExtractor {
  /** How many words before the counted noun its number may stand: "100 billion yuan in assets". */
  private static final int COUNT_WINDOW = 4;
  private static final Pattern YEAR = Pattern.compile("1[5-9]\\d\\d|20\\d\\d");
  private static final Pattern PUNCTUATION = Pattern.compile("[,.;:!?()\\[\\]—–]");

  private final ArticleIndex index;

  public FeatureExtractor(ArticleIndex index) {
    this.index = index;
  }

  public List<PassageFeatures> extract(Query query, List<Passage> passages) {
    TermMatches matches = new TermMatches(query);
    PhraseMatches phrases = new PhraseMatches(query, matches);
    boolean questionNegated = Negation.in(query.parsed().text());
    Map<IndexedParagraph, double[]> paragraphMatches = new IdentityHashMap<>();
    Map<IndexedParagraph, double[]> paragraphExact = new IdentityHashMap<>();
    Map<IndexedSentence, double[]> sentenceScores = new IdentityHashMap<>(); // bm25, cos
    Map<IndexedParagraph, double[]> paragraphScores = new IdentityHashMap<>();
    Map<IndexedParagraph, Double> headingCos = new IdentityHashMap<>();
    for (Passage p : passages) {
      for (IndexedSentence s : p.sentences()) {
        sentenceScores.computeIfAbsent(s, x -> new double[] {
            Bm25.score(query, x.counts(), x.tokens().size(), index.averageSentenceLength()),
            TextEmbedder.dot(query.vector(), x.vector())});
      }
      paragraphScores.computeIfAbsent(p.paragraph(), x -> new double[] {
          Bm25.score(query, x.counts(), x.length(), index.averageParagraphLength()),
          TextEmbedder.dot(query.vector(), x.vector())});
    }
    Map<IndexedSentence, Integer> bm25Rank = rank(sentenceScores, 0);
    Map<IndexedSentence, Integer> cosRank = rank(sentenceScores, 1);
    double maxSentenceBm25 = max(sentenceScores, 0);
    double maxSentenceCos = max(sentenceScores, 1);
    double maxParagraphBm25 = max(paragraphScores, 0);
    double maxParagraphCos = max(paragraphScores, 1);
    double ceiling = Bm25.ceiling(query);

    double[] passageBm25 = new double[passages.size()];
    double maxPassageBm25 = 0;
    for (int i = 0; i < passages.size(); i++) {
      Passage p = passages.get(i);
      passageBm25[i] = p.size() == 1 ? sentenceScores.get(p.first())[0]
          : Bm25.score(query, merged(p), p.length(), index.averageSentenceLength() * p.size());
      maxPassageBm25 = Math.max(maxPassageBm25, passageBm25[i]);
    }

    double[] tokenMatch = LateInteraction.scores(index, query, passages);
    double maxTokenMatch = Arrays.stream(tokenMatch).max().orElse(0);

    List<PassageFeatures> out = new ArrayList<>(passages.size());
    for (int i = 0; i < passages.size(); i++) {
      Passage p = passages.get(i);
      double[] v = new double[Feature.COUNT];
      double[] m = matches.of(p);
      double bestBm25 = 0;
      double bestCos = -1;
      int bestBm25Rank = Integer.MAX_VALUE;
      int bestCosRank = Integer.MAX_VALUE;
      for (IndexedSentence s : p.sentences()) {
        double[] sc = sentenceScores.get(s);
        bestBm25 = Math.max(bestBm25, sc[0]);
        bestCos = Math.max(bestCos, sc[1]);
        bestBm25Rank = Math.min(bestBm25Rank, bm25Rank.get(s));
        bestCosRank = Math.min(bestCosRank, cosRank.get(s));
      }
      double[] para = paragraphScores.get(p.paragraph());
      set(v, Feature.COVERAGE, coverage(query, m));
      set(v, Feature.BM25_SENTENCE, ratio(bestBm25, maxSentenceBm25));
      set(v, Feature.BM25_PASSAGE, ratio(passageBm25[i], maxPassageBm25));
      set(v, Feature.BM25_PARAGRAPH, ratio(para[0], maxParagraphBm25));
      set(v, Feature.BM25_ABSOLUTE, ratio(passageBm25[i], ceiling));
      set(v, Feature.BM25_RANK, StrictMath.log1p(bestBm25Rank));
      set(v, Feature.COS_SENTENCE, bestCos);
      set(v, Feature.COS_PASSAGE, p.size() == 1 ? bestCos
          : TextEmbedder.dot(query.vector(), TextEmbedder.normalizedSum(p.first().vector(), p.last().vector())));
      set(v, Feature.COS_PARAGRAPH, para[1]);
      set(v, Feature.COS_SENTENCE_MARGIN, bestCos - maxSentenceCos);
      set(v, Feature.COS_PARAGRAPH_MARGIN, para[1] - maxParagraphCos);
      set(v, Feature.COS_RANK, StrictMath.log1p(bestCosRank));
      AnswerType type = query.parsed().type();
      double typeMatched = typeMatched(query, p);
      set(v, Feature.TYPE_MATCHED, typeMatched);
      set(v, Feature.TYPE_MISSING, type.required() && typeMatched == 0 ? 1 : 0);
      set(v, Feature.NAMES_MISSING, namesMissing(query, m));
      set(v, Feature.FOCUS_MISSING, query.focus() >= 0 && m[query.focus()] == 0 ? 1 : 0);
      set(v, Feature.STATEMENT_QUOTE, query.parsed().asksForStatement() && p.quotesSomeone() ? 1 : 0);
      set(v, Feature.HEADING, p.first().heading() ? 1 : 0);
      set(v, Feature.TWO_SENTENCES, p.size() - 1);
      set(v, Feature.LENGTH, StrictMath.log1p(p.length()));
      set(v, Feature.PARAGRAPH_START, p.first() == p.paragraph().first() ? 1 : 0);
      set(v, Feature.UNMATCHED_MAX, unmatchedMax(query, m));
      set(v, Feature.NOVEL_WORDS, novelWords(p, matches));
      set(v, Feature.NEW_NAME, newName(p, matches) ? 1 : 0);
      double[] pm = paragraphMatches.computeIfAbsent(p.paragraph(), x -> paragraphMatch(x, matches, query, false));
      double[] pe = paragraphExact.computeIfAbsent(p.paragraph(), x -> paragraphMatch(x, matches, query, true));
      double[] e = matches.exact(p);
      set(v, Feature.PARAGRAPH_COVERAGE, coverage(query, pm));
      set(v, Feature.PARAGRAPH_UNMATCHED_MAX, unmatchedMax(query, pm));
      set(v, Feature.NUMBER_UNMATCHED, unmatched(query, pe, true) ? 1 : 0);
      set(v, Feature.NAME_UNMATCHED, unmatched(query, pe, false) ? 1 : 0);
      set(v, Feature.NAME_UNMATCHED_PASSAGE, capitalizedUnmatched(query, e));
      set(v, Feature.NUMBER_UNMATCHED_PASSAGE, unmatched(query, e, true) ? 1 : 0);
      set(v, Feature.NEGATION_UNMATCHED, questionNegated && !Negation.in(p.text()) ? 1 : 0);
      IndexedParagraph heading = index.sectionHeading(p.paragraph());
      set(v, Feature.COS_HEADING, heading == null ? 0
          : headingCos.computeIfAbsent(heading, x -> (double) TextEmbedder.dot(query.vector(), x.vector())));
      set(v, Feature.PHRASES_MISSING, phrases.missing(p));
      set(v, Feature.TOKEN_MATCH, tokenMatch[i]);
      set(v, Feature.TOKEN_MATCH_MARGIN, tokenMatch[i] - maxTokenMatch);
      out.add(new PassageFeatures(p, v));
    }
    return out;
  }

  private static void set(double[] v, Feature f, double value) {
    v[f.ordinal()] = value;
  }

  private static double ratio(double x, double max) {
    return max > 0 ? x / max : 0;
  }

  private static double coverage(Query q, double[] m) {
    if (q.totalMass() <= 0) {
      return 0;
    }
    double covered = 0;
    for (int i = 0; i < m.length; i++) {
      covered += q.terms().get(i).mass() * m[i];
    }
    return covered / q.totalMass();
  }

  private static double unmatchedMax(Query q, double[] m) {
    if (q.totalMass() <= 0) {
      return 0;
    }
    double worst = 0;
    for (int i = 0; i < m.length; i++) {
      worst = Math.max(worst, q.terms().get(i).mass() * (1 - m[i]) / q.totalMass());
    }
    return worst;
  }

  private static double[] paragraphMatch(IndexedParagraph p, TermMatches matches, Query q, boolean exact) {
    return TermMatches.best(p.sentences(), q.terms().size(), exact ? matches::exact : matches::of);
  }

  /** A question word with digits (numbers) or, otherwise, one the user capitalised, that is absent. */
  private static boolean unmatched(Query q, double[] m, boolean numbers) {
    for (int i = 0; i < m.length; i++) {
      WeightedTerm t = q.terms().get(i);
      boolean digits = t.term().word().chars().anyMatch(Character::isDigit);
      if (m[i] == 0 && (numbers ? digits : t.term().capitalized() && !digits)) {
        return true;
      }
    }
    return false;
  }

  private static double capitalizedUnmatched(Query q, double[] m) {
    int capitalized = 0;
    int missing = 0;
    for (int i = 0; i < m.length; i++) {
      WeightedTerm t = q.terms().get(i);
      if (t.term().capitalized() && !t.topic() && t.term().word().chars().noneMatch(Character::isDigit)) {
        capitalized++;
        missing += m[i] == 0 ? 1 : 0;
      }
    }
    return capitalized == 0 ? 0 : (double) missing / capitalized;
  }

  private static double namesMissing(Query q, double[] m) {
    if (q.nameGroups().length == 0) {
      return 0;
    }
    int missing = 0;
    for (int[] group : q.nameGroups()) {
      boolean any = false;
      for (int i : group) {
        any |= m[i] > 0;
      }
      missing += any ? 0 : 1;
    }
    return (double) missing / q.nameGroups().length;
  }

  private static double typeMatched(Query q, Passage p) {
    AnswerType type = q.parsed().type();
    if (type == AnswerType.ANY || !p.holds(type)) {
      return 0;
    }
    if (!q.counted().isEmpty() && q.counted().stream().noneMatch(c -> countsNear(p, c))) {
      return 0;
    }
    return type == AnswerType.DATE && !p.holdsCalendarDate() ? 0.5 : 1;
  }

  private static double novelWords(Passage p, TermMatches matches) {
    int all = 0;
    int novel = 0;
    for (IndexedSentence s : p.sentences()) {
      for (String t : s.terms()) {
        all++;
        novel += matches.isQuestionTerm(t) ? 0 : 1;
      }
    }
    return all == 0 ? 0 : (double) novel / all;
  }

  private static boolean newName(Passage p, TermMatches matches) {
    for (IndexedSentence s : p.sentences()) {
      String text = s.article().text();
      for (Token t : s.tokens()) {
        int c = text.codePointAt(t.start());
        if (t.start() != s.sentence().start() && Character.isUpperCase(c) && !matches.isQuestionTerm(t.term())) {
          return true;
        }
      }
    }
    return false;
  }

  /** "How many cards": a number shortly before "cards" ("50,000 H100 computing cards"). */
  private static boolean countsNear(Passage p, WeightedTerm counted) {
    for (IndexedSentence s : p.sentences()) {
      List<Token> tokens = s.tokens();
      String text = s.article().text();
      for (int i = 0; i < tokens.size(); i++) {
        if (!counted.hasAlternative(tokens.get(i).term())) {
          continue;
        }
        if (i + 1 < tokens.size()) {
          // "The planetarium seats 120 people": the number right after, unless it is a year.
          Token next = tokens.get(i + 1);
          String word = text.substring(next.start(), next.end());
          if (TypedValues.isNumber(word) && !YEAR.matcher(word).matches()
              && !PUNCTUATION.matcher(text.substring(tokens.get(i).end(), next.start())).find()) {
            return true;
          }
        }
        for (int j = i - 1; j >= Math.max(0, i - COUNT_WINDOW); j--) {
          Token t = tokens.get(j);
          if (PUNCTUATION.matcher(text.substring(t.end(), tokens.get(j + 1).start())).find()) {
            break; // "at 9 a.m., and by noon the staff": the number belongs to another phrase
          }
          if (TypedValues.isNumber(text.substring(t.start(), t.end()))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static Map<String, Integer> merged(Passage p) {
    Map<String, Integer> counts = new HashMap<>(p.first().counts());
    for (int i = 1; i < p.size(); i++) {
      p.sentences().get(i).counts().forEach((t, c) -> counts.merge(t, c, Integer::sum));
    }
    return counts;
  }

  private static <K> double max(Map<K, double[]> scores, int column) {
    double max = Double.NEGATIVE_INFINITY;
    for (double[] s : scores.values()) {
      max = Math.max(max, s[column]);
    }
    return max == Double.NEGATIVE_INFINITY ? 0 : max;
  }

  /** Rank from 0, best first; ties share the rank of the first of them. */
  private static Map<IndexedSentence, Integer> rank(Map<IndexedSentence, double[]> scores, int column) {
    List<Map.Entry<IndexedSentence, double[]>> entries = new ArrayList<>(scores.entrySet());
    entries.sort((a, b) -> {
      int c = Double.compare(b.getValue()[column], a.getValue()[column]);
      return c != 0 ? c : Integer.compare(a.getKey().id(), b.getKey().id());
    });
    Map<IndexedSentence, Integer> out = new IdentityHashMap<>();
    double previous = Double.NaN;
    int rank = 0;
    for (int i = 0; i < entries.size(); i++) {
      double value = entries.get(i).getValue()[column];
      if (value != previous) {
        rank = i;
        previous = value;
      }
      out.put(entries.get(i).getKey(), rank);
    }
    return out;
  }

}
