package io.articlebot.core.index;

import io.articlebot.core.analysis.Analysis.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the names an article spells out that a reader may abbreviate: "the European Union" is the
 * "EU", "the American Automobile Association" the "AAA". A name is a run of capitalised words with
 * nothing but spaces and small words (of, the, on...) between them; its initials are its acronym.
 */
final class Acronyms {
  private static final int MIN_WORDS = 2;
  private static final int MAX_WORDS = 6;

  private Acronyms() {}

  static void collect(String text, List<Token> tokens, Vocabulary vocabulary) {
    List<Token> run = new ArrayList<>();
    for (int i = 0; i <= tokens.size(); i++) {
      Token t = i < tokens.size() ? tokens.get(i) : null;
      boolean joins = t != null && capitalised(text, t) && (run.isEmpty() || onlySmallWordsBetween(text, run.get(run.size() - 1), t));
      if (joins) {
        run.add(t);
        continue;
      }
      if (run.size() >= MIN_WORDS && run.size() <= MAX_WORDS) {
        StringBuilder initials = new StringBuilder();
        List<String> terms = new ArrayList<>();
        for (Token r : run) {
          initials.appendCodePoint(Character.toLowerCase(text.codePointAt(r.start())));
          terms.add(r.term());
        }
        vocabulary.acronym(initials.toString(), terms);
      }
      run.clear();
      if (t != null && capitalised(text, t)) {
        run.add(t);
      }
    }
  }

  private static boolean capitalised(String text, Token t) {
    int c = text.codePointAt(t.start());
    return Character.isUpperCase(c) && text.substring(t.start(), t.end()).chars().allMatch(Character::isLetter);
  }

  /** Spaces and lower-case words only: "Treaty on the Functioning of the European Union". */
  private static boolean onlySmallWordsBetween(String text, Token a, Token b) {
    String between = text.substring(a.end(), b.start());
    if (!between.strip().isEmpty() && !between.strip().toLowerCase(Locale.ROOT).equals(between.strip())) {
      return false;
    }
    return between.chars().allMatch(c -> Character.isLetter(c) || Character.isWhitespace(c)) && between.length() <= 12;
  }
}
