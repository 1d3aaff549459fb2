package io.articlebot.discord;

import java.util.EnumSet;
import java.util.Set;
import net.dv8tion.jda.api.Permission;

/**
 * The link a server admin opens to add the bot, with exactly the scopes and permissions it uses.
 * See docs/discord.md for why each permission is needed.
 */
public final class InviteUrl {
  /** Read the channel, answer in it and in its threads, as an embed, as a reply to the question. */
  public static final Set<Permission> PERMISSIONS = EnumSet.of(
      Permission.VIEW_CHANNEL,
      Permission.MESSAGE_SEND,
      Permission.MESSAGE_SEND_IN_THREADS,
      Permission.MESSAGE_EMBED_LINKS,
      Permission.MESSAGE_HISTORY);

  /** {@code bot} joins the server; {@code applications.commands} lets it add its slash commands. */
  public static final String SCOPES = "bot applications.commands";

  private InviteUrl() {}

  public static long permissions() {
    return Permission.getRaw(PERMISSIONS);
  }

  public static String forClient(String clientId) {
    return "https://discord.com/oauth2/authorize?client_id=" + clientId
        + "&scope=" + SCOPES.replace(' ', '+')
        + "&permissions=" + permissions();
  }
}
