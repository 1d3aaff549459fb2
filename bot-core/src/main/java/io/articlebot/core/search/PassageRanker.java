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
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Scores candidate passages around Lucene's hits. A passage is a hit sentence alone or with the
 * sentence before or after it in the same paragraph, so an answer split over two sentences ("...
 * Zhejiang University in 2010. After graduation, Liang ...") is found whole.
 */
final class PassageRanker {
  /** How many words before the counted noun its number may stand: "100 billion yuan in assets". */
  private static final int COUNT_WINDOW = 4;
  private static final Pattern PUNCTUATION = Pattern.compile("[,.;:!?()\\[\\]—–]");

  private final ArticleIndex index;
  private final RankingWeights weights;

  PassageRanker(ArticleIndex index, RankingWeights weights) {
    this.index = index;
    this.weights = weights;
  }

  List<RankedPassage> rank(ParsedQuestion question, List<WeightedTerm> terms, Map<Integer, Float> hits) {
    float maxScore = hits.values().stream().max(Float::compare).orElse(1f);
    Map<String, Passage> passages = new LinkedHashMap<>();
    for (int id : hits.keySet()) {
      IndexedSentence s = index.sentence(id);
      add(passages, List.of(s));
      IndexedSentence before = index.neighbour(s, -1);
      IndexedSentence after = index.neighbour(s, +1);
      if (before != null) {
        add(passages, List.of(before, s));
      }
      if (after != null) {
        add(passages, List.of(s, after));
      }
    }
    List<List<WeightedTerm>> nameGroups = nameGroups(terms);
    double totalMass = terms.stream().mapToDouble(WeightedTerm::mass).sum();
    List<RankedPassage> ranked = new ArrayList<>(passages.size());
    for (Passage p : passages.values()) {
      ranked.add(score(question, p, terms, nameGroups, totalMass, hits, maxScore));
    }
    ranked.sort(Comparator.comparingDouble(RankedPassage::score).reversed()
        .thenComparingInt(r -> r.passage().first().id()));
    return ranked;
  }

  private RankedPassage score(ParsedQuestion question, Passage p, List<WeightedTerm> terms, List<List<WeightedTerm>> nameGroups,
      double totalMass, Map<Integer, Float> hits, float maxScore) {
    Set<String> passageTerms = p.terms();
    double covered = 0;
    for (WeightedTerm t : terms) {
      covered += t.mass() * t.matchIn(passageTerms);
    }
    double coverage = totalMass > 0 ? covered / totalMass : 0;
    AnswerType type = question.type();
    boolean typeMatched = p.holds(type);
    List<WeightedTerm> counted = countedTerms(question, terms);
    if (typeMatched && !counted.isEmpty()) {
      typeMatched = counted.stream().anyMatch(c -> countsNear(p, c));
    }
    boolean namesCovered = nameGroups.stream().allMatch(g -> g.stream().anyMatch(t -> t.matchIn(passageTerms) > 0));
    boolean focusCovered = question.focus().isEmpty() || terms.stream()
        .filter(t -> t.term().word().equals(question.focus().get()))
        .allMatch(t -> t.matchIn(passageTerms) > 0);
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
    return terms.stream().filter(t -> !t.missing() && question.counted().contains(t.term().word())).toList();
  }

  /** "How many cards": a number shortly before "cards" ("50,000 H100 computing cards"). */
  private static boolean countsNear(Passage p, WeightedTerm counted) {
    for (IndexedSentence s : p.sentences()) {
      List<Token> tokens = s.tokens();
      String text = s.article().text();
      for (int i = 0; i < tokens.size(); i++) {
        if (counted.matchIn(Set.of(tokens.get(i).term())) == 0) {
          continue;
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

  /** Names next to each other in the question ("Liang Wenfeng") form one group; one of them is enough. */
  private static List<List<WeightedTerm>> nameGroups(List<WeightedTerm> terms) {
    List<List<WeightedTerm>> groups = new ArrayList<>();
    int lastPosition = Integer.MIN_VALUE;
    for (WeightedTerm t : terms) {
      if (!t.name()) {
        continue;
      }
      if (t.term().position() == lastPosition + 1 && !groups.isEmpty()) {
        groups.get(groups.size() - 1).add(t);
      } else {
        groups.add(new ArrayList<>(List.of(t)));
      }
      lastPosition = t.term().position();
    }
    return groups;
  }

  private static void add(Map<String, Passage> passages, List<IndexedSentence> sentences) {
    Passage p = new Passage(sentences);
    passages.putIfAbsent(p.key(), p);
  }
}
