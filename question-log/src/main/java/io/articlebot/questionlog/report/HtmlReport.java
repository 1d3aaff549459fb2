package io.articlebot.questionlog.report;

import java.util.Locale;

/**
 * The report as one self-contained HTML page: inline styles and an inline SVG chart of questions
 * per day (answered and not), no scripts, fonts or images from anywhere, so it opens offline.
 */
public final class HtmlReport {
  static final String ANSWERED_COLOUR = "#2e7d32";
  static final String UNANSWERED_COLOUR = "#e65100";
  private static final int CHART_WIDTH = 880;
  private static final int CHART_HEIGHT = 240;
  private static final int LEFT = 48;
  private static final int BOTTOM = 36;

  private HtmlReport() {}

  public static String render(Report r, String title) {
    StringBuilder out = new StringBuilder(16_384);
    out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>").append(esc(title)).append("</title><style>")
        .append("body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:24px auto;max-width:960px;color:#222;padding:0 16px}")
        .append("h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.6em}table{border-collapse:collapse;width:100%}")
        .append("td,th{padding:4px 8px;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}th{background:#f5f5f5}")
        .append("td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}.figures{display:flex;gap:24px;flex-wrap:wrap}")
        .append(".figure{background:#f7f7f7;border-radius:6px;padding:10px 16px}.figure b{display:block;font-size:1.6em}")
        .append("blockquote{margin:4px 0 4px 12px;padding-left:8px;border-left:3px solid #ccc;color:#444}")
        .append(".legend span{display:inline-block;width:12px;height:12px;margin:0 4px 0 12px;vertical-align:middle}")
        .append("</style></head><body>\n");
    out.append("<h1>").append(esc(title)).append("</h1>\n");
    if (r.questions() == 0) {
      return out.append("<p>No questions in the log yet.</p></body></html>\n").toString();
    }
    out.append("<p>").append(r.from().toString(), 0, 10).append(" to ").append(r.to().toString(), 0, 10).append(" (UTC)</p>\n");
    out.append("<div class=\"figures\">")
        .append(figure("questions", String.format(Locale.ROOT, "%,d", r.questions())))
        .append(figure("answered", String.format(Locale.ROOT, "%,d (%s)", r.answered(), TextReport.percent(r.answerRate()))))
        .append(figure("not answered", String.format(Locale.ROOT, "%,d", r.questions() - r.answered())))
        .append(figure("votes", r.upVotes() + " up · " + r.downVotes() + " down"))
        .append("</div>\n");

    out.append("<h2>Questions per day</h2>\n").append(chart(r));

    out.append("<h2>Most frequent questions the article doesn't answer</h2>\n<ol id=\"unanswered\">\n");
    for (Report.Group g : r.topUnanswered()) {
      out.append("<li><span class=\"q\">").append(esc(g.wording())).append("</span> — <span class=\"count\">").append(g.count())
          .append("</span>").append(g.wordings() > 1 ? " (" + g.wordings() + " wordings)" : "").append("</li>\n");
    }
    out.append("</ol>\n");

    out.append("<h2>Answers voted down</h2>\n");
    if (r.votedDown().isEmpty()) {
      out.append("<p>None.</p>\n");
    } else {
      out.append("<table id=\"voted-down\"><tr><th>question</th><th class=\"n\">down</th><th class=\"n\">up</th></tr>\n");
      for (Report.VotedDown v : r.votedDown()) {
        out.append("<tr><td>").append(esc(v.question()));
        for (String q : v.quotes()) {
          out.append("<blockquote>").append(esc(q)).append("</blockquote>");
        }
        out.append("</td><td class=\"n\">").append(v.downVotes()).append("</td><td class=\"n\">").append(v.upVotes()).append("</td></tr>\n");
      }
      out.append("</table>\n");
    }

    out.append("<h2>Most asked</h2>\n<table id=\"most-asked\"><tr><th>question</th><th class=\"n\">asked</th><th class=\"n\">answered</th></tr>\n");
    for (Report.Group g : r.mostAsked()) {
      out.append("<tr><td>").append(esc(g.wording())).append(g.wordings() > 1 ? " <small>(" + g.wordings() + " wordings)</small>" : "")
          .append("</td><td class=\"n\">").append(g.count()).append("</td><td class=\"n\">")
          .append(TextReport.percent((double) g.answered() / g.count())).append("</td></tr>\n");
    }
    out.append("</table>\n");

    out.append("<h2>Per day</h2>\n<table id=\"days\"><tr><th>day (UTC)</th><th class=\"n\">questions</th><th class=\"n\">answered</th>")
        .append("<th class=\"n\">not</th><th class=\"n\">answer rate</th><th class=\"n\">votes up</th><th class=\"n\">down</th></tr>\n");
    for (Report.Day d : r.days()) {
      out.append("<tr><td>").append(d.date()).append("</td><td class=\"n\">").append(d.questions()).append("</td><td class=\"n\">")
          .append(d.answered()).append("</td><td class=\"n\">").append(d.unanswered()).append("</td><td class=\"n\">")
          .append(d.questions() == 0 ? "–" : TextReport.percent((double) d.answered() / d.questions())).append("</td><td class=\"n\">")
          .append(d.upVotes()).append("</td><td class=\"n\">").append(d.downVotes()).append("</td></tr>\n");
    }
    out.append("</table>\n");

    out.append("<h2>Per article</h2>\n<table id=\"articles\"><tr><th>article</th><th class=\"n\">questions</th>")
        .append("<th class=\"n\">answered from it</th><th class=\"n\">not answered</th></tr>\n");
    for (Report.ArticleFigures a : r.articles()) {
      out.append("<tr><td>").append(esc(a.articleId())).append("</td><td class=\"n\">").append(a.questions()).append("</td><td class=\"n\">")
          .append(a.answeredFromIt()).append("</td><td class=\"n\">").append(a.unanswered()).append("</td></tr>\n");
    }
    return out.append("</table>\n</body></html>\n").toString();
  }

  private static String figure(String label, String value) {
    return "<div class=\"figure\"><b>" + esc(value) + "</b>" + esc(label) + "</div>";
  }

  /** Stacked bars per day: answered at the bottom, not answered on top, with a y axis and a legend. */
  private static String chart(Report r) {
    int max = r.days().stream().mapToInt(Report.Day::questions).max().orElse(1);
    int top = niceCeiling(Math.max(1, max));
    int plotW = CHART_WIDTH - LEFT - 8;
    int plotH = CHART_HEIGHT - BOTTOM - 8;
    int n = Math.max(1, r.days().size());
    double slot = (double) plotW / n;
    double bar = Math.max(1, slot * 0.75);
    StringBuilder svg = new StringBuilder();
    svg.append("<svg id=\"per-day\" role=\"img\" aria-label=\"Questions per day, answered and not\"")
        .append(" width=\"").append(CHART_WIDTH).append("\" height=\"").append(CHART_HEIGHT).append("\" viewBox=\"0 0 ")
        .append(CHART_WIDTH).append(' ').append(CHART_HEIGHT).append("\">\n");
    int ticks = top % 4 == 0 ? 4 : 5;
    for (int t = 0; t <= ticks; t++) {
      int value = top * t / ticks;
      double y = 8 + plotH - (double) plotH * value / top;
      svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#e0e0e0\"/>", LEFT, CHART_WIDTH - 8, y, y))
          .append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\" fill=\"#555\">%d</text>%n",
              LEFT - 6, y + 4, value));
    }
    int labelEvery = Math.max(1, (int) Math.ceil(n / 12.0));
    for (int i = 0; i < r.days().size(); i++) {
      Report.Day d = r.days().get(i);
      double x = LEFT + i * slot + (slot - bar) / 2;
      double hAnswered = (double) plotH * d.answered() / top;
      double hNot = (double) plotH * d.unanswered() / top;
      double base = 8 + plotH;
      svg.append(String.format(Locale.ROOT, "<rect class=\"answered\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
          + "<title>%s: %d answered</title></rect>", x, base - hAnswered, bar, hAnswered, ANSWERED_COLOUR, d.date(), d.answered()));
      svg.append(String.format(Locale.ROOT, "<rect class=\"unanswered\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
          + "<title>%s: %d not answered</title></rect>%n", x, base - hAnswered - hNot, bar, hNot, UNANSWERED_COLOUR, d.date(), d.unanswered()));
      if (i % labelEvery == 0) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" fill=\"#555\">%s</text>%n",
            x + bar / 2, CHART_HEIGHT - BOTTOM + 18, d.date().toString().substring(5)));
      }
    }
    svg.append("</svg>\n");
    svg.append("<p class=\"legend\"><span style=\"background:").append(ANSWERED_COLOUR).append("\"></span>answered")
        .append("<span style=\"background:").append(UNANSWERED_COLOUR).append("\"></span>not answered</p>\n");
    return svg.toString();
  }

  private static int niceCeiling(int v) {
    int step = 1;
    while (step * 10 < v) {
      step *= 10;
    }
    for (int m : new int[] {1, 2, 5, 10}) {
      if (step * m >= v) {
        return step * m;
      }
    }
    return step * 10;
  }

  static String esc(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
