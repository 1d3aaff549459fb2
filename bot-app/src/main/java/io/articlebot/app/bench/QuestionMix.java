package io.articlebot.app.bench;

import io.articlebot.core.article.Article;
import io.articlebot.core.article.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Questions to time: generic ones that mostly miss, and for every sentence one built from its
 * first words, that mostly hit. No labels needed; only speed is measured.
 */
final class QuestionMix {
  private static final List<String> GENERIC = List.of(
      "Who founded the company?", "How much did it cost?", "When did it happen?", "Where is it based?",
      "What is the capital of France?", "How many employees are there?", "What did the CEO say?",
      "Why does it matter?", "Which products were launched?", "hey bot how cheap is it", "title:* AND (",
      "What is the population of China?", "文章来源是哪里?", "🙂🙂", "Who is the author?");

  private static final List<String> OPENERS = List.of("What about", "Tell me about", "Who said", "How much", "When did",
      "Where is", "What is");

  private QuestionMix() {}

  /**
   * {@code count} questions, nearly all different: an opener and one to five consecutive words of
   * the article from every position in turn, so no answer can be reused.
   */
  static List<String> distinct(List<Article> articles, int count) {
    List<String> words = new ArrayList<>();
    for (Article a : articles) {
      words.addAll(List.of(a.text().split("\\s+")));
    }
    List<String> out = new ArrayList<>(count);
    int span = Math.max(1, words.size() - 6);
    for (int i = 0; out.size() < count; i++) {
      int from = i % span;
      out.add(OPENERS.get(i % OPENERS.size()) + " " + String.join(" ", words.subList(from, from + 1 + i % 5)) + "?");
    }
    return out;
  }

  static List<String> of(List<Article> articles, int count) {
    List<String> pool = new ArrayList<>(GENERIC);
    for (Article a : articles) {
      for (Sentence s : a.sentences()) {
        String[] words = a.text(s).split("\\s+");
        StringBuilder q = new StringBuilder("What about");
        for (int i = 0; i < Math.min(6, words.length); i++) {
          q.append(' ').append(words[i]);
        }
        pool.add(q.append('?').toString());
      }
    }
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(pool.get(i % pool.size()));
    }
    return out;
  }
}
