package io.articlebot.discord;

import io.articlebot.core.answer.Quote;
import io.articlebot.core.chat.QuoteFitter;
import io.articlebot.core.chat.Reply;
import io.articlebot.core.chat.ReplyButton;
import io.articlebot.core.chat.ReplyKind;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Turns a {@link Reply} into a Discord message: short notices as plain text, everything else as one
 * embed with the quotes as block-quoted fields, each under its citation, and the reply's buttons.
 * Every Discord limit is respected by construction; quotes are only ever split into verbatim
 * pieces, never reworded.
 */
public final class EmbedRenderer {
  static final int CONTENT_MAX = Message.MAX_CONTENT_LENGTH;
  static final int TITLE_MAX = MessageEmbed.TITLE_MAX_LENGTH;
  static final int DESCRIPTION_MAX = MessageEmbed.DESCRIPTION_MAX_LENGTH;
  static final int FIELD_NAME_MAX = MessageEmbed.TITLE_MAX_LENGTH;
  static final int FIELD_VALUE_MAX = MessageEmbed.VALUE_MAX_LENGTH;
  static final int FOOTER_MAX = MessageEmbed.TEXT_MAX_LENGTH;
  static final int EMBED_TOTAL_MAX = MessageEmbed.EMBED_MAX_LENGTH_BOT;
  static final int FIELDS_MAX = MessageEmbed.MAX_FIELD_AMOUNT;
  /** Kept free for the note that says a passage goes on in the article. */
  private static final int CONTINUATION_RESERVE = FIELD_NAME_MAX + 120 + 40;
  /** Longer links are left out rather than eat the room of the quote they point to. */
  static final int MAX_LINK = 600;

  /** The Discord message for {@code reply}; visibility and mentions are the sender's business. */
  public MessageCreateData render(Reply reply) {
    MessageCreateBuilder message = new MessageCreateBuilder();
    if (isPlainNotice(reply)) {
      String text = reply.title().isBlank() ? reply.body() : reply.title() + "\n" + reply.body();
      return message.setContent(DiscordMarkdown.escapeWithin(text, CONTENT_MAX)).build();
    }
    message.setEmbeds(embed(reply));
    if (!reply.buttons().isEmpty()) {
      message.setComponents(ActionRow.of(reply.buttons().stream().map(EmbedRenderer::button).toList()));
    }
    return message.build();
  }

  private static boolean isPlainNotice(Reply reply) {
    return (reply.kind() == ReplyKind.NOTICE || reply.kind() == ReplyKind.ERROR)
        && reply.quotes().isEmpty() && reply.buttons().isEmpty();
  }

  private static MessageEmbed embed(Reply reply) {
    EmbedBuilder embed = new EmbedBuilder().setColor(colour(reply.kind()));
    if (!reply.title().isBlank()) {
      embed.setTitle(DiscordMarkdown.escapeWithin(reply.title(), TITLE_MAX));
    }
    if (!reply.body().isBlank()) {
      embed.setDescription(DiscordMarkdown.escapeWithin(reply.body(), DESCRIPTION_MAX));
    }
    if (!reply.footer().isBlank()) {
      // Footers show no Markdown, so they are shortened but not escaped.
      embed.setFooter(DiscordMarkdown.shorten(reply.footer(), FOOTER_MAX));
    }
    addQuotes(embed, reply.quotes());
    return embed.build();
  }

  private static void addQuotes(EmbedBuilder embed, List<Quote> quotes) {
    for (Quote quote : quotes) {
      String label = quote.citation().label();
      String link = linkLine(quote);
      List<String> pieces = renderedPieces(quote, FIELD_VALUE_MAX - link.length());
      for (int i = 0; i < pieces.size(); i++) {
        String name = DiscordMarkdown.escapeWithin(i == 0 ? label : label + " (continued)", FIELD_NAME_MAX);
        String value = pieces.get(i) + (i == pieces.size() - 1 ? link : "");
        if (!roomFor(embed, name, value)) {
          embed.addField(DiscordMarkdown.escapeWithin(label, FIELD_NAME_MAX),
              "*The passage goes on in the article; there is no room for more here.*" + link, false);
          return;
        }
        embed.addField(name, value, false);
      }
    }
  }

  /**
   * A masked link under a quote that opens the article at the passage (Discord renders Markdown
   * links in field values), or nothing when the article has no URL or the link would crowd the quote.
   */
  static String linkLine(Quote quote) {
    String url = quote.citation().link();
    if (url.isBlank() || url.length() > MAX_LINK || !url.matches("(?i)^https?://[^\\s()<>]+$")) {
      return "";
    }
    return "\n[Read it in the article ↗](" + url + ")";
  }

  private static boolean roomFor(EmbedBuilder embed, String name, String value) {
    return embed.getFields().size() + 2 <= FIELDS_MAX
        && embed.length() + name.length() + value.length() + CONTINUATION_RESERVE <= EMBED_TOTAL_MAX;
  }

  /**
   * Block-quoted verbatim pieces of {@code quote}, each at most {@code limit} characters once
   * escaped and highlighted. Escaping can make a piece longer than its raw text, so a piece that
   * still does not fit is split again, smaller, until it does.
   */
  static List<String> renderedPieces(Quote quote, int limit) {
    String rendered = DiscordMarkdown.blockQuote(quote);
    if (rendered.length() <= limit) {
      return List.of(rendered);
    }
    int rawLength = quote.text().length();
    int target = Math.max(1, Math.min(rawLength - 1, (int) ((long) rawLength * (limit - 8) / rendered.length())));
    List<String> out = new ArrayList<>();
    for (Quote piece : QuoteFitter.fit(quote, target)) {
      out.addAll(renderedPieces(piece, limit));
    }
    return out;
  }

  private static Button button(ReplyButton b) {
    return switch (b.action()) {
      case MORE_QUOTES, CLOSEST -> Button.primary(b.id(), b.label());
      case HELPFUL, NOT_HELPFUL -> Button.secondary(b.id(), b.label());
    };
  }

  private static Color colour(ReplyKind kind) {
    return switch (kind) {
      case ANSWER -> new Color(0x2E7D32);
      case NO_ANSWER -> new Color(0x757575);
      case INFO -> new Color(0x5865F2);
      case NOTICE -> new Color(0xF9A825);
      case ERROR -> new Color(0xC62828);
    };
  }
}
