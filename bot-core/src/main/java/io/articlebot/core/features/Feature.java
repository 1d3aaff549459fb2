package io.articlebot.core.features;

/**
 * What the ranking model knows about a candidate passage for a question. Values are scaled so that
 * they mean the same on a short news story and a long encyclopaedia article: BM25 and cosines are
 * taken relative to the best candidate for the question as well as absolutely. The order is the
 * model file's; adding, removing or reordering a feature is a new model version.
 */
public enum Feature {
  COVERAGE(Evidence.EITHER, "idf-weighted share of the question's words (any form or synonym) in the passage; heading words count half"),
  BM25_SENTENCE(Evidence.EITHER, "BM25 of the passage's best sentence over the best candidate sentence's"),
  BM25_PASSAGE(Evidence.EITHER, "BM25 of the passage as one text over the best candidate passage's"),
  BM25_PARAGRAPH(Evidence.EITHER, "BM25 of the passage's paragraph over the best candidate paragraph's"),
  BM25_ABSOLUTE(Evidence.EITHER, "BM25 of the passage over the most any text could score for the question"),
  BM25_RANK(Evidence.EITHER, "log(1 + rank) of the passage's best sentence by BM25 among candidate sentences"),
  COS_SENTENCE(Evidence.EITHER, "cosine of the question and the passage's best sentence"),
  COS_PASSAGE(Evidence.EITHER, "cosine of the question and the passage (mean direction of its sentences)"),
  COS_PARAGRAPH(Evidence.EITHER, "cosine of the question and the passage's paragraph"),
  COS_SENTENCE_MARGIN(Evidence.EITHER, "COS_SENTENCE minus the best candidate sentence's"),
  COS_PARAGRAPH_MARGIN(Evidence.EITHER, "COS_PARAGRAPH minus the best candidate paragraph's"),
  COS_RANK(Evidence.EITHER, "log(1 + rank) of the passage's best sentence by cosine among candidate sentences"),
  TYPE_MATCHED(Evidence.EITHER, "it holds the kind of value asked for (a date for 'when', a count next to the counted noun for 'how many'...)"),
  TYPE_MISSING(Evidence.EITHER, "the question cannot be answered without such a value, and the passage has none"),
  NAMES_MISSING(Evidence.EITHER, "share of the names the question is about that the passage never mentions"),
  FOCUS_MISSING(Evidence.EITHER, "it lacks the X of 'what is the X of Y' or the verb of 'who VERBs'"),
  STATEMENT_QUOTE(Evidence.EITHER, "the question asks what someone said, and the passage quotes someone"),
  HEADING(Evidence.EITHER, "the passage is a heading"),
  TWO_SENTENCES(Evidence.EITHER, "the passage is two sentences"),
  LENGTH(Evidence.EITHER, "log(1 + words) of the passage"),
  PARAGRAPH_START(Evidence.EITHER, "the passage starts its paragraph"),
  UNMATCHED_MAX(Evidence.EITHER, "the largest share of the question's weight carried by one word the passage lacks"),
  NOVEL_WORDS(Evidence.EITHER, "share of the passage's words that are not the question's: what it adds"),
  NEW_NAME(Evidence.EITHER, "the passage names something (a capitalised word) that the question does not"),
  PARAGRAPH_COVERAGE(Evidence.EITHER, "COVERAGE of the passage's whole paragraph"),
  PARAGRAPH_UNMATCHED_MAX(Evidence.EITHER, "the largest share of the question's weight carried by one word the whole paragraph lacks"),
  NUMBER_UNMATCHED(Evidence.EITHER, "the question has a number the paragraph lacks (\"the 1974 crisis\" against a paragraph about 1973)"),
  NAME_UNMATCHED(Evidence.EITHER, "the question capitalises a word the paragraph lacks"),
  NEGATION_UNMATCHED(Evidence.EITHER, "the question is negated (not, never, no...) and the passage is not"),
  NAME_UNMATCHED_PASSAGE(Evidence.EITHER, "share of the words the question capitalises (other than the article's subject) that the passage lacks"),
  NUMBER_UNMATCHED_PASSAGE(Evidence.EITHER, "the question has a number the passage lacks"),
  COS_HEADING(Evidence.EITHER, "cosine of the question and the heading of the passage's section (0 when it has none)"),
  PHRASES_MISSING(Evidence.EITHER, "idf-weighted share of the question's neighbouring word pairs (\"programming language\", \"capital of France\") that no sentence of the passage has close together"),
  TOKEN_MATCH(Evidence.EITHER, "late interaction: the mean over the question's content tokens of the best cosine with a token of the passage"),
  TOKEN_MATCH_MARGIN(Evidence.EITHER, "TOKEN_MATCH minus the best candidate passage's");

  private final Evidence evidence;
  private final String meaning;

  Feature(Evidence evidence, String meaning) {
    this.evidence = evidence;
    this.meaning = meaning;
  }

  /** Which way it may move a passage's score. */
  public Evidence evidence() {
    return evidence;
  }

  public String meaning() {
    return meaning;
  }

  public static final int COUNT = values().length;
}
