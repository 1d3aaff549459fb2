package io.articlebot.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * A rendered reply, ready for {@code chat.postMessage} or a response URL.
 *
 * @param text the escaped notification fallback
 * @param blocks Block Kit blocks, within Slack's limits
 * @param ephemeral whether only the asker should see it
 */
public record SlackMessage(String text, List<LayoutBlock> blocks, boolean ephemeral) {
  public SlackMessage {
    blocks = List.copyOf(blocks);
  }
}
