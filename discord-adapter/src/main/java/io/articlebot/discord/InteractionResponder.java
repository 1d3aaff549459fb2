package io.articlebot.discord;

import io.articlebot.core.chat.InFlight;
import io.articlebot.core.chat.Reply;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Answers slash commands and button clicks: acknowledges at once (Discord allows three seconds),
 * asks the chat layer on our own executor, then replaces the "thinking…" placeholder with the
 * reply by editing the original response. Each interaction is an {@link InFlight} request from its
 * acknowledgement until its reply is delivered or given up.
 */
final class InteractionResponder {
  private final ChatTask chatTask;
  private final Executor executor;
  private final DiscordErrorHandler errors;
  private final InFlight inFlight;

  InteractionResponder(ChatTask chatTask, Executor executor, DiscordErrorHandler errors) {
    this(chatTask, executor, errors, DiscordRequests.unbounded());
  }

  InteractionResponder(ChatTask chatTask, Executor executor, DiscordErrorHandler errors, InFlight inFlight) {
    this.chatTask = chatTask;
    this.executor = executor;
    this.errors = errors;
    this.inFlight = inFlight;
  }

  /**
   * @param deferEphemeral whether the "thinking…" placeholder is visible only to the user
   * @param keepPrivate the user asked for a private answer, so even a public reply stays ephemeral
   * @param what names the request in log lines; never contains what the user typed or a raw user id
   */
  void respond(IReplyCallback event, boolean deferEphemeral, boolean keepPrivate, String what, Supplier<Optional<Reply>> work) {
    Optional<InFlight.Request> admitted = inFlight.tryOpen(what);
    if (admitted.isEmpty()) {
      event.reply(chatTask.render(what, errors.overloaded(what))).setEphemeral(true).setAllowedMentions(List.of())
          .queue(null, errors.restFailed(what));
      return;
    }
    InFlight.Request r = admitted.get();
    event.deferReply(deferEphemeral).queue(
        hook -> {
          try {
            executor.execute(() -> chatTask.run(what, work).ifPresentOrElse(
                reply -> send(r, hook, deferEphemeral, keepPrivate || reply.ephemeral(), chatTask.render(what, reply)),
                () -> hook.deleteOriginal().queue(done -> r.gaveUp("nothing to say"), failed(r))));
          } catch (RejectedExecutionException full) {
            send(r, hook, deferEphemeral, true, chatTask.render(what, errors.overloaded(what)));
          }
        },
        failure -> {
          errors.restFailed(what).accept(failure);
          r.gaveUp("Discord refused the acknowledgement: " + DiscordErrorHandler.describe(failure));
        });
  }

  /**
   * The reply replaces the placeholder, keeping its visibility. When the reply needs the other
   * visibility (a cooldown notice after a public deferral), the placeholder is deleted and the reply
   * sent as a follow-up with its own visibility.
   */
  private void send(InFlight.Request r, InteractionHook hook, boolean deferredEphemeral, boolean ephemeral, MessageCreateData data) {
    r.sending(true);
    if (ephemeral == deferredEphemeral) {
      hook.editOriginal(MessageEditData.fromCreateData(data))
          .setAllowedMentions(List.of())
          .queue(done -> r.answered(), failed(r));
    } else {
      hook.deleteOriginal().queue(deleted -> hook.sendMessage(data)
          .setEphemeral(ephemeral)
          .setAllowedMentions(List.of())
          .queue(done -> r.answered(), failed(r)), failed(r));
    }
  }

  private Consumer<Throwable> failed(InFlight.Request r) {
    Consumer<Throwable> log = errors.restFailed(r.what());
    return failure -> {
      log.accept(failure);
      r.gaveUp("Discord refused the reply: " + DiscordErrorHandler.describe(failure));
    };
  }
}
