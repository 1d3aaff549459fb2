package io.articlebot.core.conversation;

import java.util.List;
import java.util.Objects;

/** How a message was read, given the conversation it was said in. */
public final class Reading {
  public enum Kind {
    /** A question of its own: answered as typed. */
    QUESTION,
    /** A question read together with the conversation: answered as {@link #question()}. */
    FOLLOW_UP,
    /** "more", "tell me more", "go on": continue the last answer. */
    MORE,
    /** A follow-up ("why?") with no earlier question to go on. */
    NEEDS_CONTEXT,
    /** Thanks, hello, or words that are neither a question nor a follow-up. */
    NOT_A_QUESTION
  }

  private final Kind kind;
  private final String asked;
  private final String question;
  private final String note;
  private final List<Name> topics;
  private final QuestionWords.Social social;
  private final ConversationState state;

  private Reading(Kind kind, String asked, String question, String note, List<Name> topics,
      QuestionWords.Social social, ConversationState state) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.asked = Objects.requireNonNull(asked, "asked");
    this.question = question;
    this.note = note;
    this.topics = List.copyOf(topics);
    this.social = social;
    this.state = state;
  }

  static Reading question(String asked, ConversationState state) {
    return new Reading(Kind.QUESTION, asked, asked, "", List.of(), null, state);
  }

  /** @param topics the names the context supplied, which an answer must be about */
  static Reading followUp(String asked, String question, String note, List<Name> topics, ConversationState state) {
    return new Reading(Kind.FOLLOW_UP, asked, question, note, topics, null, state);
  }

  static Reading other(Kind kind, String asked, QuestionWords.Social social, ConversationState state) {
    return new Reading(kind, asked, "", "", List.of(), social, state);
  }

  public Kind kind() {
    return kind;
  }

  /** What the user typed. */
  public String asked() {
    return asked;
  }

  /** The self-contained question to answer (QUESTION and FOLLOW_UP), else empty. */
  public String question() {
    return question;
  }

  /** What the bot took a follow-up to mean, for the reply ("Taking “it” as DeepSeek: ..."); else empty. */
  public String note() {
    return note;
  }

  /** For NOT_A_QUESTION: whether it was thanks. */
  public boolean thanks() {
    return social == QuestionWords.Social.THANKS;
  }

  /** For NOT_A_QUESTION: whether it was a greeting. */
  public boolean greeting() {
    return social == QuestionWords.Social.GREETING;
  }

  boolean usesContext() {
    return kind == Kind.FOLLOW_UP;
  }

  List<Name> topics() {
    return topics;
  }

  ConversationState state() {
    return state;
  }
}
