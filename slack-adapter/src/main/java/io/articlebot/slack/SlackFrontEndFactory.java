package io.articlebot.slack;

import io.articlebot.core.chat.ChatService;
import io.articlebot.core.chat.FrontEnd;
import io.articlebot.core.chat.FrontEndFactory;
import io.articlebot.core.chat.Settings;
import io.articlebot.core.chat.StartupException;
import io.micrometer.core.instrument.Metrics;
import java.util.Set;

/**
 * Slack for the launcher: requested when {@code SLACK_BOT_TOKEN} is set; builds the Socket Mode
 * or HTTP front end that {@link SlackSettings} selects. Its meters go to Micrometer's global
 * registry, where the launcher's Prometheus registry reads them in {@code run} mode.
 */
public final class SlackFrontEndFactory implements FrontEndFactory {
  public SlackFrontEndFactory() {}

  @Override
  public String name() {
    return "slack";
  }

  @Override
  public Set<String> configKeys() {
    return SlackSettings.CONFIG_KEYS;
  }

  @Override
  public boolean isRequested(Settings settings) {
    return settings.env(SlackSettings.BOT_TOKEN).isPresent();
  }

  @Override
  public FrontEnd create(Settings settings, ChatService chat) throws StartupException {
    SlackSettings slack = SlackSettings.from(settings);
    SlackBoltApp bolt = new SlackBoltApp(slack, chat, Metrics.globalRegistry);
    return slack.mode() == SlackSettings.Mode.HTTP ? new SlackHttpServer(bolt) : new SocketModeFrontEnd(bolt);
  }
}
