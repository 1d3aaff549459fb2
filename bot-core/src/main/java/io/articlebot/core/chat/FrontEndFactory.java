package io.articlebot.core.chat;

import java.util.Set;

/**
 * How the launcher finds out whether a platform is configured and starts it. Each adapter module
 * provides one; the core never knows which platforms exist.
 */
public interface FrontEndFactory {
  /** e.g. {@code discord}. */
  String name();

  /** Config-file keys this front end reads (all starting with {@code name() + "."}). */
  Set<String> configKeys();

  /** True when the user asked for this platform, typically because its token is set. */
  boolean isRequested(Settings settings);

  /**
   * Builds the front end, checking its settings.
   *
   * @throws StartupException with a how-to-fix message when a setting is missing or contradictory
   */
  FrontEnd create(Settings settings, ChatService chat) throws StartupException;
}
