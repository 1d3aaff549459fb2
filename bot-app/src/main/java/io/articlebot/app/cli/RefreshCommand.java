package io.articlebot.app.cli;

import io.articlebot.app.ArticleSources;
import io.articlebot.app.Main;
import io.articlebot.app.config.ArticleSpec;
import io.articlebot.app.config.BotConfig;
import io.articlebot.core.article.Article;
import io.articlebot.core.source.FetchedPage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * Fetches every web page among the articles again and keeps the new copies. A page that fails keeps
 * its previous copy. A running bot reads the new copies when it next starts.
 */
@Command(name = "refresh", description = "Fetch the articles' web pages again (the bot uses the new copies from its next start).")
public final class RefreshCommand implements Callable<Integer> {
  @ParentCommand
  Main parent;

  @Override
  public Integer call() throws Exception {
    BotConfig config = parent.options().resolve(System.getenv(), FrontEnds.configKeys());
    return refresh(config, ArticleSources.of(config), new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /** @return 0 when every page was fetched, 1 when one or more failed */
  static int refresh(BotConfig config, ArticleSources sources, PrintStream out) {
    List<ArticleSpec> pages = config.articles().stream().filter(ArticleSpec::isWebPage).toList();
    if (pages.isEmpty()) {
      out.println("None of the articles is a web page; nothing to refresh.");
      return 0;
    }
    int failed = 0;
    for (ArticleSpec spec : pages) {
      Optional<FetchedPage> before = sources.kept(spec);
      try {
        Article a = sources.refresh(spec);
        out.println("refreshed " + spec.location() + ": \"" + a.title() + "\", " + a.paragraphs().size() + " paragraphs"
            + sources.extractedFile(a.id()).map(f -> "; text in " + f).orElse(""));
      } catch (IOException e) {
        failed++;
        out.println("failed    " + spec.location() + ": " + e.getMessage()
            + before.map(p -> " Keeping the copy fetched " + p.fetchedAt() + ".").orElse(" There is no earlier copy."));
      }
    }
    out.println(failed == 0 ? "All " + pages.size() + " page(s) refreshed." : failed + " of " + pages.size() + " page(s) could not be refreshed.");
    return failed == 0 ? 0 : 1;
  }
}
