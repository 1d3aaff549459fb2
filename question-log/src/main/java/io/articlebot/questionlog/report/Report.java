package io.articlebot.questionlog.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What readers asked, for the article's owner: the figures both the text and the HTML report show.
 *
 * @param from the first question's time (null when the log is empty)
 * @param to the last question's time
 */
public record Report(Instant from, Instant to, int questions, int answered, int upVotes, int downVotes, List<Day> days,
    List<Group> topUnanswered, List<Group> mostAsked, List<VotedDown> votedDown, List<ArticleFigures> articles) {

  public Report {
    days = List.copyOf(days);
    topUnanswered = List.copyOf(topUnanswered);
    mostAsked = List.copyOf(mostAsked);
    votedDown = List.copyOf(votedDown);
    articles = List.copyOf(articles);
  }

  /** Share of questions answered with a quote, 0 to 1 (0 for no questions). */
  public double answerRate() {
    return questions == 0 ? 0 : (double) answered / questions;
  }

  /** One day (UTC). */
  public record Day(LocalDate date, int questions, int answered, int upVotes, int downVotes) {
    public int unanswered() {
      return questions - answered;
    }
  }

  /**
   * Questions asked in similar words.
   *
   * @param wording the most frequent wording
   * @param wordings how many different wordings the group has
   */
  public record Group(String wording, int count, int wordings, int answered) {}

  /** An answer readers voted down (their latest votes), with the quotes it gave. */
  public record VotedDown(String question, int downVotes, int upVotes, List<String> quotes) {
    public VotedDown {
      quotes = List.copyOf(quotes);
    }
  }

  /**
   * One article: questions asked while it was being answered from, and those answered with its quotes.
   */
  public record ArticleFigures(String articleId, int questions, int answeredFromIt, int unanswered) {}
}
