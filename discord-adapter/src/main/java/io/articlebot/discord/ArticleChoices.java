package io.articlebot.discord;

import io.articlebot.core.answer.ArticleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The suggestions for {@code /ask article:}: at most 25 (Discord's limit), names within 100 characters. */
final class ArticleChoices {
  static final int MAX = 25;
  private static final int MAX_NAME = 100;

  private ArticleChoices() {}

  /** Articles whose id or title starts with {@code typed}, then those that contain it; all when nothing is typed. */
  static List<ArticleInfo> matching(List<ArticleInfo> articles, String typed) {
    String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    List<ArticleInfo> starting = new ArrayList<>();
    List<ArticleInfo> containing = new ArrayList<>();
    for (ArticleInfo a : articles) {
      String id = a.id().toLowerCase(Locale.ROOT);
      String title = a.title().toLowerCase(Locale.ROOT);
      if (id.startsWith(t) || title.startsWith(t)) {
        starting.add(a);
      } else if (id.contains(t) || title.contains(t)) {
        containing.add(a);
      }
    }
    starting.addAll(containing);
    return starting.subList(0, Math.min(MAX, starting.size()));
  }

  /** "Title (id)", cut to Discord's 100 characters. */
  static String label(ArticleInfo a) {
    String full = a.title() + " (" + a.id() + ")";
    if (full.length() <= MAX_NAME) {
      return full;
    }
    String suffix = "… (" + a.id() + ")";
    return suffix.length() >= MAX_NAME ? a.id().substring(0, Math.min(a.id().length(), MAX_NAME)) : a.title().substring(0, MAX_NAME - suffix.length()) + suffix;
  }
}
