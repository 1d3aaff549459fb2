package io.articlebot.core.conversation;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The small closed classes of English words that follow-ups are made of. */
final class QuestionWords {
  private QuestionWords() {}

  static final Set<String> WH = Set.of("who", "whom", "whose", "what", "which", "when", "where", "why", "how");

  static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "am", "be", "been", "do", "does", "did",
      "has", "have", "had", "can", "could", "will", "would", "should", "shall", "may", "might", "must");

  /** Requests that are questions without a question word: "tell me who...", "list the ...". */
  static final Set<String> REQUESTS = Set.of("tell", "show", "list", "explain", "describe", "give", "name", "find", "quote");

  private static final Set<String> FUNCTION = Set.of("a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "but",
      "not", "no", "with", "at", "by", "from", "as", "about", "into", "than", "then", "so", "if", "it", "its", "this",
      "that", "these", "those", "there", "here", "i", "me", "my", "you", "your", "we", "us", "our", "he", "him", "his",
      "she", "her", "they", "them", "their", "some", "any", "all", "more", "very", "just", "also", "too", "yes", "ok");

  /** Bare question words that ask something more about the last question, with what they ask. */
  static final Map<String, String> BARE_FOLLOW_UPS = Map.ofEntries(
      Map.entry("why", "why"), Map.entry("why not", "why not"), Map.entry("why so", "why"), Map.entry("why is that", "why"),
      Map.entry("why's that", "why"), Map.entry("how come", "why"), Map.entry("what for", "why"), Map.entry("for what", "why"),
      Map.entry("how", "how"), Map.entry("how so", "how"), Map.entry("how exactly", "how"), Map.entry("how is that", "how"),
      Map.entry("when", "when"), Map.entry("since when", "when"), Map.entry("when was that", "when"), Map.entry("when is that", "when"),
      Map.entry("where", "where"), Map.entry("where is that", "where"), Map.entry("from where", "where"),
      Map.entry("who", "who"), Map.entry("by whom", "who"), Map.entry("how much", "how much"), Map.entry("how many", "how many"),
      Map.entry("how long", "how long"), Map.entry("which", "which"), Map.entry("which one", "which"));

  /** Ways of asking the bot to go on with its last answer. */
  static final Set<String> CONTINUE = Set.of("more", "more please", "please more", "tell me more", "tell me more please",
      "please tell me more", "tell me more about it", "tell me more about that", "more about that", "more on that",
      "more about it", "go on", "please go on", "please continue", "continue", "keep going", "carry on", "what else",
      "anything else", "say more", "and then", "then what", "what next", "what happened next", "more details",
      "more detail", "details", "elaborate", "please elaborate", "can you elaborate", "could you elaborate",
      "more quotes", "next");

  /** Words around a follow-up that change nothing: "and why?", "ok, tell me more". */
  private static final Pattern LEADING_FILLER = Pattern.compile("^(?:(?:and|but|so|ok|okay|then|um|hmm|well|oh|ah|right|cool|thanks|thank you|great|nice|interesting|please|can you|could you|would you)\\s+)+");
  private static final Pattern TRAILING_FILLER = Pattern.compile("(?:\\s+(?:then|exactly|though|please|thanks|again))+$");

  enum Social { THANKS, GREETING, ACKNOWLEDGEMENT }

  static final Map<String, Social> SOCIAL = Map.ofEntries(
      Map.entry("thanks", Social.THANKS), Map.entry("thank you", Social.THANKS), Map.entry("thx", Social.THANKS),
      Map.entry("ty", Social.THANKS), Map.entry("thanks a lot", Social.THANKS), Map.entry("cheers", Social.THANKS),
      Map.entry("hi", Social.GREETING), Map.entry("hello", Social.GREETING), Map.entry("hey", Social.GREETING),
      Map.entry("hey there", Social.GREETING), Map.entry("good morning", Social.GREETING), Map.entry("yo", Social.GREETING),
      Map.entry("ok", Social.ACKNOWLEDGEMENT), Map.entry("okay", Social.ACKNOWLEDGEMENT), Map.entry("k", Social.ACKNOWLEDGEMENT),
      Map.entry("cool", Social.ACKNOWLEDGEMENT), Map.entry("nice", Social.ACKNOWLEDGEMENT), Map.entry("great", Social.ACKNOWLEDGEMENT),
      Map.entry("lol", Social.ACKNOWLEDGEMENT), Map.entry("haha", Social.ACKNOWLEDGEMENT), Map.entry("hmm", Social.ACKNOWLEDGEMENT),
      Map.entry("yes", Social.ACKNOWLEDGEMENT), Map.entry("no", Social.ACKNOWLEDGEMENT), Map.entry("yep", Social.ACKNOWLEDGEMENT),
      Map.entry("nope", Social.ACKNOWLEDGEMENT), Map.entry("sure", Social.ACKNOWLEDGEMENT), Map.entry("wow", Social.ACKNOWLEDGEMENT),
      Map.entry("good", Social.ACKNOWLEDGEMENT), Map.entry("bye", Social.ACKNOWLEDGEMENT), Map.entry("got it", Social.ACKNOWLEDGEMENT),
      Map.entry("i see", Social.ACKNOWLEDGEMENT), Map.entry("interesting", Social.ACKNOWLEDGEMENT));

  static boolean isFunctionWord(String key) {
    return FUNCTION.contains(key) || WH.contains(key) || AUXILIARIES.contains(key);
  }

  /** Lower case, punctuation and emoji gone, single spaces: "Tell me more!!" → "tell me more". */
  static String normalise(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
    StringBuilder out = new StringBuilder(lower.length());
    lower.codePoints().forEach(c -> out.appendCodePoint(Character.isLetterOrDigit(c) || c == '\'' ? c : ' '));
    return out.toString().replaceAll("\\s+", " ").strip();
  }

  /** {@link #normalise}d text without the filler words around a follow-up. */
  static String core(String normalised) {
    String s = LEADING_FILLER.matcher(normalised).replaceFirst("");
    return TRAILING_FILLER.matcher(s).replaceFirst("").strip();
  }
}
