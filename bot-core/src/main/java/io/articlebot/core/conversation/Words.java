package io.articlebot.core.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words of a message or an article sentence, with their offsets: letters and digits, with inner
 * apostrophes and dots ({@code U.S.}, {@code don't}); hyphens separate words, so {@code High-Flyer}
 * and {@code High Flyer} read alike. A trailing possessive {@code 's} is not part of the word.
 */
final class Words {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.][\\p{L}\\p{N}]+)*\\.?");

  /**
   * @param possessive the word stood before 's in the text
   * @param atStart taken as part of a name only because of the words after it, at a sentence start
   */
  record Word(String text, int start, int end, boolean possessive, boolean atStart) {
    String key() {
      return Words.key(text);
    }

    boolean capitalised() {
      return Character.isUpperCase(text.codePointAt(0));
    }

    /** DeepSeek, OpenAI, IPO: capitals after the first letter, which no sentence start explains. */
    boolean innerCapitals() {
      return text.codePoints().skip(1).anyMatch(Character::isUpperCase);
    }

    /** Liang, Zuckerberg: one capital, then lower-case letters only, the way people's names look. */
    boolean plainName() {
      return capitalised() && text.length() > 1 && text.codePoints().skip(1).allMatch(Character::isLowerCase);
    }
  }

  private Words() {}

  static List<Word> of(String text) {
    List<Word> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      int end = m.end();
      String w = m.group();
      // "U.S." keeps its dot; a sentence's full stop does not belong to its last word.
      if (w.endsWith(".") && !w.substring(0, w.length() - 1).contains(".")) {
        w = w.substring(0, w.length() - 1);
        end--;
      }
      int stem = possessiveStart(w);
      if (stem > 0) {
        w = w.substring(0, stem);
        end = m.start() + stem;
      }
      out.add(new Word(w, m.start(), end, stem > 0, false));
    }
    return out;
  }

  private static int possessiveStart(String w) {
    int n = w.length();
    if (n > 2 && (w.charAt(n - 2) == '\'' || w.charAt(n - 2) == '’') && (w.charAt(n - 1) == 's' || w.charAt(n - 1) == 'S')) {
      return n - 2;
    }
    return -1;
  }

  static String key(String word) {
    return word.toLowerCase(Locale.ROOT).replace('’', '\'');
  }
}
