package io.articlebot.core.search;

import io.articlebot.core.analysis.Analysis.Token;
import io.articlebot.core.analysis.AnswerType;
import io.articlebot.core.analysis.TypedValues;
import io.articlebot.core.analysis.ParsedQuestion;
import java.util.ArrayList;
import java.util.Comparator;
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
    QuestionEvidence evidence = new QuestionEvidence(question, terms);
    List<RankedPassage> ranked = new ArrayList<>(passages.size());
    for (Passage p : passages.values()) {
      ranked.add(score(question, p, evidence, hits, maxScore));
    }
    ranked.sort(Comparator.comparingDouble(RankedPassage::score).reversed()
        .thenComparingInt(r -> r.passage().first().id()));
    return ranked;
  }

  private RankedPassage score(ParsedQuestion question, Passage p, QuestionEvidence e, Map<Integer, Float> hits, float maxScore) {
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

  static List<WeightedTerm> countedTerms(ParsedQuestion question, List<WeightedTerm> terms) {
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
  static int[][] nameGroups(List<WeightedTerm> terms) {
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
