package io.articlebot.discord;

import io.articlebot.core.chat.Reply;
import java.util.Optional;
import java.util.function.Supplier;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Runs one call into the chat layer and renders its reply, turning any failure into the error
 * handler's apology, so that what reaches Discord is always a message we can send.
 */
final class ChatTask {
  private final EmbedRenderer renderer;
  private final DiscordErrorHandler errors;

  ChatTask(EmbedRenderer renderer, DiscordErrorHandler errors) {
    this.renderer = renderer;
    this.errors = errors;
  }

  Optional<Reply> run(String what, Supplier<Optional<Reply>> work) {
    try {
      return work.get();
    } catch (RuntimeException failure) {
      return Optional.of(errors.chatFailed(what, failure));
    }
  }

  MessageCreateData render(String what, Reply reply) {
    try {
      return renderer.render(reply);
    } catch (RuntimeException failure) {
      return renderer.render(errors.chatFailed(what, failure));
    }
  }
}
