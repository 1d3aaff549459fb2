package io.articlebot.core.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
 * Reads a question: the kind of answer it wants ({@link AnswerTypeReader}), what it asks about
 * (focus, counted noun, whether it asks what someone said), and its content words (question words,
 * auxiliaries and chat noise removed), each with the indexed terms that may stand for it
 * ({@link WordAlternatives}). Thread-safe. User text is only ever analysed, never parsed as query
 * syntax.
 */
public final class QuestionParser {
  private static final Pattern GREETING = Pattern.compile(
      "^(?:(?:hey|hi|hello|yo|ok|okay|so|um|uh|excuse me)\\b[\\s,!.]*)+(?:(?:bot|there|buddy)\\b[\\s,!.:]*)?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern BARE_US = Pattern.compile("\\b(US|USA|UK|UN|EU)\\b");
  private static final Pattern FOCUS = Pattern.compile(
      "^(?:what|who|which)(?:'s|\\s+(?:is|was|are|were))\\s+the\\s+(?:name\\s+of\\s+the\\s+)?([\\p{L}-]+)\\s+(?:of|for|at|in)\\b");
  private static final Pattern LOCATED = Pattern.compile(
      "^where\\s+(?:is|are|was|were)\\s+(?:the\\s+|its\\s+|their\\s+)?(?:[\\p{L}-]+'s\\s+)?([\\p{L}-]+)\\s+"
          + "(?:located|based|situated|headquartered|held|kept|found)\\b");
  private static final Set<String> STATEMENT_VERBS = Set.of("say", "says", "said", "tell", "told", "claim", "claimed", "write",
      "wrote", "think", "thinks", "thought", "comment", "commented", "react", "reacted", "respond", "responded", "argue", "argued",
      "believe", "believes", "warn", "warned", "suggest", "suggested", "note", "noted", "hint", "hinted");
  private static final Pattern COUNTED = Pattern.compile("\\bhow\\s+many\\s+(?:more\\s+|of\\s+the\\s+|of\\s+)?([\\p{L}\\d-]+)");
  private static final Pattern ASKED_KIND = Pattern.compile("\\b(?:what|which)\\s+([\\p{L}\\d-]+)");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\d'-]+");
  private static final Set<String> HOW_WORDS = Set.of("much", "many", "long", "old", "far", "often", "soon");
  /** "How much money": the amount is the answer; the article may only say "$5 million". */
  private static final Set<String> MONEY_WORDS = Set.of("money", "cash", "dollars");
  /** Words that only say a phone number or email address is wanted. */
  private static final Set<String> CONTACT_WORDS = Set.of("phone", "telephone", "number", "call", "ring", "dial", "email",
      "e-mail", "mail", "address", "contact");

  private final Lexicon lexicon;
  private final Pattern phrasal;
  private final Analyzer surface = TextAnalyzer.surface();
  private final WordAlternatives alternatives;

  public QuestionParser(Lexicon lexicon, Analyzer indexing) {
    this.lexicon = lexicon;
    this.alternatives = new WordAlternatives(lexicon, indexing);
    this.phrasal = lexicon.phrasalVerbs().isEmpty() ? null : Pattern.compile(
        "\\b(" + String.join("|", lexicon.phrasalVerbs().keySet().stream()
            // longest first, so "take part in" wins over "take part" whatever the map's order
            .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(java.util.Comparator.naturalOrder()))
            .map(Pattern::quote).toList()) + ")\\b",
        Pattern.CASE_INSENSITIVE);
  }

  public ParsedQuestion parse(String question) {
    String text = GREETING.matcher(question.strip()).replaceFirst("");
    Matcher bareUs = BARE_US.matcher(text);
    if (hasCapitalPair(text) && bareUs.find()) {
      text = bareUs.replaceAll(m -> m.group(1).chars().mapToObj(c -> (char) c + ".").reduce("", String::concat));
    }
    String lower = text.toLowerCase(Locale.ROOT);
    AnswerType type = AnswerTypeReader.read(text, lower);
    Optional<String> focusWord = focusWord(lower, type);
    boolean statement = AnswerTypeReader.words(lower).stream().anyMatch(STATEMENT_VERBS::contains);
    Matcher counted = COUNTED.matcher(lower);
    List<String> countedWords = lower.contains("many") && counted.find() ? nounWords(lower.substring(counted.start(1))) : List.of();
    Matcher kind = ASKED_KIND.matcher(lower);
    List<String> askedKind = kind.find() ? nounWords(lower.substring(kind.start(1))) : List.of();
    List<QueryTerm> terms = terms(withoutChineseStopWords(withOneWordVerbs(text)), type);
    return new ParsedQuestion(text, type, terms, focusWord, countedWords, askedKind, statement);
  }

  /**
   * The words after "how many" (or "what", "which") up to the first function word: "how many
   * library cards were" gives library, cards. Without a part-of-speech tagger the verb of "how many
   * panels cover the roof" comes along too; a number before any of them will do.
   */
  private List<String> nounWords(String from) {
    List<String> words = new ArrayList<>(3);
    for (String w : NON_WORD.split(from)) {
      if (w.isEmpty() || lexicon.isQuestionStopWord(w) || TextAnalyzer.isStopWord(w) || words.size() == 3) {
        break;
      }
      words.add(w);
    }
    return List.copyOf(words);
  }


  /**
   * The thing a question asks about, which an answer must mention: X in "what is the X of Y" and in
   * "where is the X located". (Not the X of "which X": "which city" is answered by "Lisbon-based".)
   */
  private Optional<String> focusWord(String lower, AnswerType type) {
    Matcher of = FOCUS.matcher(lower);
    if (of.find()) {
      return lexicon.isLight(of.group(1)) ? Optional.empty() : Optional.of(of.group(1));
    }
    Matcher located = LOCATED.matcher(lower);
    if (located.find()) {
      return Optional.of(located.group(1));
    }
    // "Who built the rocket?": a passage that never says who built anything names no builder.
    List<String> w = AnswerTypeReader.words(lower);
    if (w.size() >= 3 && w.get(0).equals("who") && !lexicon.isQuestionStopWord(w.get(1)) && !TextAnalyzer.isStopWord(w.get(1))
        && !lexicon.isLight(w.get(1))) {
      return Optional.of(w.get(1));
    }
    return Optional.empty();
  }

  /** "When was it set up?" asks when it was established. */
  private String withOneWordVerbs(String text) {
    if (phrasal == null || text.indexOf(' ') < 0) {
      return text;
    }
    Matcher m = phrasal.matcher(text);
    return m.find() ? m.replaceAll(r -> lexicon.phrasalVerbs().get(r.group(1).toLowerCase(Locale.ROOT))) : text;
  }

  /** Cheap pre-check for BARE_US: two capitals in a row. */
  private static boolean hasCapitalPair(String text) {
    for (int i = 1; i < text.length(); i++) {
      if (Character.isUpperCase(text.charAt(i)) && Character.isUpperCase(text.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  private String withoutChineseStopWords(String text) {
    boolean han = false;
    for (int i = 0; i < text.length() && !han; i++) {
      han = text.charAt(i) >= 0x2E80 && Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN;
    }
    if (!han) {
      return text;
    }
    String out = text;
    for (String w : lexicon.chineseStopWords()) {
      out = out.replace(w, " ");
    }
    return out;
  }

  private List<QueryTerm> terms(String text, AnswerType type) {
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
      boolean previousWasHow = previous.equals("how");
      // "on what date", "what year": words that only name the kind of answer.
      boolean typeWord = (type == AnswerType.DATE && (word.equals("date") || word.equals("time")
          || ((previous.equals("what") || previous.equals("which")) && AnswerTypeReader.TIME_NOUNS.contains(word))))
          || (type == AnswerType.PLACE && word.equals("address"))
          || ((type == AnswerType.PHONE || type == AnswerType.EMAIL) && CONTACT_WORDS.contains(word))
          || (type == AnswerType.AMOUNT && MONEY_WORDS.contains(word));
      previous = word;
      if (howWord || typeWord || lexicon.isQuestionStopWord(word) || TextAnalyzer.isStopWord(word)) {
        continue;
      }
      List<Alternative> alternatives = this.alternatives.of(word);
      if (alternatives.isEmpty()) {
        continue;
      }
      boolean capitalized = !titleCase && i > 0 && Character.isUpperCase(asTyped.codePointAt(0));
      // In "how heavy is it", heavy names the kind of measure; the article may just say "412 kg".
      boolean measureWord = previousWasHow && AnswerTypeReader.MEASURES.contains(word);
      double weight = lexicon.isLight(word) || measureWord ? 0.35 : 1.0;
      byStem.putIfAbsent(alternatives.get(0).term(), new QueryTerm(word, alternatives, weight, capitalized, i));
    }
    return List.copyOf(byStem.values());
  }


}
