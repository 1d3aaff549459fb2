package io.articlebot.core.search;

import io.articlebot.core.analysis.Analysis.Token;
import io.articlebot.core.analysis.AnswerType;
import io.articlebot.core.article.Article;
import io.articlebot.core.article.Sentence;
import java.util.List;
import java.util.Set;

/**
 * A sentence as the ranker sees it: its article, its analysed terms with offsets (for coverage and
 * highlighting), the kinds of value it holds, and whether it quotes someone.
 *
 * @param id the Lucene document id, also the position in {@link ArticleIndex#sentence(int)}
 */
record IndexedSentence(int id, Article article, Sentence sentence, List<Token> tokens, Set<String> terms,
    Set<AnswerType> types, boolean quotesSomeone) {

  boolean heading() {
    return article.paragraph(sentence.paragraph()).kind() == io.articlebot.core.article.ParagraphKind.HEADING;
  }

  String text() {
    return article.text(sentence);
  }
}
