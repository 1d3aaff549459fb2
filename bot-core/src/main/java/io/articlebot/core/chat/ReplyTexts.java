package io.articlebot.core.chat;

import io.articlebot.core.answer.Answer;
import io.articlebot.core.answer.ArticleInfo;
import io.articlebot.core.answer.Quote;
import io.articlebot.core.conversation.Answered;
import io.articlebot.core.conversation.More;
import io.articlebot.core.conversation.Reading;
import java.util.ArrayList;
import java.util.List;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/** The words of every reply, in one place so the front ends say the same things. */
final class ReplyTexts {
  /** A reply stays readable however many files of a folder were broken. */
  private static final int MAX_SKIPPED_SHOWN = 10;
  /** Past this, about and sources list the first ones and say how many more. */
  private static final int MAX_ARTICLES_SHOWN = 20;

  private final List<ArticleInfo> articles;
  private final List<String> skipped;
  private final ChatLimits limits;
  private final PassageLinker links;
  private final List<ArticleChanges> history;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
      .withZone(ZoneOffset.UTC);

  ReplyTexts(List<ArticleInfo> articles, List<String> skipped, ChatLimits limits, List<ArticleChanges> history) {
    this.articles = articles;
    this.skipped = skipped;
    this.limits = limits;
    this.links = new PassageLinker(articles);
    this.history = history;
  }

  /** "Updated 2026-12-01 14:02 UTC: added rover-news; changed harbor-library." */
  private static String update(ArticleChanges c) {
    List<String> parts = new ArrayList<>();
    if (!c.added().isEmpty()) {
      parts.add("added " + ids(c.added()));
    }
    if (!c.changed().isEmpty()) {
      parts.add("changed " + ids(c.changed()));
    }
    if (!c.removed().isEmpty()) {
      parts.add("removed " + ids(c.removed()));
    }
    if (!c.failed().isEmpty()) {
      parts.add(c.failed().size() + " could not be read");
    }
    return "Updated " + WHEN.format(c.at()) + ": " + (parts.isEmpty() ? "nothing changed" : String.join("; ", parts)) + ".";
  }

  private static String ids(List<String> ids) {
    int shown = Math.min(5, ids.size());
    return String.join(", ", ids.subList(0, shown)) + (ids.size() > shown ? " and " + (ids.size() - shown) + " more" : "");
  }

  String exampleQuestion() {
    return "\"Who is the article about?\"";
  }

  Reply help() {
    String body = "I answer questions about " + articleNames() + " by quoting it word for word, with the paragraph"
        + " number. If the article doesn't say, I tell you so instead of guessing.\n"
        + "• ask: /ask followed by your question, or mention me, or send me a direct message\n"
        + "• about: what I've read\n"
        + "• sources: where it comes from\n"
        + "• help: this message\n"
        + "Under an answer, \"More quotes\" shows other passages, and 👍 / 👎 tell us whether it helped.\n"
        + "Follow up in the same thread, reply chain or DM: \"why?\", \"tell me more\", \"who runs it?\"; I say how I read"
        + " a follow-up, and a new question starts afresh.\n"
        + "Questions can be up to " + limits.maxQuestionChars() + " characters"
        + (limits.cooldown().isZero() ? "." : "; after " + limits.burst() + " in a row, one every " + limits.cooldown().toSeconds()
            + " s per person.");
    return Reply.info("Help", body);
  }

  Reply about() {
    if (articles.isEmpty()) {
      return Reply.info("About", "I haven't been given any article yet.");
    }
    String body = articles.stream().limit(MAX_ARTICLES_SHOWN)
        .map(a -> String.format(Locale.ROOT, "• %s (%s): %,d paragraphs, %,d sentences, %,d words%s",
            a.title(), a.id(), a.paragraphs(), a.sentences(), a.words(), a.source().isBlank() ? "" : ". Source: " + a.source()))
        .collect(Collectors.joining("\n"))
        + (articles.size() > MAX_ARTICLES_SHOWN ? "\n… and " + (articles.size() - MAX_ARTICLES_SHOWN) + " more" : "");
    String updated = history.isEmpty() ? "" : "\n" + update(history.get(0));
    String limit = articles.size() > 1 ? "\nAsk about one of them alone with \"article:ID your question\"." : "";
    return Reply.info("About", "I know " + (articles.size() == 1 ? "one article" : articles.size() + " articles") + ":\n" + body
        + updated + limit);
  }

  Reply sources() {
    if (articles.isEmpty()) {
      return Reply.info("Sources", "I haven't been given any article yet.");
    }
    String body = articles.stream().limit(MAX_ARTICLES_SHOWN)
        .map(a -> "• " + a.title()
            + (a.source().isBlank() ? "" : ", " + a.source())
            + (a.byline().isBlank() ? "" : ", by " + a.byline())
            + (a.date().isBlank() ? "" : ", " + a.date())
            + (a.url().isBlank() ? "" : ": " + a.url())
            + origin(a))
        .collect(Collectors.joining("\n"))
        + (articles.size() > MAX_ARTICLES_SHOWN ? "\n… and " + (articles.size() - MAX_ARTICLES_SHOWN) + " more" : "");
    if (!history.isEmpty()) {
      body += "\n" + history.stream().map(ReplyTexts::update).collect(Collectors.joining("\n"));
    }
    if (!skipped.isEmpty()) {
      body += "\nNot loaded (" + skipped.size() + "):\n"
          + skipped.stream().limit(MAX_SKIPPED_SHOWN).map(s -> "• " + s).collect(Collectors.joining("\n"))
          + (skipped.size() > MAX_SKIPPED_SHOWN ? "\n… and " + (skipped.size() - MAX_SKIPPED_SHOWN) + " more (see the log)" : "");
    }
    return Reply.info("Sources", body);
  }

  /** " (web page, fetched 2026-05-01 09:30 UTC)"; nothing for a text file. */
  private static String origin(ArticleInfo a) {
    if (a.fetchedAt() == null && a.format().equals("text")) {
      return "";
    }
    return " (" + a.format() + (a.fetchedAt() == null ? "" : ", fetched " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'",
        Locale.ROOT).withZone(ZoneOffset.UTC).format(a.fetchedAt())) + ")";
  }

  /** The reply to a question, once the conversation has had its say. */
  Reply answered(Answered shown, Reading reading, String key) {
    String title = reading.asked();
    String note = reading.note();
    return switch (shown.kind()) {
      case ANSWER -> answer(shown.answer(), key, title, note);
      case NOT_ANSWERED, OFF_TOPIC -> noAnswer(shown.answer(), key, title, note);
      case REPEATED -> new Reply(ReplyKind.NO_ANSWER, title, (note.isEmpty() ? "" : note + "\n")
          + "The passage that answers this best is the one I already quoted (¶ " + shown.repeated().citation().paragraph()
          + "); the article doesn't say more on it directly. Say \"more\" to read what it says around that passage.",
          List.of(), "", feedbackButtons(key), false);
    };
  }

  Reply answer(Answer answer, String key) {
    return answer(answer, key, answer.question().text(), "");
  }

  private Reply answer(Answer answer, String key, String title, String note) {
    Quote first = answer.quotes().get(0);
    List<ReplyButton> buttons = new ArrayList<>();
    int more = answer.quotes().size() - 1;
    if (more > 0) {
      buttons.add(new ReplyButton(ChatService.buttonId("more", key), "More quotes (" + more + ")", ReplyButton.Action.MORE_QUOTES));
    }
    buttons.addAll(feedbackButtons(key));
    return links.link(new Reply(ReplyKind.ANSWER, title, note, List.of(first), footer(first, answer.confidence()), buttons, false));
  }

  Reply noAnswer(Answer answer, String key) {
    return noAnswer(answer, key, answer.question().text(), "");
  }

  private Reply noAnswer(Answer answer, String key, String title, String note) {
    String body = (note.isEmpty() ? "" : note + "\n") + "The article doesn't say. I couldn't find a passage in " + articleNames()
        + " that answers this, so I won't guess. Try other words, or ask \"about\" to see what it covers.";
    List<ReplyButton> buttons = new ArrayList<>();
    if (!answer.nearest().isEmpty()) {
      buttons.add(new ReplyButton(ChatService.buttonId("near", key), "Closest passages (not an answer)", ReplyButton.Action.CLOSEST));
    }
    buttons.addAll(feedbackButtons(key));
    return new Reply(ReplyKind.NO_ANSWER, title, body, List.of(), "", buttons, false);
  }

  /** What came nearest to a question the article doesn't answer, clearly not an answer. */
  Reply closest(Answer answer) {
    if (answer.nearest().isEmpty()) {
      return Reply.notice("Nothing in the article came close to \"" + answer.question().text() + "\".");
    }
    String body = "Not an answer: the article doesn't say. These are the passages that came closest to your question ("
        + String.format(Locale.ROOT, "%d%%", Math.round(answer.confidence() * 100)) + " likely to answer it, too low to quote as one).";
    return links.link(new Reply(ReplyKind.ANSWER, "Closest passages to: " + answer.question().text(), body, answer.nearest(),
        sourceFooter(answer.nearest().get(0)), List.of(), false));
  }

  /** "more", "tell me more", "go on". */
  Reply more(More more) {
    return switch (more.kind()) {
      case QUOTES -> links.link(new Reply(ReplyKind.ANSWER, "More on: " + more.question(), "", more.quotes(),
          sourceFooter(more.quotes().get(0)), List.of(), false));
      case AROUND -> links.link(new Reply(ReplyKind.ANSWER, "More on: " + more.question(),
          "What the article says around the passage I quoted:", more.quotes(), sourceFooter(more.quotes().get(0)), List.of(), false));
      case END -> Reply.notice("That's all the article says around my answer to \"" + more.question()
          + "\". Ask another question to hear about something else.");
      case NOT_ANSWERED -> Reply.notice("The article doesn't say anything on \"" + more.question()
          + "\", so there is nothing more to show. Try other words, or ask \"about\" to see what it covers.");
      case NOTHING -> Reply.notice("There's nothing to go on with yet: ask me a question first, for example " + exampleQuestion() + ".");
    };
  }

  /** A follow-up ("why?") with no earlier question to go on. */
  Reply needsContext(String asked) {
    return Reply.notice("\"" + asked.strip() + "\" about what? I don't have an earlier question of yours to go on here (I forget a"
        + " conversation after a while of quiet). Ask the whole question, for example " + exampleQuestion() + ".");
  }

  /** Thanks, hello, or words that are neither a question nor a follow-up. */
  Reply notAQuestion(Reading reading) {
    if (reading.thanks()) {
      return Reply.notice("You're welcome! Ask me anything else about " + articleNames() + ".");
    }
    String opening = reading.greeting() ? "Hello! " : "I can't read that as a question. ";
    return Reply.notice(opening + "Ask me about " + articleNames() + " in your own words, for example " + exampleQuestion()
        + ", or say \"help\".");
  }

  Reply moreQuotes(Answer answer) {
    if (answer.quotes().size() < 2) {
      return Reply.notice("That's all the article has on this question.");
    }
    List<Quote> rest = answer.quotes().subList(1, answer.quotes().size());
    return links.link(new Reply(ReplyKind.ANSWER, "More on: " + answer.question().text(), "", rest,
        footer(rest.get(0), answer.confidence()), List.of(), false));
  }

  private static List<ReplyButton> feedbackButtons(String key) {
    return List.of(
        new ReplyButton(ChatService.buttonId("up", key), "👍 Helpful", ReplyButton.Action.HELPFUL),
        new ReplyButton(ChatService.buttonId("down", key), "👎 Not helpful", ReplyButton.Action.NOT_HELPFUL));
  }

  private static String sourceFooter(Quote quote) {
    String source = quote.citation().source();
    return source.isBlank() ? "" : "Source: " + source;
  }

  private static String footer(Quote quote, double confidence) {
    String source = quote.citation().source();
    return (source.isBlank() ? "" : "Source: " + source + " · ")
        + String.format(Locale.ROOT, "confidence %d%%", Math.round(confidence * 100));
  }

  private String articleNames() {
    if (articles.isEmpty()) {
      return "the article";
    }
    if (articles.size() == 1) {
      return "\"" + articles.get(0).title() + "\"";
    }
    return articles.size() + " articles";
  }
}
