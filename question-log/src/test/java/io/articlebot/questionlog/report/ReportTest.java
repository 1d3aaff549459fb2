package io.articlebot.questionlog.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.articlebot.core.chat.StartupException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {
  @TempDir
  Path dir;

  @Test
  void theReportGroupsWordingsCountsPerDayAndShowsVotedDownQuotes() throws Exception {
    int written = SampleLog.write(dir);
    Report r = ReportReader.read(dir, null, id -> id.equals("deepseek-asianfin:100-200") ? "the quoted passage" : null);

    assertThat(written).isBetween(300, 800);
    assertThat(r.questions()).isEqualTo(written);
    assertThat(r.days()).hasSize(SampleLog.DAYS);
    assertThat(r.days().stream().mapToInt(Report.Day::questions).sum()).isEqualTo(written);
    assertThat(r.days().stream().mapToInt(Report.Day::answered).sum()).isEqualTo(r.answered());
    assertThat(r.topUnanswered()).hasSize(3);
    assertThat(SampleLog.UNANSWERED.get(0)).contains(r.topUnanswered().get(0).wording());
    assertThat(r.topUnanswered().get(0).wordings()).isEqualTo(3);
    assertThat(SampleLog.UNANSWERED.get(1)).contains(r.topUnanswered().get(1).wording());
    assertThat(r.topUnanswered().get(0).count()).isGreaterThan(r.topUnanswered().get(1).count());
    assertThat(r.topUnanswered().stream().mapToInt(Report.Group::count).sum()).isEqualTo(r.questions() - r.answered());
    assertThat(r.votedDown()).isNotEmpty().allSatisfy(v -> {
      assertThat(v.question()).isEqualTo("What did Zuckerberg say?");
      assertThat(v.quotes()).containsExactly("the quoted passage");
    });
    assertThat(r.articles()).singleElement().satisfies(a -> {
      assertThat(a.articleId()).isEqualTo("deepseek-asianfin");
      assertThat(a.questions()).isEqualTo(written);
      assertThat(a.answeredFromIt()).isEqualTo(r.answered());
    });
  }

  @Test
  void theTextAndTheHtmlShowTheSameFigures() throws Exception {
    SampleLog.write(dir);
    Report r = ReportReader.read(dir, null, id -> null);
    String text = TextReport.render(r);
    String html = HtmlReport.render(r, "What readers asked");

    assertThat(text).contains(String.format("%,d questions, %,d answered", r.questions(), r.answered()));
    assertThat(html).contains(String.format("<b>%,d</b>questions", r.questions()));
    for (Report.Group g : r.topUnanswered()) {
      assertThat(text).contains(g.wording()).contains(" " + g.count());
      assertThat(html).contains(HtmlReport.esc(g.wording()) + "</span> — <span class=\"count\">" + g.count() + "</span>");
    }
    for (Report.Day d : r.days()) {
      Matcher row = Pattern.compile(d.date() + "\\s+" + d.questions() + "\\s+" + d.answered() + "\\s+" + d.unanswered()).matcher(text);
      assertThat(row.find()).as("text row for " + d.date()).isTrue();
      assertThat(html).contains("<tr><td>" + d.date() + "</td><td class=\"n\">" + d.questions() + "</td><td class=\"n\">" + d.answered());
      assertThat(html).contains("<title>" + d.date() + ": " + d.answered() + " answered</title>")
          .contains("<title>" + d.date() + ": " + d.unanswered() + " not answered</title>");
    }
    assertThat(html).doesNotContain("<script").doesNotContain("http://").doesNotContain("https://").doesNotContain("src=");
  }

  @Test
  void wordsFromReadersAreEscapedInTheHtml() throws Exception {
    Report r = new Report(java.time.Instant.EPOCH, java.time.Instant.EPOCH, 1, 0, 0, 0,
        java.util.List.of(new Report.Day(java.time.LocalDate.EPOCH, 1, 0, 0, 0)),
        java.util.List.of(new Report.Group("<script>alert(1)</script> & \"more\"", 1, 1, 0)), java.util.List.of(),
        java.util.List.of(), java.util.List.of());
    assertThat(HtmlReport.render(r, "t")).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;");
  }

  @Test
  void aMissingLogSaysWhereItLooked() {
    assertThatThrownBy(() -> ReportReader.read(dir, null, id -> null)).isInstanceOf(StartupException.class)
        .hasMessageContaining("No question log at").hasMessageContaining("data.dir");
  }
}
