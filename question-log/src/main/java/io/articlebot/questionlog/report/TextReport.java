package io.articlebot.questionlog.report;

import java.util.Locale;

/** The report for a terminal: plain text, fixed-width tables. */
public final class TextReport {
  private TextReport() {}

  public static String render(Report r) {
    StringBuilder out = new StringBuilder();
    out.append("What readers asked\n");
    if (r.questions() == 0) {
      return out.append("No questions in the log yet.\n").toString();
    }
    out.append(String.format(Locale.ROOT, "%s to %s (UTC): %,d questions, %,d answered (%s), %,d not; votes %d up, %d down%n",
        r.from().toString().substring(0, 10), r.to().toString().substring(0, 10), r.questions(), r.answered(),
        percent(r.answerRate()), r.questions() - r.answered(), r.upVotes(), r.downVotes()));

    out.append("\nMost frequent questions the article doesn't answer\n");
    if (r.topUnanswered().isEmpty()) {
      out.append("  (none)\n");
    }
    int i = 1;
    for (Report.Group g : r.topUnanswered()) {
      out.append(String.format(Locale.ROOT, "%3d. %-60s %5d%s%n", i++, clip(g.wording(), 60), g.count(), wordings(g)));
    }

    out.append("\nAnswers voted down\n");
    if (r.votedDown().isEmpty()) {
      out.append("  (none)\n");
    }
    for (Report.VotedDown v : r.votedDown()) {
      out.append(String.format(Locale.ROOT, "  %s  (%d down, %d up)%n", v.question(), v.downVotes(), v.upVotes()));
      for (String q : v.quotes()) {
        out.append("      > ").append(clip(q.replaceAll("\\s+", " "), 110)).append('\n');
      }
    }

    out.append("\nMost asked\n");
    i = 1;
    for (Report.Group g : r.mostAsked()) {
      out.append(String.format(Locale.ROOT, "%3d. %-60s %5d  answered %s%s%n", i++, clip(g.wording(), 60), g.count(),
          percent((double) g.answered() / g.count()), wordings(g)));
    }

    out.append("\nPer day (UTC)\n");
    out.append(String.format(Locale.ROOT, "  %-10s %9s %9s %9s %6s %6s%n", "day", "questions", "answered", "not", "up", "down"));
    for (Report.Day d : r.days()) {
      out.append(String.format(Locale.ROOT, "  %-10s %9d %9d %9d %6d %6d%n", d.date(), d.questions(), d.answered(), d.unanswered(),
          d.upVotes(), d.downVotes()));
    }

    out.append("\nPer article\n");
    for (Report.ArticleFigures a : r.articles()) {
      out.append(String.format(Locale.ROOT, "  %-30s %,d questions, %,d answered from it, %,d not answered%n", a.articleId(),
          a.questions(), a.answeredFromIt(), a.unanswered()));
    }
    return out.toString();
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  private static String wordings(Report.Group g) {
    return g.wordings() > 1 ? String.format(Locale.ROOT, "  (%d wordings)", g.wordings()) : "";
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
