package io.articlebot.core.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.articlebot.core.MiniJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlFeedbackLogTest {
  private static final String RAW_ID = "U0SECRET4242";

  @TempDir
  Path dir;

  private static Feedback feedback(String userHash, boolean helpful, String question, List<String> quotes) {
    return new Feedback(Instant.parse("2025-01-27T12:00:00Z"), userHash, helpful, question, !quotes.isEmpty(), quotes);
  }

  private List<String> lines(JsonlFeedbackLog log) throws Exception {
    String content = Files.readString(log.file(), StandardCharsets.UTF_8);
    assertThat(content).endsWith("\n");
    return content.lines().toList();
  }

  @Test
  void writesOneCompleteJsonObjectPerRecord() throws Exception {
    JsonlFeedbackLog log = new JsonlFeedbackLog(dir.resolve("data"));
    ChatUser user = ChatUser.human("slack", RAW_ID);
    String tricky = "What did he \"say\"?\nA back\\slash, a tab\t, 钛媒体 and 🙂 and \u2028 too";
    log.record(feedback(log.hashUser(user), true, tricky, List.of("deepseek-asianfin:10-20", "deepseek-asianfin:30-40")));
    log.record(feedback(log.hashUser(user), false, "Why?", List.of()));
    List<String> lines = lines(log);
    assertThat(lines).hasSize(2);
    Map<String, Object> first = MiniJson.object(lines.get(0));
    assertThat(first).containsEntry("question", tricky)
        .containsEntry("vote", "up")
        .containsEntry("answered", true)
        .containsEntry("time", "2025-01-27T12:00:00Z")
        .containsEntry("quotes", List.of("deepseek-asianfin:10-20", "deepseek-asianfin:30-40"));
    Map<String, Object> second = MiniJson.object(lines.get(1));
    assertThat(second).containsEntry("vote", "down").containsEntry("answered", false).containsEntry("quotes", List.of());
    assertThat(first.get("user")).isEqualTo(second.get("user"));
  }

  @Test
  void rawUserIdsNeverReachTheFile() throws Exception {
    Path data = dir.resolve("data");
    JsonlFeedbackLog log = new JsonlFeedbackLog(data);
    ChatUser user = ChatUser.human("discord", RAW_ID);
    String hash = log.hashUser(user);
    assertThat(hash).doesNotContain(RAW_ID).isNotBlank();
    log.record(feedback(hash, true, "Who founded DeepSeek?", List.of("a:1-2")));
    for (Path f : Files.list(data).toList()) {
      assertThat(Files.readString(f, StandardCharsets.ISO_8859_1)).as(f.toString()).doesNotContain(RAW_ID);
    }
  }

  @Test
  void hashesAreStablePerUserAndDifferBetweenUsersAndInstallations() throws Exception {
    JsonlFeedbackLog log = new JsonlFeedbackLog(dir.resolve("one"));
    ChatUser a = ChatUser.human("discord", "1");
    assertThat(log.hashUser(a)).isEqualTo(log.hashUser(ChatUser.human("discord", "1")));
    assertThat(log.hashUser(a)).isNotEqualTo(log.hashUser(ChatUser.human("discord", "2")));
    assertThat(log.hashUser(a)).isNotEqualTo(log.hashUser(ChatUser.human("slack", "1")));
    assertThat(new JsonlFeedbackLog(dir.resolve("one")).hashUser(a)).as("salt survives a restart").isEqualTo(log.hashUser(a));
    assertThat(new JsonlFeedbackLog(dir.resolve("two")).hashUser(a)).as("salt is per installation").isNotEqualTo(log.hashUser(a));
  }

  @Test
  void earlierLinesSurviveARestart() throws Exception {
    Path data = dir.resolve("data");
    JsonlFeedbackLog first = new JsonlFeedbackLog(data);
    first.record(feedback("h1", true, "first", List.of()));
    JsonlFeedbackLog second = new JsonlFeedbackLog(data);
    second.record(feedback("h2", false, "second", List.of()));
    assertThat(lines(second)).extracting(l -> MiniJson.object(l).get("question")).containsExactly("first", "second");
  }

  @Test
  void concurrentWritersNeverInterleave() throws Exception {
    Path data = dir.resolve("data");
    JsonlFeedbackLog a = new JsonlFeedbackLog(data);
    JsonlFeedbackLog b = new JsonlFeedbackLog(data);
    int threads = 8;
    int perThread = 150;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        JsonlFeedbackLog log = t % 2 == 0 ? a : b;
        done.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < perThread; i++) {
            String question = "t" + thread + "-" + i + " " + "long question text ".repeat(20 + i % 7) + "钛媒体";
            log.record(feedback("h" + thread, i % 2 == 0, question, List.of("x:" + i + "-" + (i + 1))));
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    List<String> lines = lines(a);
    assertThat(lines).hasSize(threads * perThread);
    Set<String> ids = new HashSet<>();
    for (String line : lines) {
      Map<String, Object> record = MiniJson.object(line);
      ids.add(((String) record.get("question")).split(" ")[0]);
    }
    assertThat(ids).hasSize(threads * perThread);
  }

  @Test
  void saltAndLogAreReadableByTheOwnerOnly() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    JsonlFeedbackLog log = new JsonlFeedbackLog(dir.resolve("data"));
    log.record(feedback("h", true, "q", List.of()));
    var ownerOnly = java.nio.file.attribute.PosixFilePermissions.fromString("rw-------");
    assertThat(Files.getPosixFilePermissions(dir.resolve("data/feedback.salt"))).isEqualTo(ownerOnly);
    assertThat(Files.getPosixFilePermissions(log.file())).isEqualTo(ownerOnly);
  }

  @Test
  void filesLeftWorldReadableByAnOlderVersionAreNarrowedAtStart() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    new JsonlFeedbackLog(dir.resolve("data"));
    var open = java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(dir.resolve("data/feedback.salt"), open);
    Files.setPosixFilePermissions(dir.resolve("data/feedback.jsonl"), open);
    new JsonlFeedbackLog(dir.resolve("data"));
    var ownerOnly = java.nio.file.attribute.PosixFilePermissions.fromString("rw-------");
    assertThat(Files.getPosixFilePermissions(dir.resolve("data/feedback.salt"))).isEqualTo(ownerOnly);
    assertThat(Files.getPosixFilePermissions(dir.resolve("data/feedback.jsonl"))).isEqualTo(ownerOnly);
  }

  @Test
  void theAnswerKeyIsLoggedSoThatTheLatestVotePerUserAndAnswerCanBeFound() throws Exception {
    JsonlFeedbackLog log = new JsonlFeedbackLog(dir.resolve("data"));
    log.record(new Feedback(Instant.parse("2025-01-27T12:00:00Z"), "h", false, "q", true, List.of("a:1-2"), "k3y"));
    assertThat(lines(log)).singleElement().satisfies(l -> assertThat(l).contains("\"answer\":\"k3y\""));
  }
}
