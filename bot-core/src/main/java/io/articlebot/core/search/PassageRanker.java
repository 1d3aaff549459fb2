package io.articlebot.core.search;

import io.articlebot.core.analysis.Alternative;
import io.articlebot.core.analysis.Analysis.Token;
import io.articlebot.core.analysis.AnswerType;
import io.articlebot.core.analysis.TypedValues;
import io.articlebot.core.analysis.ParsedQuestion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Scores candidate passages around Lucene's hits. A passage is a hit sentence alone or with the
 * sentence before or after it in the same paragraph, so an answer split over two sentences ("...
 * Zhejiang University in 2010. After graduation, Liang ...") is found whole.
 */
final class PassageRanker {
  /** How many words before the counted noun its number may stand: "100 billion yuan in assets". */
  private static final int COUNT_WINDOW = 4;
  /** A word of the section heading counts half as much as one in the passage itself. */
  private static final double CONTEXT_WEIGHT = 0.5;
  private static final Pattern YEAR = Pattern.compile("1[5-9]\\d\\d|20\\d\\d");
  private static final Pattern PUNCTUATION = Pattern.compile("[,.;:!?()\\[\\]—–]");

  private final ArticleIndex index;
  private final RankingWeights weights;

  PassageRanker(ArticleIndex index, RankingWeights weights) {
    this.index = index;
    this.weights = weights;
  }

  List<RankedPassage> rank(ParsedQuestion question, List<WeightedTerm> terms, Map<Integer, Float> hits) {
    float maxScore = hits.values().stream().max(Float::compare).orElse(1f);
    Map<Long, Passage> passages = new LinkedHashMap<>();
    for (int id : hits.keySet()) {
      IndexedSentence s = index.sentence(id);
      add(passages, s, s);
      IndexedSentence before = index.neighbour(s, -1);
      IndexedSentence after = index.neighbour(s, +1);
      if (before != null) {
        add(passages, before, s);
      }
      if (after != null) {
        add(passages, s, after);
      }
    }
    Evidence evidence = new Evidence(question, terms);
    List<RankedPassage> ranked = new ArrayList<>(passages.size());
    for (Passage p : passages.values()) {
      ranked.add(score(question, p, evidence, hits, maxScore));
    }
    ranked.sort(Comparator.comparingDouble(RankedPassage::score).reversed()
        .thenComparingInt(r -> r.passage().first().id()));
    return ranked;
  }

  /** What the question asks, laid out once per question; per-sentence matches are memoised. */
  private static final class Evidence {
    final List<WeightedTerm> terms;
    final double[] mass;
    final double totalMass;
    final int[][] nameGroups;
    final int focus;
    final List<WeightedTerm> counted;
    final Map<Integer, double[]> matches = new HashMap<>();
    /** Indexed term → the weight it has as an alternative of each question term (0 if none). */
    final Map<String, double[]> alternatives = new HashMap<>();

    Evidence(ParsedQuestion question, List<WeightedTerm> terms) {
      this.terms = terms;
      this.mass = new double[terms.size()];
      double total = 0;
      int focusIndex = -1;
      for (int i = 0; i < terms.size(); i++) {
        for (Alternative a : terms.get(i).present()) {
          double[] w = alternatives.computeIfAbsent(a.term(), k -> new double[terms.size()]);
          w[i] = Math.max(w[i], a.weight());
        }
        mass[i] = terms.get(i).mass();
        total += mass[i];
        if (question.focus().isPresent() && terms.get(i).term().word().equals(question.focus().get())) {
          focusIndex = i;
        }
      }
      this.totalMass = total;
      this.focus = focusIndex;
      this.nameGroups = nameGroups(terms);
      this.counted = countedTerms(question, terms);
    }

    private void accumulate(double[] m, java.util.Set<String> sentenceTerms, double factor) {
      for (String t : sentenceTerms) {
        double[] byTerm = alternatives.get(t);
        if (byTerm != null) {
          for (int i = 0; i < m.length; i++) {
            m[i] = Math.max(m[i], byTerm[i] * factor);
          }
        }
      }
    }

    /** For each term, the weight of its best alternative in the passage (0 when absent). */
    double[] match(Passage p) {
      double[] out = null;
      for (IndexedSentence s : p.sentences()) {
        double[] m = matches.get(s.id());
        if (m == null) {
          m = new double[terms.size()];
          accumulate(m, s.terms(), 1.0);
          accumulate(m, s.context(), CONTEXT_WEIGHT);
          matches.put(s.id(), m);
        }
        if (out == null) {
          out = m.clone();
        } else {
          for (int i = 0; i < out.length; i++) {
            out[i] = Math.max(out[i], m[i]);
          }
        }
      }
      return out;
    }
  }

  private RankedPassage score(ParsedQuestion question, Passage p, Evidence e, Map<Integer, Float> hits, float maxScore) {
    double[] match = e.match(p);
    double covered = 0;
    for (int i = 0; i < match.length; i++) {
      covered += e.mass[i] * match[i];
    }
    double coverage = e.totalMass > 0 ? covered / e.totalMass : 0;
    AnswerType type = question.type();
    boolean typeMatched = p.holds(type);
    if (typeMatched && !e.counted.isEmpty()) {
      typeMatched = e.counted.stream().anyMatch(c -> countsNear(p, c));
    }
    boolean namesCovered = true;
    for (int[] group : e.nameGroups) {
      boolean any = false;
      for (int i : group) {
        any |= match[i] > 0;
      }
      namesCovered &= any;
    }
    boolean focusCovered = e.focus < 0 || match[e.focus] > 0;
    double bm25 = 0;
    for (IndexedSentence s : p.sentences()) {
      bm25 = Math.max(bm25, hits.getOrDefault(s.id(), 0f) / maxScore);
    }
    double score = coverage
        + weights.bm25Weight() * bm25
        - weights.extraSentencePenalty() * (p.sentences().size() - 1);
    if (type != AnswerType.ANY) {
      double bonus = type == AnswerType.DATE && typeMatched && !p.holdsCalendarDate() ? weights.typeBonus() / 2 : weights.typeBonus();
      score += typeMatched ? bonus : (type.required() ? -weights.requiredTypePenalty() : 0);
    }
    if (question.asksForStatement() && p.quotesSomeone()) {
      score += weights.statementBonus();
    }
    if (p.first().heading()) {
      score -= weights.headingPenalty();
    }
    if (!namesCovered) {
      score -= weights.missingNamePenalty();
    }
    if (!focusCovered) {
      score -= weights.missingNamePenalty();
    }
    return new RankedPassage(p, coverage, typeMatched, type.required(), namesCovered, focusCovered, score);
  }

  private static List<WeightedTerm> countedTerms(ParsedQuestion question, List<WeightedTerm> terms) {
    // "How many people": too general a noun to insist the number sits next to it.
    return terms.stream()
        .filter(t -> !t.missing() && t.term().weight() == 1.0 && question.counted().contains(t.term().word()))
        .toList();
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

  /**
   * Names next to each other in the question ("Liang Wenfeng") form one group, as indexes into
   * {@code terms}; one name of a group is enough.
   */
  private static int[][] nameGroups(List<WeightedTerm> terms) {
    List<List<Integer>> groups = new ArrayList<>();
    int lastPosition = Integer.MIN_VALUE;
    for (int i = 0; i < terms.size(); i++) {
      WeightedTerm t = terms.get(i);
      if (!t.name()) {
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

  private static void add(Map<Long, Passage> passages, IndexedSentence first, IndexedSentence last) {
    long key = ((long) first.id() << 32) | last.id();
    if (!passages.containsKey(key)) {
      passages.put(key, new Passage(first == last ? List.of(first) : List.of(first, last)));
    }
  }
}
