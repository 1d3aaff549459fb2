package io.articlebot.app.console;

import io.articlebot.core.answer.Quote;
import io.articlebot.core.chat.Highlighting;
import io.articlebot.core.chat.Reply;
import io.articlebot.core.chat.ReplyButton;
import java.util.function.UnaryOperator;

/**
 * Renders replies for a terminal: quotes verbatim, matched words in bold when the output is a
 * terminal (ANSI), citations under each quote, and the buttons as words to type.
 */
public final class PlainTextRenderer {
  private static final String BOLD = "\u001b[1m";
  private static final String RESET = "\u001b[0m";

  private final boolean ansi;
  private final boolean buttons;

  public PlainTextRenderer(boolean ansi) {
    this(ansi, true);
  }

  /** @param buttons whether to show the buttons as words to type; a one-shot {@code ask} has nowhere to type them */
  public PlainTextRenderer(boolean ansi, boolean buttons) {
    this.ansi = ansi;
    this.buttons = buttons;
  }

  public String render(Reply reply) {
    StringBuilder out = new StringBuilder();
    if (!reply.title().isBlank()) {
      out.append(reply.title()).append('\n');
    }
    if (!reply.body().isBlank()) {
      out.append(reply.body()).append('\n');
    }
    for (Quote q : reply.quotes()) {
      String text = ansi ? Highlighting.render(q, UnaryOperator.identity(), BOLD, RESET) : q.displayText();
      out.append("  “").append(text).append("”\n");
      out.append("    — ").append(q.citation().label()).append('\n');
      if (!q.citation().link().isBlank()) {
        out.append("      ").append(q.citation().link()).append('\n');
      }
    }
    if (!reply.footer().isBlank()) {
      out.append("  ").append(reply.footer()).append('\n');
    }
    if (buttons && !reply.buttons().isEmpty()) {
      out.append("  [");
      for (int i = 0; i < reply.buttons().size(); i++) {
        ReplyButton b = reply.buttons().get(i);
        out.append(i == 0 ? "" : " · ").append(switch (b.action()) {
          case MORE_QUOTES -> "more: " + b.label();
          case CLOSEST -> "closest: " + b.label();
          case HELPFUL -> "+1: helpful";
          case NOT_HELPFUL -> "-1: not helpful";
        });
      }
      out.append("]\n");
    }
    return out.toString().stripTrailing();
  }
}
