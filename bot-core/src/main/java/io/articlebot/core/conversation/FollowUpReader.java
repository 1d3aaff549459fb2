package io.articlebot.core.conversation;

import io.articlebot.core.conversation.ArticleNames.Found;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a message against the conversation so far: a request to go on, a bare "why?", "what about
 * X?", a pronoun or "the company" that stands for what the last question was about, small talk, or
 * a question of its own. A follow-up becomes a self-contained question, with a note of how it was
 * read. Only English function words are involved; names come from the articles.
 */
final class FollowUpReader {
  private static final Pattern WHAT_ABOUT = Pattern.compile(
      "^(?:(?:and|but|so|ok|okay)[\\s,]+)?(?:what|how)\\s+about\\s+(.+?)[\\s?.!]*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern AND_X = Pattern.compile("^(?:and|but)\\s+(?:for\\s+|of\\s+)?(.+?)\\s*\\?+\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern PRONOUN = Pattern.compile(
      "\\b(?:(?:the|this|that)\\s+(?:company|firm|startup|start-up|business|organisation|organization|lab)|it['’]s|its|it|they|them|their|he|him|his|she|her|hers)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final int MAX_TOPIC_WORDS = 6;

  enum Refers { PERSON, THING, ANY }

  private final Supplier<ArticleNames> names;
  private final boolean knowsArticles;

  /** @param names the articles' names, asked for only when a message needs them (most first questions do not) */
  FollowUpReader(Supplier<ArticleNames> names, boolean knowsArticles) {
    this.names = names;
    this.knowsArticles = knowsArticles;
  }

  Reading read(String text, ConversationState state) {
    String normalised = QuestionWords.normalise(text);
    String core = QuestionWords.core(normalised);
    Turn last = state == null ? null : state.last();
    if (QuestionWords.CONTINUE.contains(core) || QuestionWords.CONTINUE.contains(normalised)) {
      return Reading.other(Reading.Kind.MORE, text, null, state);
    }
    QuestionWords.Social social = QuestionWords.SOCIAL.getOrDefault(normalised, QuestionWords.SOCIAL.get(core));
    if (social != null) {
      return Reading.other(Reading.Kind.NOT_A_QUESTION, text, social, state);
    }
    String wh = QuestionWords.BARE_FOLLOW_UPS.get(core);
    if (wh != null) {
      return last == null ? Reading.other(Reading.Kind.NEEDS_CONTEXT, text, null, state) : bare(text, wh, last, state);
    }
    if (last != null) {
      Reading about = whatAbout(text, last, state);
      if (about != null) {
        return about;
      }
      Reading pronouns = pronouns(text, last, state);
      if (pronouns != null) {
        return pronouns;
      }
    }
    if (isNotAQuestion(text)) {
      return Reading.other(Reading.Kind.NOT_A_QUESTION, text, null, state);
    }
    return Reading.question(text, state);
  }

  /** "why?" after "is DeepSeek planning an IPO?" → "why is DeepSeek planning an IPO?". */
  private Reading bare(String asked, String wh, Turn last, ConversationState state) {
    String previous = withoutEndPunctuation(last.question());
    List<Words.Word> words = Words.of(previous);
    String first = words.isEmpty() ? "" : words.get(0).key();
    String second = words.size() < 2 ? "" : words.get(1).key();
    String word = Character.isUpperCase(asked.strip().codePointAt(0)) ? capitalise(wh) : wh;
    String question;
    String note;
    if (QuestionWords.AUXILIARIES.contains(first)) {
      question = word + " " + lowerFirst(previous, words.get(0)) + "?";
      note = "Taking " + quoted(asked) + " as: " + question;
    } else if (QuestionWords.WH.contains(first) && QuestionWords.AUXILIARIES.contains(second)) {
      question = word + previous.substring(words.get(0).end()) + "?";
      note = "Taking " + quoted(asked) + " as: " + question;
    } else {
      int from = QuestionWords.WH.contains(first) ? words.get(0).end() : 0;
      question = word + " " + previous.substring(from).strip() + "?";
      note = "Reading " + quoted(asked) + " together with your last question, " + quoted(last.question()) + ".";
    }
    return Reading.followUp(asked, question, note, namesIn(last.question()), state);
  }

  /** "what about OpenAI?" after "who founded DeepSeek?" → "who founded OpenAI?". */
  private Reading whatAbout(String asked, Turn last, ConversationState state) {
    String text = asked.strip();
    Matcher m = WHAT_ABOUT.matcher(text);
    String topic = m.matches() ? m.group(1) : null;
    if (topic == null) {
      Matcher and = AND_X.matcher(text);
      topic = and.matches() ? and.group(1) : null;
    }
    if (topic == null || Words.of(topic).size() > MAX_TOPIC_WORDS || startsWithQuestionWord(topic) || PRONOUN.matcher(topic).matches()) {
      return null;
    }
    List<Found> previous = names.get().find(last.question());
    if (previous.isEmpty()) {
      return null;
    }
    Found replaced = previous.get(0);
    String question = withoutEndPunctuation(last.question().substring(0, replaced.start()) + topic + last.question().substring(replaced.end())) + "?";
    return Reading.followUp(asked, question, "Taking " + quoted(asked) + " as: " + question, namesIn(topic), state);
  }

  /** "who runs it?" after a question about DeepSeek → "who runs DeepSeek?". */
  private Reading pronouns(String asked, Turn last, ConversationState state) {
    List<Found> own = names.get().find(asked);
    Matcher m = PRONOUN.matcher(asked);
    StringBuilder question = new StringBuilder();
    Map<String, String> readAs = new LinkedHashMap<>();
    Map<Refers, Name> chosen = new LinkedHashMap<>();
    List<Name> used = new ArrayList<>();
    int copied = 0;
    while (m.find()) {
      int at = m.start();
      if (own.stream().anyMatch(f -> f.start() < at)) {
        break; // "Who founded OpenAI and what does it do?": the pronoun has its name right there
      }
      String pronoun = m.group();
      if (pronoun.equals("IT")) {
        continue; // the acronym, not the pronoun
      }
      Refers refers = refers(pronoun);
      Name antecedent = chosen.computeIfAbsent(refers, r -> antecedent(r, last));
      if (antecedent == null || mentions(asked, antecedent)) {
        continue;
      }
      question.append(asked, copied, m.start()).append(replacement(pronoun, antecedent.text()));
      copied = m.end();
      readAs.putIfAbsent(pronoun, antecedent.text());
      if (!used.contains(antecedent)) {
        used.add(antecedent);
      }
    }
    if (readAs.isEmpty()) {
      return null;
    }
    question.append(asked.substring(copied));
    String resolved = question.toString().strip();
    List<String> parts = new ArrayList<>();
    readAs.forEach((p, n) -> parts.add(quoted(p) + " as " + n));
    String note = "Taking " + String.join(" and ", parts) + ": " + resolved;
    return Reading.followUp(asked, resolved, note, used, state);
  }

  private static Refers refers(String pronoun) {
    String p = pronoun.toLowerCase(Locale.ROOT);
    if (p.matches("he|him|his|she|her|hers")) {
      return Refers.PERSON;
    }
    if (p.matches("they|them|their")) {
      return Refers.ANY;
    }
    return Refers.THING;
  }

  /** What a pronoun in a follow-up stands for: a name from the last question, or for he/she, its answer. */
  private Name antecedent(Refers refers, Turn last) {
    List<Name> asked = namesIn(last.question());
    switch (refers) {
      case THING:
        return asked.stream().filter(n -> !n.person()).findFirst().orElse(null);
      case ANY:
        return asked.stream().filter(n -> !n.person()).findFirst().orElse(asked.isEmpty() ? null : asked.get(0));
      default:
        Name person = asked.stream().filter(Name::person).findFirst().orElse(null);
        if (person == null && last.anchor() != null) {
          person = names.get().find(last.anchor().text()).stream().map(Found::name)
              .filter(n -> n.person() && asked.stream().noneMatch(a -> a.key().equals(n.key())))
              .findFirst().orElse(null);
        }
        return person;
    }
  }

  private boolean mentions(String text, Name name) {
    return names.get().find(text).stream().anyMatch(f -> f.name().key().equals(name.key()));
  }

  private static String replacement(String pronoun, String name) {
    String p = pronoun.toLowerCase(Locale.ROOT).replace('’', '\'');
    return switch (p) {
      case "its", "his", "their", "hers" -> name + "'s";
      case "it's" -> name + " is";
      default -> name;
    };
  }

  /** Neither a question nor a follow-up: a few words, no question mark, none of which the articles use. */
  private boolean isNotAQuestion(String text) {
    if (!knowsArticles || text.indexOf('?') >= 0 || text.indexOf('？') >= 0) {
      return false;
    }
    List<Words.Word> words = Words.of(text);
    if (words.isEmpty() || words.size() > 3 || startsWithQuestionWord(text)) {
      return false;
    }
    if (text.codePoints().anyMatch(c -> Character.isIdeographic(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL)) {
      return false;
    }
    return !names.get().usesArticleWords(text);
  }

  private static boolean startsWithQuestionWord(String text) {
    List<Words.Word> words = Words.of(text);
    if (words.isEmpty()) {
      return false;
    }
    String first = words.get(0).key();
    return QuestionWords.WH.contains(first) || QuestionWords.AUXILIARIES.contains(first) || QuestionWords.REQUESTS.contains(first);
  }

  List<Name> namesIn(String text) {
    List<Name> out = new ArrayList<>();
    for (Found f : names.get().find(text)) {
      if (out.stream().noneMatch(n -> n.key().equals(f.name().key()))) {
        out.add(f.name());
      }
    }
    return out;
  }

  private String lowerFirst(String text, Words.Word first) {
    boolean name = !names.get().find(first.text()).isEmpty();
    return name || first.innerCapitals() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }

  private static String withoutEndPunctuation(String text) {
    return text.strip().replaceAll("[\\s?？.!。！]+$", "");
  }

  private static String capitalise(String s) {
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  static String quoted(String text) {
    return "“" + text.strip() + "”";
  }
}
