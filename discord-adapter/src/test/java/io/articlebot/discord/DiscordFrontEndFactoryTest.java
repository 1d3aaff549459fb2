package io.articlebot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.articlebot.core.chat.ChatService;
import io.articlebot.core.chat.FrontEnd;
import io.articlebot.core.chat.Settings;
import io.articlebot.core.chat.StartupException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.junit.jupiter.api.Test;

class DiscordFrontEndFactoryTest {
  static final String BOT_ID = "123456789012345678";
  /** Shaped like a real token (id.timestamp.signature) but not one. */
  static final String WELL_FORMED_TOKEN = Base64.getUrlEncoder().withoutPadding().encodeToString(BOT_ID.getBytes(StandardCharsets.US_ASCII))
      + ".GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789";

  private final DiscordFrontEndFactory factory = new DiscordFrontEndFactory();
  private final ChatService chat = Fixtures.chat(q -> { throw new AssertionError("not asked"); }, new Fixtures.FakeFeedback());

  private static Settings settings(Map<String, String> env, Map<String, String> config) {
    return new Settings(env, config);
  }

  private static Settings token(String token) {
    return settings(Map.of("DISCORD_BOT_TOKEN", token), Map.of());
  }

  @Test
  void aMalformedTokenFailsAtOnceWithAHowToFixMessageThatDoesNotShowIt() {
    assertThatThrownBy(() -> factory.create(token("fake-token-123"), chat))
        .isInstanceOf(StartupException.class)
        .hasMessageContaining("DISCORD_BOT_TOKEN does not look like a Discord bot token")
        .hasMessageContaining("https://discord.com/developers/applications")
        .hasMessageNotContaining("fake-token-123");
  }

  @Test
  void aTokenWithTheBotPrefixOrAnotherIdIsExplained() {
    assertThatThrownBy(() -> factory.create(token("Bot " + WELL_FORMED_TOKEN), chat))
        .isInstanceOf(StartupException.class).hasMessageContaining("without that prefix");
    String notAnId = Base64.getUrlEncoder().withoutPadding().encodeToString("hello-world-secret".getBytes(StandardCharsets.US_ASCII));
    assertThatThrownBy(() -> factory.create(token(notAnId + ".GhIjKl.abcdefghijklmnopqrstuvwxyz"), chat))
        .isInstanceOf(StartupException.class).hasMessageContaining("client secret");
  }

  @Test
  void requestedOnlyWhenTheTokenIsSet() {
    assertThat(factory.isRequested(settings(Map.of(), Map.of()))).isFalse();
    assertThat(factory.isRequested(token("  "))).isFalse();
    assertThat(factory.isRequested(token("x"))).isTrue();
    assertThatThrownBy(() -> factory.create(settings(Map.of(), Map.of()), chat))
        .isInstanceOf(StartupException.class).hasMessageContaining("DISCORD_BOT_TOKEN is not set");
  }

  @Test
  void configKeysAreDiscordOnes() {
    assertThat(factory.name()).isEqualTo("discord");
    assertThat(factory.configKeys()).containsExactlyInAnyOrder("discord.shards.total", "discord.shards.ids")
        .allSatisfy(k -> assertThat(k).startsWith("discord."));
  }

  @Test
  void theInviteUrlHasBothScopesAndExactlyTheNeededPermissions() throws Exception {
    DiscordFrontEnd frontEnd = (DiscordFrontEnd) factory.create(token(WELL_FORMED_TOKEN), chat);

    String url = frontEnd.inviteUrl();

    // view channel 1<<10, send 1<<11, embed links 1<<14, read history 1<<16, send in threads 1<<38
    long expected = (1L << 10) | (1L << 11) | (1L << 14) | (1L << 16) | (1L << 38);
    assertThat(url).isEqualTo("https://discord.com/oauth2/authorize?client_id=" + BOT_ID
        + "&scope=bot+applications.commands&permissions=" + expected);
    assertThat(frontEnd.name()).isEqualTo("discord");
  }

  @Test
  void shardSettingsAreChecked() throws Exception {
    Map<String, String> env = Map.of("DISCORD_BOT_TOKEN", WELL_FORMED_TOKEN);
    assertThatThrownBy(() -> factory.create(settings(env, Map.of("discord.shards.ids", "0,1")), chat))
        .isInstanceOf(StartupException.class).hasMessageContaining("discord.shards.total");
    assertThatThrownBy(() -> factory.create(settings(env, Map.of("discord.shards.total", "2", "discord.shards.ids", "0,2")), chat))
        .isInstanceOf(StartupException.class).hasMessageContaining("from 0 to 1");
    assertThatThrownBy(() -> factory.create(settings(env, Map.of("discord.shards.total", "two")), chat))
        .isInstanceOf(StartupException.class).hasMessageContaining("whole number");

    ShardSettings shards = ShardSettings.from(settings(env, Map.of("discord.shards.total", "4", "discord.shards.ids", " 2, 3")));
    assertThat(shards.total()).contains(4);
    assertThat(shards.ids()).containsExactly(2, 3);
  }

  @Test
  void guildIdAndApiUrlAreChecked() throws Exception {
    Map<String, String> env = new HashMap<>(Map.of("DISCORD_BOT_TOKEN", WELL_FORMED_TOKEN, "DISCORD_GUILD_ID", "my-server"));
    assertThatThrownBy(() -> factory.create(settings(env, Map.of()), chat))
        .isInstanceOf(StartupException.class).hasMessageContaining("Copy Server ID");
    env.put("DISCORD_GUILD_ID", "987654321098765432");
    env.put("DISCORD_API_URL", "discord.example");
    assertThatThrownBy(() -> factory.create(settings(env, Map.of()), chat))
        .isInstanceOf(StartupException.class).hasMessageContaining("DISCORD_API_URL");
    env.put("DISCORD_API_URL", "http://localhost:8080/api/v10");

    DiscordConfig config = DiscordConfig.from(settings(env, Map.of()));

    assertThat(config.apiUrl()).contains("http://localhost:8080/api/v10/");
    assertThat(config.guildId()).contains("987654321098765432");
    assertThat(config.token().toString()).doesNotContain(WELL_FORMED_TOKEN);
  }

  /** A fake Discord REST API: {@code users/@me} answers {@code meStatus}, everything else 401. */
  private static HttpServer fakeDiscord(int meStatus, List<String> paths) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      paths.add(path);
      int status = path.endsWith("/users/@me") ? meStatus : 401;
      byte[] body = (status == 200 ? "{\"id\": \"" + BOT_ID + "\", \"username\": \"bot\", \"bot\": true}"
          : "{\"message\": \"401: Unauthorized\", \"code\": 0}").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    return server;
  }

  private FrontEnd frontEndAgainst(HttpServer server) throws StartupException {
    String api = "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v10/";
    return factory.create(settings(Map.of("DISCORD_BOT_TOKEN", WELL_FORMED_TOKEN, "DISCORD_API_URL", api), Map.of()), chat);
  }

  @Test
  void aTokenDiscordRejectsEndsStartUpWithAHowToFixMessage() throws Exception {
    List<String> paths = new CopyOnWriteArrayList<>();
    HttpServer server = fakeDiscord(401, paths);
    try (FrontEnd frontEnd = frontEndAgainst(server)) {
      assertThatThrownBy(frontEnd::start)
          .isInstanceOf(StartupException.class)
          .hasMessageContaining("Discord rejected DISCORD_BOT_TOKEN")
          .hasMessageContaining("Reset Token")
          .hasMessageNotContaining(WELL_FORMED_TOKEN);
      assertThat(paths).containsExactly("/api/v10/users/@me");
      // Set at start-up for everything the bot sends: no mention type may ping.
      assertThat(MessageRequest.getDefaultMentions()).isEmpty();
      assertThat(MessageRequest.isDefaultMentionRepliedUser()).isFalse();
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aTokenJdaFindsRejectedAlsoEndsStartUpCleanly() throws Exception {
    List<String> paths = new CopyOnWriteArrayList<>();
    HttpServer server = fakeDiscord(200, paths);
    try (FrontEnd frontEnd = frontEndAgainst(server)) {
      assertThatThrownBy(frontEnd::start)
          .isInstanceOf(StartupException.class)
          .hasMessageContaining("Discord rejected DISCORD_BOT_TOKEN");
      // JDA itself used the configured base URL after our check.
      assertThat(paths).hasSizeGreaterThan(1).allSatisfy(p -> assertThat(p).startsWith("/api/v10/"));
    } finally {
      server.stop(0);
    }
  }

  @Test
  void anUnreachableDiscordEndsStartUpWithAClearMessage() throws Exception {
    int closedPort;
    try (ServerSocket probe = new ServerSocket(0)) {
      closedPort = probe.getLocalPort();
    }
    FrontEnd frontEnd = factory.create(settings(Map.of("DISCORD_BOT_TOKEN", WELL_FORMED_TOKEN,
        "DISCORD_API_URL", "http://127.0.0.1:" + closedPort + "/api/v10/"), Map.of()), chat);

    assertThatThrownBy(frontEnd::start)
        .isInstanceOf(StartupException.class)
        .hasMessageContaining("Could not connect to Discord at http://127.0.0.1:" + closedPort)
        .hasMessageContaining("DISCORD_API_URL")
        .hasMessageNotContaining(WELL_FORMED_TOKEN);
    frontEnd.close();
  }

}
