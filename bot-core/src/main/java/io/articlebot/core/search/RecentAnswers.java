package io.articlebot.core.search;

import io.articlebot.core.answer.Answer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The most recent answers by question text, least recently used dropped first. Chat traffic asks
 * the same things again ("who wrote this?"), and over an immutable index the answer is the same.
 */
final class RecentAnswers {
  private final Map<String, Answer> byQuestion;

  RecentAnswers(int capacity) {
    this.byQuestion = new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Answer> eldest) {
        return size() > capacity;
      }
    };
  }

  synchronized Answer get(String question) {
    return byQuestion.get(question);
  }

  synchronized void put(String question, Answer answer) {
    byQuestion.put(question, answer);
  }
}
