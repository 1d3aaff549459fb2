package io.articlebot.core.analysis;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which kinds of value a passage holds (money, dates, counts, durations, names, places), found by
 * surface patterns. Good enough to prefer "$5.6 million" for "how much" and to refuse a sentence
 * without any number for "how many".
 */
public final class TypedValues {
  private static final String NUMBER_WORDS =
      "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|"
          + "seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|trillion|"
          + "trillions|dozen|dozens|half|a few|several|single|double|twice|once";
  private static final Pattern DIGITS = Pattern.compile("(?<![\\p{L}\\d])\\d[\\d,.]*");
  private static final Pattern NUMBER = Pattern.compile(
      "(?<![\\p{L}\\d])\\d|\\b(?:" + NUMBER_WORDS + "|percent)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern MONEY = Pattern.compile(
      "[$€£¥₹]\\s?\\d|\\d\\s?(?:[$€£¥₹]|元|美元|亿)"
          + "|\\b(?:\\d[\\d,.]*|" + NUMBER_WORDS + ")\\s+(?:(?:million|billion|trillion|thousand)\\s+)?"
          + "(?:dollars?|yuan|renminbi|rmb|euros?|pounds?|yen|rupees?|francs?|won|pesos?|cents?|usd|eur|gbp|cny)\\b"
          + "|\\b(?:usd|eur|gbp|cny|rmb)\\s?\\d|\\bfree of charge\\b|\\bfor free\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern DATE = Pattern.compile(
      "\\b(?:january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?\\s+\\d"
          + "|\\b\\d{1,2}\\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\\b"
          + "|\\b(?:in|since|by|until|from|of|during|early|late|mid-?)\\s+(?:january|february|march|april|june|july|august|september|october|november|december)\\b"
          + "|(?<![\\d,.$])\\b(?:1[5-9]|20)\\d\\d\\b(?!,\\d|\\.\\d)|\\b\\d{4}-\\d{2}-\\d{2}\\b"
          + "|\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|tonight"
          + "|recently|earlier this|later this|last (?:week|month|year|decade)|next (?:week|month|year)|this (?:week|month|year)"
          + "|ago|decade|century)\\b"
          + "|年|月|日",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern CLOCK = Pattern.compile(
      "\\b\\d{1,2}(?::\\d{2})?\\s?(?:a\\.m\\.|p\\.m\\.|(?:am|pm)\\b)|\\b(?:noon|midnight)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern AGE = Pattern.compile(
      "\\b\\d{1,3}[\\s-]*(?:years?|yrs?)(?:[\\s-]*old)?\\b|\\baged?\\s+(?:of\\s+)?\\d{1,3}\\b"
          + "|\\b(?:under|over|above|below|at least|older than|younger than)\\s+\\d{1,3}\\b|\\b\\d{1,3}\\s*(?:\\+|or older|and over|and older)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PHONE = Pattern.compile(
      "(?:\\+\\d{1,3}[\\s.-]?)?(?:\\(\\d{2,4}\\)|\\b\\d{2,4})[\\s.-]\\d{3,4}[\\s.-]\\d{3,4}\\b");
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
  private static final Pattern DURATION = Pattern.compile(
      "\\b(?:\\d[\\d,.]*|" + NUMBER_WORDS + "|a|an|few|several|many)[\\s-]+(?:more\\s+|\\p{L}+\\s+)?"
          + "(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)\\b"
          + "|\\b(?:overnight|for years|for decades|for months|in a matter of)\\b"
          // "how long" also asks for a length: "a 28-metre wire".
          + "|\\b\\d[\\d,.]*[\\s-]*(?:metres?|meters?|kilometres?|kilometers?|km|miles?|feet|foot|ft|inch(?:es)?|cm|mm"
          + "|centimetres?|centimeters?|millimetres?|millimeters?|yards?|pages?|words?|characters?)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME = Pattern.compile(
      "(?<!^)(?<![.!?]\\s)\\b\\p{Lu}[\\p{Ll}'’-]+(?:\\s+(?:\\p{Lu}\\.\\s+)?\\p{Lu}[\\p{Ll}'’-]+)+"
          + "|\\b(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame)\\.?\\s+\\p{Lu}");
  private static final Pattern ROLE = Pattern.compile(
      "\\b(?:founder|co-founder|ceo|chief|president|director|manager|chairman|minister|spokesperson|spokesman|"
          + "spokeswoman|head|scientist|professor|analyst|official|engineer|architect|librarian|mayor|author|"
          + "reporter|editor|governor|senator|leader|owner|investor|executive)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PLACE = Pattern.compile(
      "\\b(?:in|at|from|near|to|across|outside|inside|throughout)\\s+(?:the\\s+)?\\p{Lu}\\p{L}+"
          + "|\\b\\p{Lu}\\p{L}+-based\\b|\\bbased in\\b"
          + "|\\b(?:City|Province|County|State|Country|Republic|Kingdom|Island|Islands|Street|St\\.|Avenue|Road|Valley|District|Region|Harbor|Harbour|Bay|Port"
          + "|Lane|Drive|Boulevard|Way|Square|Plaza|Park)\\b"
          + "|\\b\\d{1,5}\\s+\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?\\s+(?:Street|St\\.?|Lane|Road|Rd\\.?|Avenue|Ave\\.?|Drive|Dr\\.?|Boulevard|Blvd\\.?|Way)\\b"
          + "|\\b(?:city|province|county|country|town|village|capital|headquarters|campus|region|district)\\b",
      0);

  private TypedValues() {}

  /** The kinds of value in {@code text}. {@link AnswerType#ANY} is always there. */
  public static Set<AnswerType> in(String text) {
    Set<AnswerType> found = EnumSet.noneOf(AnswerType.class);
    for (AnswerType type : AnswerType.values()) {
      if (holds(type, text)) {
        found.add(type);
      }
    }
    return found;
  }

  private static final Pattern NUMBER_TOKEN = Pattern.compile("\\d[\\d,.]*|(?:" + NUMBER_WORDS + ")", Pattern.CASE_INSENSITIVE);

  /** True when one word is a number: "50,000", "3.5", "two", "thousands". */
  public static boolean isNumber(String word) {
    return NUMBER_TOKEN.matcher(word).matches();
  }

  /** True when {@code text} holds a value of that kind; {@link AnswerType#ANY} always. */
  public static boolean holds(AnswerType type, String text) {
    return switch (type) {
      case ANY -> true;
      case NUMBER -> NUMBER.matcher(text).find();
      case AMOUNT, MEASURE -> NUMBER.matcher(text).find() || MONEY.matcher(text).find();
      case DATE -> DATE.matcher(text).find() || CLOCK.matcher(text).find();
      case DURATION -> DURATION.matcher(text).find();
      case AGE -> AGE.matcher(text).find();
      case PHONE -> PHONE.matcher(text).find();
      case EMAIL -> EMAIL.matcher(text).find();
      case PERSON -> NAME.matcher(text).find() || ROLE.matcher(text).find();
      case PLACE -> PLACE.matcher(text).find();
    };
  }

  /** A day, month or year rather than only a time of day: "when did it open" wants the former. */
  public static boolean hasCalendarDate(String text) {
    return DATE.matcher(text).find();
  }

  /** True when the text has money in it: prefer it over bare numbers for "how much". */
  public static boolean hasMoney(String text) {
    return MONEY.matcher(text).find();
  }

  /** True when the text has digits: "50,000", "3.5". */
  public static boolean hasDigits(String text) {
    return DIGITS.matcher(text).find();
  }
}
