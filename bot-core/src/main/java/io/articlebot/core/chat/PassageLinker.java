package io.articlebot.core.chat;

import io.articlebot.core.answer.ArticleInfo;
import io.articlebot.core.answer.PassageLink;
import io.articlebot.core.answer.Quote;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives each quote of a reply a link to its article's page, jumping to the passage where the page
 * is one a browser can jump into (a web page, not a PDF). Articles without a URL get no link.
 */
final class PassageLinker {
  private final Map<String, ArticleInfo> byId = new HashMap<>();

  PassageLinker(List<ArticleInfo> articles) {
    for (ArticleInfo a : articles) {
      byId.put(a.id(), a);
    }
  }

  Quote link(Quote quote) {
    ArticleInfo a = byId.get(quote.citation().articleId());
    if (a == null || a.url().isBlank() || !a.url().matches("(?i)^https?://.*")) {
      return quote;
    }
    String link = a.passageLinks() ? PassageLink.to(a.url(), quote.text()) : a.url();
    return quote.withCitation(quote.citation().withLink(link));
  }

  Reply link(Reply reply) {
    if (reply.quotes().isEmpty()) {
      return reply;
    }
    return new Reply(reply.kind(), reply.title(), reply.body(), reply.quotes().stream().map(this::link).toList(),
        reply.footer(), reply.buttons(), reply.ephemeral());
  }
}
