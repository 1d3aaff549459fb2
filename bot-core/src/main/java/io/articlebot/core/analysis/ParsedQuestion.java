package io.articlebot.core.analysis;

import java.util.List;
import java.util.Optional;

/**
 * A question read for retrieval.
 *
 * @param focus for "what/who is the X of Y" questions, the word X: a passage that never mentions X
 *     cannot say what the X of Y is
 * @param counted for "how many X" questions, the words of X: the number must count one of them
 * @param askedKind for "what/which X" questions, the words of X ("programming language"): the kind
 *     of thing asked for, which an article that never mentions it is unlikely to answer
 * @param asksForStatement "what did X say/claim/write": the answer is what was said, usually in
 *     quotation marks
 */
public record ParsedQuestion(
    String text, AnswerType type, List<QueryTerm> terms, Optional<String> focus, List<String> counted, List<String> askedKind,
    boolean asksForStatement) {
  public ParsedQuestion {
    terms = List.copyOf(terms);
    counted = List.copyOf(counted);
    askedKind = List.copyOf(askedKind);
  }
}
