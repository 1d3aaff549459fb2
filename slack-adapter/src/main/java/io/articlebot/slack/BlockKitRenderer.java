package io.articlebot.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import io.articlebot.core.answer.Quote;
import io.articlebot.core.chat.Highlighting;
import io.articlebot.core.chat.QuoteFitter;
import io.articlebot.core.chat.Reply;
import io.articlebot.core.chat.ReplyButton;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Turns a {@link Reply} into Block Kit: a bold title, the body, each quote as a {@code >} block
 * quote with matched words in bold and its citation in a context block, the footer, and the
 * buttons. All article and user text is escaped ({@link SlackEscaper}) and every mrkdwn object is
 * {@code verbatim}, so nothing becomes a link or a ping. Long quotes are split at sentence
 * boundaries ({@link QuoteFitter}), so each piece is still word for word from the article.
 */
public final class BlockKitRenderer {
  /** Slack's limit for a section's text. */
  public static final int MAX_SECTION_CHARS = 3000;
  /** Slack's limit for blocks in one message. */
  public static final int MAX_BLOCKS = 50;
  /** Slack's limit for a button's text. */
  public static final int MAX_BUTTON_TEXT = 75;
  /** Notifications only show the start; Slack truncates {@code text} far later, at 40,000. */
  public static final int MAX_FALLBACK_CHARS = 4000;

  private static final String QUOTE_PREFIX = "> ";

  private final int sectionLimit;
  private final int blockLimit;

  public BlockKitRenderer() {
    this(MAX_SECTION_CHARS, MAX_BLOCKS);
  }

  /** Smaller limits let tests exercise the splitting with short texts. */
  BlockKitRenderer(int sectionLimit, int blockLimit) {
    if (sectionLimit < 10 || blockLimit < 4) {
      throw new IllegalArgumentException("limits too small");
    }
    this.sectionLimit = sectionLimit;
    this.blockLimit = blockLimit;
  }

  public SlackMessage render(Reply reply) {
    Blocks blocks = new Blocks(blockLimit - (reply.footer().isBlank() ? 0 : 1) - (reply.buttons().isEmpty() ? 0 : 1));
    if (!reply.title().isBlank()) {
      String title = reply.title();
      blocks.add(section("*" + SlackEscaper.escape(title.substring(0, cutIndex(title, sectionLimit - 3))) + "*"));
    }
    for (String chunk : plainChunks(reply.body())) {
      blocks.add(section(SlackEscaper.escape(chunk)));
    }
    for (Quote quote : reply.quotes()) {
      addQuote(blocks, quote);
    }
    List<LayoutBlock> out = new ArrayList<>(blocks.list);
    if (!reply.footer().isBlank()) {
      out.add(context(SlackEscaper.escape(clip(reply.footer(), sectionLimit))));
    }
    if (!reply.buttons().isEmpty()) {
      out.add(actions(reply.buttons()));
    }
    return new SlackMessage(fallbackText(reply), out, reply.ephemeral());
  }

  private void addQuote(Blocks blocks, Quote quote) {
    List<String> pieces = quoteSections(quote);
    for (int i = 0; i < pieces.size(); i++) {
      // Keep one place for the citation, so a quote is never shown without where it comes from.
      if (blocks.room() < 2) {
        blocks.add(context("The rest of this passage is in the article: " + SlackEscaper.escape(quote.citation().label())));
        return;
      }
      blocks.add(section(pieces.get(i)));
    }
    if (blocks.room() >= 1) {
      blocks.add(context("— " + citation(quote)));
    }
  }

  /**
   * The citation, as a link to the passage when the article has a URL: {@code <url|label>}, which
   * Slack renders even in verbatim text. The URL is percent-encoded, so it holds no {@code |} or {@code >}.
   */
  static String citation(Quote quote) {
    String label = SlackEscaper.escape(quote.citation().label());
    String url = quote.citation().link();
    boolean linkable = !url.isBlank() && url.matches("(?i)^https?://[^\\s|<>]+$") && label.indexOf('|') < 0;
    return linkable ? "<" + url + "|" + label + ">" : label;
  }

  /** Verbatim pieces of the quote, each rendered within the section limit. */
  List<String> quoteSections(Quote quote) {
    List<String> out = new ArrayList<>();
    Deque<Quote> todo = new ArrayDeque<>(QuoteFitter.fit(quote, sectionLimit - QUOTE_PREFIX.length()));
    while (!todo.isEmpty()) {
      Quote piece = todo.pop();
      String rendered = QUOTE_PREFIX + Highlighting.render(piece, SlackEscaper::escape, "*", "*");
      if (rendered.length() <= sectionLimit || piece.text().length() < 2) {
        out.add(rendered);
        continue;
      }
      // Escaping (& -> &amp;) and bold markers made it too long: split this piece finer.
      List<Quote> finer = QuoteFitter.fit(piece, Math.max(1, piece.text().length() / 2));
      for (int i = finer.size() - 1; i >= 0; i--) {
        todo.push(finer.get(i));
      }
    }
    return out;
  }

  private List<String> plainChunks(String text) {
    List<String> chunks = new ArrayList<>();
    String rest = text.strip();
    while (!rest.isEmpty()) {
      int cut = cutIndex(rest, sectionLimit);
      chunks.add(rest.substring(0, cut).strip());
      rest = rest.substring(cut).strip();
    }
    return chunks;
  }

  /**
   * The longest prefix of {@code text} whose escaped form fits {@code limit}, ending at a line
   * break or space when there is one, so entities like {@code &amp;} are never cut in half.
   */
  static int cutIndex(String text, int limit) {
    int escapedLength = 0;
    int lastBreak = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      escapedLength += switch (c) {
        case '&' -> 5;
        case '<', '>' -> 4;
        default -> 1;
      };
      if (escapedLength > limit) {
        if (lastBreak > 0) {
          return lastBreak;
        }
        return i > 0 && Character.isLowSurrogate(c) ? i - 1 : Math.max(i, 1);
      }
      if (Character.isWhitespace(c)) {
        lastBreak = i;
      }
    }
    return text.length();
  }

  private static String clip(String text, int limit) {
    int cut = cutIndex(text, limit - 1);
    return cut == text.length() ? text : text.substring(0, cut).stripTrailing() + "…";
  }

  private static String fallbackText(Reply reply) {
    return SlackEscaper.escape(clip(reply.plainText(), MAX_FALLBACK_CHARS));
  }

  private static SectionBlock section(String mrkdwn) {
    return SectionBlock.builder().text(mrkdwn(mrkdwn)).build();
  }

  private static ContextBlock context(String mrkdwn) {
    return ContextBlock.builder().elements(List.of(mrkdwn(mrkdwn))).build();
  }

  private static MarkdownTextObject mrkdwn(String text) {
    // verbatim: Slack must not auto-link URLs or channel names in article text.
    return MarkdownTextObject.builder().text(text).verbatim(true).build();
  }

  private static ActionsBlock actions(List<ReplyButton> buttons) {
    List<BlockElement> elements = new ArrayList<>();
    for (ReplyButton b : buttons) {
      elements.add(ButtonElement.builder()
          .actionId(b.id())
          .value(b.id())
          .text(PlainTextObject.builder().text(buttonText(b.label())).emoji(true).build())
          .build());
    }
    return ActionsBlock.builder().blockId("ab-actions").elements(elements).build();
  }

  private static String buttonText(String label) {
    if (label.length() <= MAX_BUTTON_TEXT) {
      return label;
    }
    int end = MAX_BUTTON_TEXT - 1;
    if (Character.isLowSurrogate(label.charAt(end))) {
      end--;
    }
    return label.substring(0, end) + "…";
  }

  /** Blocks with a budget, so the footer and buttons always still fit. */
  private static final class Blocks {
    private final List<LayoutBlock> list = new ArrayList<>();
    private final int budget;

    Blocks(int budget) {
      this.budget = budget;
    }

    int room() {
      return budget - list.size();
    }

    void add(LayoutBlock block) {
      if (room() > 0) {
        list.add(block);
      }
    }
  }
}
