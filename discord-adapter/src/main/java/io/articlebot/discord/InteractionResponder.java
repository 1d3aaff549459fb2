package io.articlebot.discord;

import io.articlebot.core.chat.Reply;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Answers slash commands and button clicks: acknowledges at once (Discord allows three seconds),
 * asks the chat layer on our own executor, then sends the reply through the interaction hook.
 */
final class InteractionResponder {
  private final ChatTask chatTask;
  private final Executor executor;
  private final DiscordErrorHandler errors;

  InteractionResponder(ChatTask chatTask, Executor executor, DiscordErrorHandler errors) {
    this.chatTask = chatTask;
    this.executor = executor;
    this.errors = errors;
  }

  /**
   * @param deferEphemeral whether the "thinking…" placeholder is visible only to the user
   * @param keepPrivate the user asked for a private answer, so even a public reply stays ephemeral
   * @param what names the request in log lines; never contains what the user typed
   */
  void respond(IReplyCallback event, boolean deferEphemeral, boolean keepPrivate, String what, Supplier<Optional<Reply>> work) {
    event.deferReply(deferEphemeral).queue(
        hook -> {
          try {
            executor.execute(() -> chatTask.run(what, work).ifPresentOrElse(
                reply -> send(hook, deferEphemeral, keepPrivate || reply.ephemeral(), what, chatTask.render(what, reply)),
                () -> hook.deleteOriginal().queue(null, errors.restFailed(what))));
          } catch (RejectedExecutionException full) {
            send(hook, deferEphemeral, true, what, chatTask.render(what, errors.overloaded(what)));
          }
        },
        errors.restFailed(what));
  }

  /**
   * The first message after a deferral replaces the placeholder and keeps its visibility. When the
   * reply needs the other visibility (a cooldown notice after a public deferral), the placeholder
   * is deleted first, so the reply becomes a follow-up with its own visibility.
   */
  private void send(InteractionHook hook, boolean deferredEphemeral, boolean ephemeral, String what, MessageCreateData data) {
    if (ephemeral == deferredEphemeral) {
      followUp(hook, ephemeral, what, data);
    } else {
      hook.deleteOriginal().queue(deleted -> followUp(hook, ephemeral, what, data), errors.restFailed(what));
    }
  }

  private void followUp(InteractionHook hook, boolean ephemeral, String what, MessageCreateData data) {
    hook.sendMessage(data)
        .setEphemeral(ephemeral)
        .setAllowedMentions(List.of())
        .queue(null, errors.restFailed(what));
  }
}
