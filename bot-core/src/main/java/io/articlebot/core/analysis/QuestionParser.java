package io.articlebot.core.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Reads a question: the kind of answer it wants, its content words (question words, auxiliaries and
 * chat noise removed) and, for each, the indexed terms that may stand for it (its stem, irregular
 * forms, synonyms). Thread-safe. User text is only ever analysed, never parsed as query syntax.
 */
public final class QuestionParser {
  private static final Pattern GREETING = Pattern.compile(
      "^(?:(?:hey|hi|hello|yo|ok|okay|so|um|uh|excuse me)\\b[\\s,!.]*)+(?:(?:bot|there|buddy)\\b[\\s,!.:]*)?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern BARE_US = Pattern.compile("\\b(US|USA|UK|UN|EU)\\b");
  private static final Pattern FOCUS = Pattern.compile(
      "^(?:what|who|which)(?:'s|\\s+(?:is|was|are|were))\\s+the\\s+(?:name\\s+of\\s+the\\s+)?([\\p{L}-]+)\\s+(?:of|for|at|in)\\b");
  private static final Pattern STATEMENT = Pattern.compile(
      "\\b(?:say|says|said|tell|told|claim|claimed|write|wrote|think|thinks|thought|comment|commented|react|reacted"
          + "|respond|responded|argue|argued|believe|believes|warn|warned|suggest|suggested|note|noted|hint|hinted)\\b");
  private static final Pattern WHO_IS_NAME = Pattern.compile(
      "^(?i:who|whom)\\s+(?i:is|was|are|were)\\s+(?!(?i:the|a|an)\\b)\\p{Lu}");
  private static final Pattern COUNTED = Pattern.compile("\\bhow\\s+many\\s+(?:more\\s+|of\\s+the\\s+|of\\s+)?([\\p{L}\\d-]+)");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\d'-]+");
  private static final Set<String> HOW_WORDS = Set.of("much", "many", "long", "old", "far", "often", "soon");

  private static final int CACHE_LIMIT = 50_000;

  private final Lexicon lexicon;
  private final Map<String, List<Alternative>> alternativesCache = new java.util.concurrent.ConcurrentHashMap<>();
  private final Analyzer surface = TextAnalyzer.surface();
  private final Analyzer indexing;

  /** Synonym entries by stem, so "shutting" finds the entry for "shut". */
  private final Map<String, String> synonymKeyByStem = new java.util.HashMap<>();

  public QuestionParser(Lexicon lexicon, Analyzer indexing) {
    this.lexicon = lexicon;
    this.indexing = indexing;
    for (String w : lexicon.wordsWithSynonyms()) {
      List<String> stems = Analysis.terms(indexing, w);
      if (stems.size() == 1) {
        synonymKeyByStem.putIfAbsent(stems.get(0), w);
      }
    }
  }

  public ParsedQuestion parse(String question) {
    String text = GREETING.matcher(question.strip()).replaceFirst("");
    text = BARE_US.matcher(text).replaceAll(m -> m.group(1).chars().mapToObj(c -> (char) c + ".").reduce("", String::concat));
    String lower = text.toLowerCase(Locale.ROOT);
    AnswerType type = answerType(text, lower);
    Matcher focus = FOCUS.matcher(lower);
    Optional<String> focusWord = focus.find() && !lexicon.isLight(focus.group(1)) ? Optional.of(focus.group(1)) : Optional.empty();
    boolean statement = STATEMENT.matcher(lower).find();
    Matcher counted = COUNTED.matcher(lower);
    List<String> countedWords = counted.find() ? countedWords(lower.substring(counted.start(1))) : List.of();
    List<QueryTerm> terms = terms(withoutChineseStopWords(text));
    return new ParsedQuestion(text, type, terms, focusWord, countedWords, statement);
  }

  /**
   * The words after "how many" up to the first function word: "how many library cards were"
   * gives library, cards. Without a part-of-speech tagger the verb of "how many panels cover the
   * roof" comes along too; a number before any of them will do.
   */
  private List<String> countedWords(String afterHowMany) {
    List<String> words = new ArrayList<>(3);
    for (String w : NON_WORD.split(afterHowMany)) {
      if (w.isEmpty() || lexicon.isQuestionStopWord(w) || TextAnalyzer.isStopWord(w) || words.size() == 3) {
        break;
      }
      words.add(w);
    }
    return List.copyOf(words);
  }

  private static final Pattern HOW_MANY = Pattern.compile("\\bhow\\s+(?:many|old)\\b");
  private static final Pattern HOW_MUCH = Pattern.compile("\\bhow\\s+much\\b|多少钱");
  private static final Pattern HOW_LONG_AGO = Pattern.compile("\\bhow\\s+long\\s+ago\\b");
  private static final Pattern HOW_LONG = Pattern.compile("\\bhow\\s+long\\b");
  private static final Pattern HOW_MEASURE = Pattern.compile(
      "\\bhow\\s+(?:big|large|small|cheap|expensive|costly|fast|far|high|tall|heavy|often|quickly|soon|wide|deep)\\b");
  private static final Pattern CHINESE_COUNT = Pattern.compile("多少|几");
  private static final Pattern WHEN = Pattern.compile(
      "^(?:when|what\\s+time)\\b|\\bwhen\\s+(?:did|was|were|is|will|does|do|has|had)\\b"
          + "|\\b(?:what|which)\\s+(?:year|date|day|month|decade|century)\\b|何时|什么时候");
  private static final Pattern WHO = Pattern.compile(
      "^(?:who|whom|whose)\\b|\\bwho\\s+(?:is|was|were|are|did|does|founded|created|built|leads|led|runs|said|wrote)\\b|谁");
  private static final Pattern WHERE = Pattern.compile(
      "^where\\b|\\bwhere\\s+(?:is|was|are|were|did|does|do|can|will)\\b|哪里|哪儿");

  static AnswerType answerType(String text, String lower) {
    if (HOW_MANY.matcher(lower).find()) {
      return AnswerType.NUMBER;
    }
    if (HOW_MUCH.matcher(lower).find()) {
      return AnswerType.AMOUNT;
    }
    if (HOW_LONG_AGO.matcher(lower).find()) {
      return AnswerType.DATE;
    }
    if (HOW_LONG.matcher(lower).find()) {
      return AnswerType.DURATION;
    }
    if (HOW_MEASURE.matcher(lower).find()) {
      return AnswerType.MEASURE;
    }
    if (CHINESE_COUNT.matcher(lower).find()) {
      return AnswerType.NUMBER;
    }
    if (WHEN.matcher(lower).find()) {
      return AnswerType.DATE;
    }
    if (WHO.matcher(lower).find()) {
      return WHO_IS_NAME.matcher(text).find() ? AnswerType.ANY : AnswerType.PERSON;
    }
    if (WHERE.matcher(lower).find()) {
      return AnswerType.PLACE;
    }
    return AnswerType.ANY;
  }

  private String withoutChineseStopWords(String text) {
    if (text.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
      return text;
    }
    String out = text;
    for (String w : lexicon.chineseStopWords()) {
      out = out.replace(w, " ");
    }
    return out;
  }

  private List<QueryTerm> terms(String text) {
    List<String[]> words = new ArrayList<>();
    try (TokenStream ts = surface.tokenStream("q", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        words.add(new String[] {term.toString(), text.substring(offset.startOffset(), offset.endOffset())});
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    boolean titleCase = words.size() > 2
        && words.stream().filter(w -> Character.isUpperCase(w[1].codePointAt(0))).count() * 10 >= words.size() * 7L;
    Map<String, QueryTerm> byStem = new LinkedHashMap<>();
    String previous = "";
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i)[0];
      String asTyped = words.get(i)[1];
      boolean howWord = previous.equals("how") && HOW_WORDS.contains(word);
      previous = word;
      if (howWord || lexicon.isQuestionStopWord(word) || TextAnalyzer.isStopWord(word)) {
        continue;
      }
      List<Alternative> alternatives = alternatives(word);
      if (alternatives.isEmpty()) {
        continue;
      }
      boolean capitalized = !titleCase && i > 0 && Character.isUpperCase(asTyped.codePointAt(0));
      double weight = lexicon.isLight(word) ? 0.35 : 1.0;
      byStem.putIfAbsent(alternatives.get(0).term(), new QueryTerm(word, alternatives, weight, capitalized, i));
    }
    return List.copyOf(byStem.values());
  }

  private List<Alternative> alternatives(String word) {
    List<Alternative> cached = alternativesCache.get(word);
    if (cached == null) {
      cached = computeAlternatives(word);
      if (alternativesCache.size() > CACHE_LIMIT) {
        alternativesCache.clear(); // bounded: a flood of odd words must not grow the heap
      }
      alternativesCache.put(word, cached);
    }
    return cached;
  }

  private List<Alternative> computeAlternatives(String word) {
    Map<String, Double> out = new LinkedHashMap<>();
    addStem(out, word, 1.0);
    if (out.isEmpty()) {
      return List.of();
    }
    for (String form : lexicon.irregularForms(word)) {
      addStem(out, form, 1.0);
    }
    Set<String> seen = new HashSet<>(lexicon.irregularForms(word));
    Set<String> synonyms = lexicon.synonyms(word);
    if (synonyms.isEmpty()) {
      synonyms = lexicon.synonyms(synonymKeyByStem.getOrDefault(out.keySet().iterator().next(), ""));
    }
    for (String syn : synonyms) {
      if (seen.add(syn)) {
        addStem(out, syn, 0.8);
        for (String form : lexicon.irregularForms(syn)) {
          addStem(out, form, 0.8);
        }
      }
    }
    List<Alternative> list = new ArrayList<>();
    out.forEach((t, w) -> list.add(new Alternative(t, w)));
    return List.copyOf(list);
  }

  private void addStem(Map<String, Double> out, String word, double weight) {
    List<String> stems = Analysis.terms(indexing, word);
    if (stems.size() == 1) {
      out.merge(stems.get(0), weight, Math::max);
    }
  }
}
