package io.articlebot.core.analysis;

/** What kind of thing a question asks for, read from its wording. */
public enum AnswerType {
  /** "who founded ...": a name. */
  PERSON(false),
  /** "where ...": a place. */
  PLACE(false),
  /** "when ...", "what year ...": a date or time. */
  DATE(true),
  /** "how much ...": an amount of money or a quantity. */
  AMOUNT(true),
  /** "how many ...": a count. */
  NUMBER(true),
  /** "how old ...": an age. */
  AGE(true),
  /** "how long ...": a length of time. */
  DURATION(true),
  /** "what's the phone number ...", "what number should I call": a telephone number. */
  PHONE(true),
  /** "what's the email address ...": an email address. */
  EMAIL(true),
  /** "how big/cheap/fast ...": a measure, usually with a number. */
  MEASURE(false),
  /** Anything else: "what is ...", "why ...", yes/no questions. */
  ANY(false);

  private final boolean required;

  AnswerType(boolean required) {
    this.required = required;
  }

  /**
   * True when a passage without such a value cannot answer: "How many employees?" is not answered
   * by a sentence that merely mentions employees.
   */
  public boolean required() {
    return required;
  }
}
