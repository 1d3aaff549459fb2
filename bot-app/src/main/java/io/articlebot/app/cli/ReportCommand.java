package io.articlebot.app.cli;

import io.articlebot.app.Knowledge;
import io.articlebot.app.Main;
import io.articlebot.app.config.BotConfig;
import io.articlebot.core.article.Article;
import io.articlebot.core.chat.StartupException;
import io.articlebot.questionlog.report.HtmlReport;
import io.articlebot.questionlog.report.Report;
import io.articlebot.questionlog.report.ReportReader;
import io.articlebot.questionlog.report.TextReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** What readers asked, from the question log: for the article's owner. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"What readers asked, from the question log in the data folder: the most frequent questions the article"
        + " doesn't answer (similar wordings grouped), answers voted down with their quotes, the most asked questions, and"
        + " questions, answer rate and votes per day and per article.",
        "Prints text; --html FILE also writes one self-contained page with a chart that opens offline."})
public final class ReportCommand implements Callable<Integer> {
  @ParentCommand
  Main parent;

  @Option(names = "--html", paramLabel = "FILE", description = "Also write the report as one HTML page to FILE.")
  Path html;

  @Option(names = "--days", paramLabel = "N", description = "Only the last N days (default: everything the log keeps).")
  Integer days;

  @Override
  public Integer call() throws Exception {
    BotConfig config = parent.options().resolve(System.getenv(), FrontEnds.configKeys());
    if (days != null && days < 1) {
      throw new StartupException("--days must be at least 1.");
    }
    Instant since = days == null ? null : Instant.now().minus(Duration.ofDays(days));
    Report report = ReportReader.read(config.dataDir(), since, quoteTexts(config));
    System.out.print(TextReport.render(report));
    if (html != null) {
      try {
        Files.writeString(html, HtmlReport.render(report, "What readers asked"), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new StartupException("Cannot write " + html + ": " + e.getMessage(), e);
      }
      System.out.println("\nWrote " + html.toAbsolutePath());
    }
    return 0;
  }

  /** Quote ids ({@code article:start-end}) to their text, from the configured articles when they load. */
  private static Function<String, String> quoteTexts(BotConfig config) {
    Map<String, Article> byId;
    try {
      byId = Knowledge.load(config.articles()).articles().stream().collect(Collectors.toMap(Article::id, a -> a, (a, b) -> a));
    } catch (StartupException | RuntimeException e) {
      return id -> null; // the report still shows the quote ids
    }
    return id -> {
      int colon = id.lastIndexOf(':');
      int dash = id.lastIndexOf('-');
      Article a = colon < 0 ? null : byId.get(id.substring(0, colon));
      if (a == null || dash < colon) {
        return null;
      }
      try {
        int start = Integer.parseInt(id.substring(colon + 1, dash));
        int end = Integer.parseInt(id.substring(dash + 1));
        return start >= 0 && end <= a.text().length() && start < end ? a.slice(start, end) : null;
      } catch (NumberFormatException e) {
        return null;
      }
    };
  }
}
