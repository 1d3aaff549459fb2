package io.articlebot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.element.ButtonElement;
import io.articlebot.core.answer.Citation;
import io.articlebot.core.answer.Quote;
import io.articlebot.core.answer.Span;
import io.articlebot.core.chat.Reply;
import io.articlebot.core.chat.ReplyButton;
import io.articlebot.core.chat.ReplyKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockKitRendererTest {

  /** A quote of {@code n} sentences, each with an ampersand (escaping makes it longer) and a highlight. */
  private static Quote longQuote(int n) {
    StringBuilder text = new StringBuilder();
    List<Span> sentences = new ArrayList<>();
    List<Span> highlights = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        text.append(' ');
      }
      int start = text.length();
      text.append("Sentence ").append(i).append(" says R&D <grew> at DeepSeek & High Flyer again.");
      sentences.add(new Span(start, text.length()));
      int at = text.indexOf("DeepSeek", start);
      highlights.add(new Span(at, at + "DeepSeek".length()));
    }
    return new Quote(text.toString(), new Citation("a", "Title", 4, ""), 0, text.length(), 1, highlights, sentences);
  }

  private static List<String> sectionTexts(List<LayoutBlock> blocks) {
    return blocks.stream().filter(SectionBlock.class::isInstance)
        .map(b -> ((MarkdownTextObject) ((SectionBlock) b).getText()).getText()).toList();
  }

  private static String unrender(String section) {
    return section.substring(2).replace("*", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  @Test
  void longQuotesAreSplitAtSentenceBoundariesWithinTheSectionLimitAndStayVerbatim() {
    Quote quote = longQuote(12);
    BlockKitRenderer renderer = new BlockKitRenderer(200, 50);
    SlackMessage message = renderer.render(new Reply(ReplyKind.ANSWER, "", "", List.of(quote), "", List.of(), false));

    List<String> sections = sectionTexts(message.blocks());
    assertThat(sections).hasSizeGreaterThan(3).allSatisfy(s -> {
      assertThat(s.length()).isLessThanOrEqualTo(200);
      assertThat(s).startsWith("> ");
      assertThat(unrender(s)).startsWith("Sentence ").endsWith("again.");
    });
    assertThat(String.join(" ", sections.stream().map(BlockKitRendererTest::unrender).toList())).isEqualTo(quote.text());
    assertThat(sections.get(0)).contains("*DeepSeek*").contains("R&amp;D &lt;grew&gt;");
  }

  @Test
  void realLimitsHoldForAHugeQuote() {
    Quote quote = longQuote(400);
    SlackMessage message = new BlockKitRenderer().render(new Reply(ReplyKind.ANSWER, "Q?", "", List.of(quote, quote, quote), "footer",
        List.of(new ReplyButton("ab:more:k", "More quotes (2)", ReplyButton.Action.MORE_QUOTES)), false));
    assertThat(message.blocks()).hasSizeLessThanOrEqualTo(BlockKitRenderer.MAX_BLOCKS);
    assertThat(sectionTexts(message.blocks())).allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(3000));
    assertThat(message.blocks().get(message.blocks().size() - 1)).isInstanceOf(ActionsBlock.class);
    assertThat(message.text().length()).isLessThanOrEqualTo(BlockKitRenderer.MAX_FALLBACK_CHARS * 5);
  }

  @Test
  void blockBudgetKeepsFooterAndButtonsAndSaysWhereTheRestIs() {
    Quote quote = longQuote(40);
    SlackMessage message = new BlockKitRenderer(100, 8).render(new Reply(ReplyKind.ANSWER, "Q?", "", List.of(quote), "Source",
        List.of(new ReplyButton("ab:up:k", "👍 Helpful", ReplyButton.Action.HELPFUL)), false));
    assertThat(message.blocks()).hasSize(8);
    assertThat(message.blocks().get(6)).isInstanceOf(ContextBlock.class);
    assertThat(message.blocks().get(7)).isInstanceOf(ActionsBlock.class);
    String note = ((MarkdownTextObject) ((ContextBlock) message.blocks().get(5)).getElements().get(0)).getText();
    assertThat(note).contains("rest of this passage").contains("Title, ¶ 4");
  }

  @Test
  void buttonsCarryTheCoreIdsAndFitSlackTextLimit() {
    String label = "x".repeat(80);
    SlackMessage message = new BlockKitRenderer().render(new Reply(ReplyKind.ANSWER, "Q?", "", List.of(), "",
        List.of(new ReplyButton("ab:down:key", label, ReplyButton.Action.NOT_HELPFUL)), false));
    ActionsBlock actions = (ActionsBlock) message.blocks().get(message.blocks().size() - 1);
    ButtonElement button = (ButtonElement) actions.getElements().get(0);
    assertThat(button.getActionId()).isEqualTo("ab:down:key");
    assertThat(button.getText().getText().length()).isLessThanOrEqualTo(BlockKitRenderer.MAX_BUTTON_TEXT);
  }

  @Test
  void noticesAreEphemeralAndEveryTextIsEscapedAndVerbatim() {
    SlackMessage message = new BlockKitRenderer().render(Reply.notice("Hi <!here> & <@U1>"));
    assertThat(message.ephemeral()).isTrue();
    assertThat(message.text()).isEqualTo("Hi &lt;!here&gt; &amp; &lt;@U1&gt;");
    MarkdownTextObject text = (MarkdownTextObject) ((SectionBlock) message.blocks().get(0)).getText();
    assertThat(text.getText()).isEqualTo("Hi &lt;!here&gt; &amp; &lt;@U1&gt;");
    assertThat(text.getVerbatim()).isTrue();
  }

  @Test
  void cutIndexNeverSplitsAnEscapedEntity() {
    assertThat(BlockKitRenderer.cutIndex("a&&&& b", 7)).isEqualTo(2); // "a&amp;" fits, the next "&amp;" would not
    assertThat(BlockKitRenderer.cutIndex("abc def", 100)).isEqualTo(7);
    assertThat(BlockKitRenderer.cutIndex("abc def ghi", 9)).isEqualTo(7);
  }

  @Test
  void theCitationLinksToThePassageAndAnUnsafeLinkIsLeftOut() {
    Quote q = new Quote("Firefox was originally named Phoenix.", new Citation("m", "Mozilla", 7, "Wikipedia",
        "https://en.wikipedia.org/wiki/Mozilla#:~:text=Firefox%20was%20originally%20named%20Phoenix."), 0, 37, 1, List.of(), List.of());
    assertThat(BlockKitRenderer.citation(q))
        .isEqualTo("<https://en.wikipedia.org/wiki/Mozilla#:~:text=Firefox%20was%20originally%20named%20Phoenix.|Mozilla, ¶ 7>");
    Quote unsafe = q.withCitation(q.citation().withLink("https://x.example/a|b>c"));
    assertThat(BlockKitRenderer.citation(unsafe)).isEqualTo("Mozilla, ¶ 7");
    Quote ampersand = q.withCitation(new Citation("m", "Fish & Chips", 2, "", "https://x.example/a"));
    assertThat(BlockKitRenderer.citation(ampersand)).isEqualTo("<https://x.example/a|Fish &amp; Chips, ¶ 2>");
  }
}
