package io.articlebot.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.articlebot.core.article.Article;
import io.articlebot.core.article.ArticleLoader;
import io.articlebot.core.index.ArticleIndex;
import io.articlebot.core.search.SearchEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The eval figures pinned in {@code regressions.properties}: a change that lowers one fails CI. */
class RetrievalRegressionTest {
  record Regression(String name, Path article, Path questions, double top1, double abstention, double falseAbstention) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Regression> regressions() throws IOException, URISyntaxException {
    Properties p = new Properties();
    try (InputStream in = RetrievalRegressionTest.class.getResourceAsStream("/regressions.properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    Path resources = Path.of(RetrievalRegressionTest.class.getResource("/regressions.properties").toURI()).getParent();
    Path moduleDir = Path.of("").toAbsolutePath();
    return p.stringPropertyNames().stream().sorted().map(name -> {
      String[] f = p.getProperty(name).split("\\|");
      String article = f[0].strip();
      Path articlePath = article.startsWith("../") ? moduleDir.resolve(article).normalize() : resources.resolve(article);
      return new Regression(name, articlePath, resources.resolve(f[1].strip()), Double.parseDouble(f[2].strip()),
          Double.parseDouble(f[3].strip()), Double.parseDouble(f[4].strip()));
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("regressions")
  void keepsItsFloors(Regression r) throws IOException {
    Article article = ArticleLoader.load(r.article(), null, null, null, null, null);
    List<EvalQuestion> questions = EvalSetReader.parse(Files.readString(r.questions(), StandardCharsets.UTF_8));
    EvalReport report = Evaluator.run(new SearchEngine(ArticleIndex.build(List.of(article))), List.of(article), questions);

    assertThat(report.answerable()).as("answerable questions in %s", r.questions()).isPositive();
    assertThat(report.notVerbatim()).as("quotes that are not exact slices").isEmpty();
    assertThat(report.top1()).as(r.name() + " top-1\n" + report.format()).isGreaterThanOrEqualTo(r.top1());
    assertThat(report.abstention()).as(r.name() + " abstention\n" + report.format()).isGreaterThanOrEqualTo(r.abstention());
    assertThat(report.falseAbstention()).as(r.name() + " false abstentions\n" + report.format()).isLessThanOrEqualTo(r.falseAbstention());
  }
}
