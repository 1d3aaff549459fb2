package io.articlebot.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The kind of answer a question's wording asks for: "how many" a count, "when" a date, "who" a
 * person, "what's the phone number" a phone number... Reads words, not regular expressions over the
 * whole text, because it runs for every question.
 */
final class AnswerTypeReader {
  private static final Pattern WHO_IS_NAME = Pattern.compile(
      "^(?i:who|whom)\\s+(?i:is|was|are|were)\\s+(?!(?i:the|a|an)\\b)\\p{Lu}");
  static final Set<String> AUXILIARIES = Set.of("did", "was", "were", "is", "will", "does", "do", "has", "had", "are", "can");
  static final Set<String> TIME_NOUNS = Set.of("year", "date", "day", "month", "decade", "century", "time");
  private static final Set<String> WHO_VERBS = Set.of("is", "was", "were", "are", "did", "does", "founded", "created", "built",
      "leads", "led", "runs", "said", "wrote");
  /** After "how": the dimension of a measure ("how heavy"). */
  static final Set<String> MEASURES = Set.of("big", "large", "small", "cheap", "expensive", "costly", "fast", "far", "high",
      "tall", "heavy", "often", "wide", "deep", "quickly", "close");

  private AnswerTypeReader() {}

  /** The kind of answer the wording asks for, read from its words (no regex: this runs per question). */
  static AnswerType read(String text, String lower) {
    List<String> w = words(lower);
    for (int i = 0; i + 1 < w.size(); i++) {
      if (!w.get(i).equals("how")) {
        continue;
      }
      String next = w.get(i + 1);
      switch (next) {
        case "many" -> {
          return AnswerType.NUMBER;
        }
        case "old" -> {
          return AnswerType.AGE;
        }
        case "soon" -> {
          return AnswerType.DURATION;
        }
        case "much" -> {
          return AnswerType.AMOUNT;
        }
        case "long" -> {
          return i + 2 < w.size() && w.get(i + 2).equals("ago") ? AnswerType.DATE : AnswerType.DURATION;
        }
        default -> {
          if (MEASURES.contains(next)) {
            return AnswerType.MEASURE;
          }
        }
      }
    }
    if (lower.contains("多少钱")) {
      return AnswerType.AMOUNT;
    }
    if (w.contains("email") || w.contains("e-mail") || (w.contains("mail") && w.contains("address"))) {
      return AnswerType.EMAIL;
    }
    if (w.contains("phone") || w.contains("telephone") || (w.contains("number") && (w.contains("call") || w.contains("ring")
        || w.contains("dial") || w.contains("text")))) {
      return AnswerType.PHONE;
    }
    if (lower.contains("多少") || lower.contains("几")) {
      return AnswerType.NUMBER;
    }
    String first = w.isEmpty() ? "" : w.get(0);
    if (first.equals("when") || followedBy(w, "when", AUXILIARIES) || followedBy(w, "what", TIME_NOUNS)
        || followedBy(w, "which", TIME_NOUNS) || lower.contains("何时") || lower.contains("什么时候")) {
      return AnswerType.DATE;
    }
    if (first.equals("who") || first.equals("whom") || first.equals("whose") || followedBy(w, "who", WHO_VERBS) || lower.contains("谁")) {
      return WHO_IS_NAME.matcher(text).find() ? AnswerType.ANY : AnswerType.PERSON;
    }
    if (first.equals("where") || followedBy(w, "where", AUXILIARIES) || w.contains("address") || lower.contains("哪里")
        || lower.contains("哪儿")) {
      return AnswerType.PLACE;
    }
    return AnswerType.ANY;
  }

  static boolean followedBy(List<String> words, String word, Set<String> next) {
    for (int i = 0; i + 1 < words.size(); i++) {
      if (words.get(i).equals(word) && next.contains(words.get(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /** Runs of letters and digits. */
  static List<String> words(String lower) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= lower.length(); i++) {
      boolean letter = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        out.add(lower.substring(start, i));
        start = -1;
      }
    }
    return out;
  }

}
