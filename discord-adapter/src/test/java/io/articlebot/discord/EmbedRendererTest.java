package io.articlebot.discord;

import static io.articlebot.discord.Fixtures.quote;
import static org.assertj.core.api.Assertions.assertThat;

import io.articlebot.core.answer.Quote;
import io.articlebot.core.chat.Reply;
import io.articlebot.core.chat.ReplyButton;
import io.articlebot.core.chat.ReplyKind;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

class EmbedRendererTest {
  private final EmbedRenderer renderer = new EmbedRenderer();

  static String longQuoteText() {
    StringBuilder text = new StringBuilder();
    int i = 0;
    while (text.length() < 9000) {
      text.append("Sentence number ").append(i).append(" says that DeepSeek shook *markets* and the_chip makers")
          .append(i % 3 == 0 ? " like Nvidia, whose shares fell sharply in New York trading that Monday" : "")
          .append(". ");
      i++;
    }
    return text.toString().strip();
  }

  @Test
  void aLongQuoteIsSplitIntoVerbatimPiecesWithinEveryDiscordLimit() {
    String text = longQuoteText();
    Quote quote = quote(text, 9, "DeepSeek", "Nvidia", "markets");
    List<ReplyButton> buttons = List.of(
        new ReplyButton("ab:more:k", "More quotes (2)", ReplyButton.Action.MORE_QUOTES),
        new ReplyButton("ab:up:k", "👍 Helpful", ReplyButton.Action.HELPFUL),
        new ReplyButton("ab:down:k", "👎 Not helpful", ReplyButton.Action.NOT_HELPFUL));
    String longQuestion = "why ".repeat(120).strip() + "?";
    Reply reply = new Reply(ReplyKind.ANSWER, longQuestion, "", List.of(quote, quote(text, 10, "Nvidia")),
        "Source: Reuters · confidence 87%", buttons, false);

    MessageCreateData data = renderer.render(reply);

    assertThat(data.getContent().length()).isLessThanOrEqualTo(2000);
    assertThat(data.getEmbeds()).hasSize(1);
    MessageEmbed embed = data.getEmbeds().get(0);
    assertThat(embed.getTitle()).hasSizeLessThanOrEqualTo(256).startsWith("why why");
    assertThat(embed.getDescription() == null ? "" : embed.getDescription()).hasSizeLessThanOrEqualTo(4096);
    assertThat(embed.getFooter().getText()).isEqualTo("Source: Reuters · confidence 87%");
    assertThat(embed.getFields()).hasSizeBetween(5, 25);
    assertThat(embed.getLength()).isLessThanOrEqualTo(6000);
    assertThat(embed.isSendable()).isTrue();

    List<String> pieces = new ArrayList<>();
    for (MessageEmbed.Field field : embed.getFields()) {
      assertThat(field.getName()).hasSizeLessThanOrEqualTo(256).contains(Fixtures.TITLE + ", ¶ ");
      assertThat(field.getValue()).hasSizeLessThanOrEqualTo(1024);
      if (field.getValue().startsWith("> ")) {
        pieces.add(DiscordMarkdown.strip(field.getValue()));
      }
    }
    assertThat(pieces).hasSizeGreaterThanOrEqualTo(4);
    for (String piece : pieces) {
      int at = text.indexOf(piece);
      assertThat(at).as("verbatim piece: %s", piece).isGreaterThanOrEqualTo(0);
      assertThat(at == 0 || text.charAt(at - 1) == ' ').as("starts at a word: %s", piece).isTrue();
      int end = at + piece.length();
      assertThat(end == text.length() || text.charAt(end) == ' ').as("ends at a word: %s", piece).isTrue();
      assertThat(piece).endsWith(".");
    }
    // Matched words are bold, and the article's own asterisks are escaped rather than made bold.
    assertThat(embed.getFields().get(0).getValue()).contains("**DeepSeek**").contains("\\***markets**\\*").contains("the\\_chip");
    // The last field says the passage goes on rather than pretending the quote ends there.
    assertThat(embed.getFields().get(embed.getFields().size() - 1).getValue()).contains("goes on in the article");

    List<Button> rendered = data.getComponents().get(0).asActionRow().getButtons();
    assertThat(rendered).extracting(Button::getLabel).containsExactly("More quotes (2)", "👍 Helpful", "👎 Not helpful");
    assertThat(rendered).extracting(Button::getCustomId).containsExactly("ab:more:k", "ab:up:k", "ab:down:k");
    assertThat(rendered).allSatisfy(b -> {
      assertThat(b.getCustomId()).hasSizeLessThanOrEqualTo(100);
      assertThat(b.getLabel()).hasSizeLessThanOrEqualTo(80);
    });
  }

  @Test
  void markdownAndMentionsInAQuoteRenderAsWritten() {
    String text = "# Not a heading: *stars*, _under_, `code`, ~~strike~~, ||spoiler||, [link](x), <@123> and @everyone > here.";
    Quote quote = quote(text, 3, "everyone");

    String rendered = DiscordMarkdown.blockQuote(quote);

    assertThat(DiscordMarkdown.strip(rendered)).isEqualTo(text);
    assertThat(rendered).startsWith("> \\# Not").contains("\\@**everyone**").contains("\\<\\@123\\>")
        .doesNotContain(" *stars*").doesNotContain("||spoiler||");
  }

  @Test
  void aQuoteThatLooksLikeAListItemStaysText() {
    assertThat(DiscordMarkdown.blockQuote(quote("1984. A year.", 1))).isEqualTo("> 1984\\. A year.");
  }

  @Test
  void anOverlongFooterIsShortened() {
    Reply reply = new Reply(ReplyKind.ANSWER, "q", "", List.of(quote("A short one.", 1)), "Source: " + "Reuters ".repeat(400),
        List.of(), false);

    MessageEmbed embed = renderer.render(reply).getEmbeds().get(0);

    assertThat(embed.getFooter().getText()).hasSizeLessThanOrEqualTo(2048).startsWith("Source: Reuters").endsWith("…");
    assertThat(embed.getLength()).isLessThanOrEqualTo(6000);
  }

  @Test
  void noticesArePlainTextWithinTheContentLimit() {
    MessageCreateData data = renderer.render(Reply.notice("Slow down @everyone ".repeat(200)));

    assertThat(data.getEmbeds()).isEmpty();
    assertThat(data.getContent()).hasSizeLessThanOrEqualTo(2000).startsWith("Slow down \\@everyone").endsWith("…");
  }

  @Test
  void aLinkedQuoteEndsWithALinkToThePassageWithinTheFieldLimit() {
    String link = "https://example.com/a#:~:text=DeepSeek%20markets";
    Quote linked = quote(longQuoteText(), 9, "DeepSeek").withCitation(Fixtures.CITATION.withLink(link));
    MessageEmbed embed = renderer.render(new Reply(ReplyKind.ANSWER, "q", "", List.of(linked), "", List.of(), false))
        .getEmbeds().get(0);
    List<MessageEmbed.Field> fields = embed.getFields();
    assertThat(fields.get(fields.size() - 1).getValue()).endsWith("\n[Read it in the article ↗](" + link + ")");
    assertThat(fields).allSatisfy(f -> assertThat(f.getValue().length()).isLessThanOrEqualTo(MessageEmbed.VALUE_MAX_LENGTH));
    assertThat(EmbedRenderer.linkLine(linked.withCitation(Fixtures.CITATION.withLink("https://x.example/a)b")))).isEmpty();
  }
}
