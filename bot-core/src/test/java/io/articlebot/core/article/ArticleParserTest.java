package io.articlebot.core.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.articlebot.core.TestCorpus;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ArticleParserTest {

  private static Article parse(String text) {
    return ArticleParser.parse("test", text, null, null, null, null);
  }

  private static String text(Article a, Paragraph p) {
    return a.slice(p.start(), p.end());
  }

  private static List<String> sentenceTexts(Article a, Paragraph p) {
    return p.sentences().stream().map(a::text).toList();
  }

  @Test
  void blankLineBlocksAreParagraphsAndTheirWrappedLinesBelongTogether() {
    Article a = parse("The first paragraph is hard\nwrapped over three\nlines. It has two sentences.\n\nThe second one\nis short.\n");
    assertThat(a.paragraphs()).hasSize(2);
    Paragraph first = a.paragraph(1);
    assertThat(text(a, first)).isEqualTo("The first paragraph is hard\nwrapped over three\nlines. It has two sentences.");
    assertThat(sentenceTexts(a, first)).containsExactly("The first paragraph is hard\nwrapped over three\nlines.", "It has two sentences.");
    assertThat(text(a, a.paragraph(2))).isEqualTo("The second one\nis short.");
  }

  @Test
  void listItemsAndHeadingsStartTheirOwnParagraphs() {
    Article a = parse("# The Title\n\nIntro text that\nwraps.\n## Details\n\nThe building includes:\n- a garden\n- 24 rooms\n* a studio\n1. first\n\nClosing words.");
    List<String> texts = a.paragraphs().stream().map(p -> text(a, p)).toList();
    assertThat(texts).containsExactly(
        "The Title", "Intro text that\nwraps.", "Details", "The building includes:", "- a garden", "- 24 rooms", "* a studio",
        "1. first", "Closing words.");
    assertThat(a.paragraph(1).kind()).isEqualTo(ParagraphKind.HEADING);
    assertThat(a.paragraph(3).kind()).isEqualTo(ParagraphKind.HEADING);
    assertThat(a.paragraph(4).kind()).isEqualTo(ParagraphKind.BODY);
    assertThat(a.paragraph(5).kind()).isEqualTo(ParagraphKind.LIST_ITEM);
    assertThat(a.paragraph(8).kind()).isEqualTo(ParagraphKind.LIST_ITEM);
  }

  @Test
  void plainTextSectionHeadingsStandAlone() {
    Article a = parse("TERMS\n\n3. Payments\nYou pay $4.99 per month. Prices may\nchange.\n\nAcceptable Use\nDo not misuse the\nservice.");
    List<String> texts = a.paragraphs().stream().map(p -> text(a, p)).toList();
    assertThat(texts).containsExactly("TERMS", "3. Payments", "You pay $4.99 per month. Prices may\nchange.", "Acceptable Use",
        "Do not misuse the\nservice.");
    assertThat(a.paragraph(2).kind()).isEqualTo(ParagraphKind.HEADING);
    assertThat(a.paragraph(4).kind()).isEqualTo(ParagraphKind.HEADING);
    assertThat(a.title()).isEqualTo("TERMS");
  }

  @Test
  void aHardWrappedSentenceIsNotAHeading() {
    Article a = parse("The building was designed by Mara Okafor of the Lisbon-based firm\nOkafor & Lindqvist, which won a competition.\n\nNext.");
    assertThat(a.paragraph(1).kind()).isEqualTo(ParagraphKind.BODY);
    assertThat(a.paragraph(1).sentences()).hasSize(1);
  }

  @Test
  void aNewsHeadlineAfterTheTeaserIsAHeading() {
    Article a = parse("Summary: Rover lands on the Moon after a long\nRover lands on the Moon after long trip\nRover lands on the Moon after a long journey, officials said.");
    assertThat(a.paragraph(1).kind()).isEqualTo(ParagraphKind.TRUNCATED_SUMMARY);
    assertThat(a.paragraph(2).kind()).isEqualTo(ParagraphKind.HEADING);
    assertThat(a.paragraph(3).kind()).isEqualTo(ParagraphKind.BODY);
  }

  @Test
  void headingLineEndsItsParagraphEvenWithoutABlankLineAfterIt() {
    Article a = parse("# The Title\nFirst body line that\nwraps.\n\n## Details\nThe building includes a garden.");
    assertThat(a.title()).isEqualTo("The Title");
    assertThat(a.paragraphs()).extracting(p -> text(a, p))
        .containsExactly("The Title", "First body line that\nwraps.", "Details", "The building includes a garden.");
  }

  @Test
  void firstLevelOneHeadingBecomesTheTitle() {
    Article a = parse("## Not this\n\n# Port Merrow Opens\n\nBody text here.");
    assertThat(a.title()).isEqualTo("Port Merrow Opens");
  }

  @Test
  void configuredTitleAndSourceWin() {
    Article a = ArticleParser.parse("x", "# Heading\n\nBody.\n\nSource: Reuters", "Configured", "AsianFin", null, null);
    assertThat(a.title()).isEqualTo("Configured");
    assertThat(a.source()).isEqualTo("AsianFin");
  }

  @Test
  void withoutHeadingTheTitleIsTheLead() {
    Article a = parse("DeepSeek stirs the AI sector. More follows here.\nSecond paragraph.");
    assertThat(a.title()).isEqualTo("DeepSeek stirs the AI sector.");
  }

  @Test
  void longLeadTitleIsShortenedAtAWordBoundary() {
    String lead = "This is a very long opening sentence that goes on and on about many things in the article well beyond a title.";
    Article a = parse(lead + "\nNext.");
    assertThat(a.title()).endsWith("…").hasSizeLessThanOrEqualTo(91);
    String withoutEllipsis = a.title().substring(0, a.title().length() - 1);
    assertThat(lead).startsWith(withoutEllipsis);
    assertThat(lead.charAt(withoutEllipsis.length())).isEqualTo(' ');
  }

  @Test
  void fileWithoutBlankLinesHasOneParagraphPerLine() {
    Article a = parse("Title line\nFirst paragraph. It has two sentences.\r\nSecond paragraph.\n");
    assertThat(a.paragraphs()).extracting(p -> text(a, p))
        .containsExactly("Title line", "First paragraph. It has two sentences.", "Second paragraph.");
  }

  @Test
  void trailingBlankLinesDoNotMergeALinePerParagraphFile() {
    Article a = parse("First paragraph.\nSecond paragraph.\nThird paragraph.\n\n");
    assertThat(a.paragraphs()).extracting(p -> text(a, p))
        .containsExactly("First paragraph.", "Second paragraph.", "Third paragraph.");
  }

  @Test
  void lineModeWithoutAnyBlankLine() {
    Article a = parse("One.\nTwo. Three.\nFour");
    assertThat(a.paragraphs()).hasSize(3);
    assertThat(sentenceTexts(a, a.paragraph(2))).containsExactly("Two.", "Three.");
    assertThat(a.paragraph(3).number()).isEqualTo(3);
  }

  @Test
  void crlfBlankLinesSeparateBlocks() {
    Article a = parse("First para\r\nwraps.\r\n\r\nSecond para.\r\n");
    assertThat(a.paragraphs()).extracting(p -> text(a, p)).containsExactly("First para\r\nwraps.", "Second para.");
  }

  @Test
  void sourceLineGivesTheArticleSource() {
    Article a = parse("Body text of the article.\n来源:钛媒体APP");
    Paragraph last = a.paragraph(2);
    assertThat(last.kind()).isEqualTo(ParagraphKind.SOURCE_LINE);
    assertThat(a.source()).isEqualTo("钛媒体APP");
  }

  @Test
  void englishSourceLineWithFullWidthColon() {
    Article a = parse("Body text.\nSource：Reuters");
    assertThat(a.source()).isEqualTo("Reuters");
  }

  @Test
  void imageCreditIsMarkedButIsNotTheSource() {
    Article a = parse("(Image Source: Shutterstock US)\nThe body of the article.\nPhoto: Jane Doe");
    assertThat(a.paragraph(1).kind()).isEqualTo(ParagraphKind.IMAGE_CREDIT);
    assertThat(a.paragraph(3).kind()).isEqualTo(ParagraphKind.IMAGE_CREDIT);
    assertThat(a.source()).isEmpty();
  }

  @Test
  void truncatedSummaryRepeatingALaterParagraphIsNeverIndexed() {
    String full = "AsianFin -- Chinese tech start-up DeepSeek is causing a stir in the U.S. AI sector with its open-source approach.";
    Article a = parse("摘要:AsianFin -- Chinese tech start-up DeepSeek is causing a stir in the U.S. AI sector with\n" + full + "\nOther text.");
    Paragraph summary = a.paragraph(1);
    assertThat(summary.kind()).isEqualTo(ParagraphKind.TRUNCATED_SUMMARY);
    assertThat(summary.kind().isIndexed()).isFalse();
    assertThat(summary.sentences()).isEmpty();
    assertThat(a.sentences()).allSatisfy(s -> assertThat(s.paragraph()).isNotEqualTo(1));
    assertThat(a.paragraph(2).kind()).isEqualTo(ParagraphKind.BODY);
  }

  @Test
  void completeSummaryStaysIndexed() {
    Article a = parse("Summary: The city opened a library that cost $42.5 million.\nThe library opened on Saturday.");
    assertThat(a.paragraph(1).kind()).isEqualTo(ParagraphKind.SUMMARY);
    assertThat(a.paragraph(1).sentences()).isNotEmpty();
  }

  @Test
  void bundledArticleStructure() {
    Article a = TestCorpus.deepseek();
    assertThat(a.paragraph(1).kind()).isEqualTo(ParagraphKind.TRUNCATED_SUMMARY);
    assertThat(a.paragraph(2).kind()).isEqualTo(ParagraphKind.IMAGE_CREDIT);
    Paragraph last = a.paragraphs().get(a.paragraphs().size() - 1);
    assertThat(last.kind()).isEqualTo(ParagraphKind.SOURCE_LINE);
    assertThat(a.source()).isEqualTo("钛媒体APP");
    assertThat(text(a, a.paragraph(10))).startsWith("Founded by Liang Wenfeng");
    assertThat(a.paragraphs()).extracting(Paragraph::number)
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, a.paragraphs().size()).boxed().toList());
    // one paragraph per line of the file
    assertThat(a.paragraphs()).hasSize((int) a.text().lines().filter(l -> !l.isBlank()).count());
  }

  @Test
  void bundledArticleKeyParagraphsSplitAsAReaderWould() {
    Article a = TestCorpus.deepseek();
    Paragraph meta = a.paragraphs().stream().filter(p -> text(a, p).startsWith("Meta's AI department")).findFirst().orElseThrow();
    assertThat(sentenceTexts(a, meta)).containsExactly(
        "Meta's AI department is feeling the pressure, according to an anonymous post on Teamblind, a forum for verified Big Tech employees.",
        "The post wrote that Meta is \"in panic mode. Engineers are moving frantically to dissect DeepSeek and copy anything and everything we can from it.\"");
    Paragraph stargate = a.paragraphs().stream().filter(p -> text(a, p).startsWith("U.S. President Donald Trump")).findFirst().orElseThrow();
    assertThat(stargate.sentences()).hasSize(2);
    assertThat(sentenceTexts(a, stargate).get(1)).startsWith("Three top tech firms");
  }

  @Test
  void harborMarkdownIsReadAsParagraphs() {
    Article a = TestCorpus.harbor();
    assertThat(a.title()).isEqualTo("Port Merrow Opens Its New Central Library After Six Years of Work");
    assertThat(a.paragraph(1).kind()).isEqualTo(ParagraphKind.HEADING);
    Paragraph lead = a.paragraph(2);
    assertThat(text(a, lead)).startsWith("PORT MERROW").contains("\n").endsWith("2,300 new library cards.");
    assertThat(a.paragraphs()).filteredOn(p -> text(a, p).startsWith("- ")).hasSize(5);
    Paragraph librarian = a.paragraphs().stream().filter(p -> text(a, p).startsWith("The head librarian")).findFirst().orElseThrow();
    assertThat(sentenceTexts(a, librarian).get(0))
        .isEqualTo("The head librarian, Dr. Samuel Adeyemi, previously ran the branch\nlibrary system in Halifax, Nova Scotia.");
    Paragraph building = a.paragraphs().stream().filter(p -> text(a, p).startsWith("The five-story building")).findFirst().orElseThrow();
    assertThat(sentenceTexts(a, building).get(0)).endsWith("14 Lantern St. near the ferry terminal, cost\n$42.5 million.");
  }

  @Test
  void blankTextHasNoParagraphs() {
    assertThat(parse("  \n\n \t\n").paragraphs()).isEmpty();
  }

  @Property(tries = 500)
  void sentencesAreExactTrimmedSlicesInsideTheirParagraphs(@ForAll("texts") String text) {
    Article a = parse(text);
    int previousParagraphEnd = 0;
    int previousNumber = 0;
    int expectedIndex = 0;
    for (Paragraph p : a.paragraphs()) {
      assertThat(p.number()).isEqualTo(previousNumber + 1);
      assertThat(p.start()).isGreaterThanOrEqualTo(previousParagraphEnd);
      assertThat(p.end()).isLessThanOrEqualTo(text.length());
      previousNumber = p.number();
      previousParagraphEnd = p.end();
      int previousSentenceEnd = p.start();
      for (Sentence s : p.sentences()) {
        assertThat(s.paragraph()).isEqualTo(p.number());
        assertThat(s.index()).isEqualTo(expectedIndex++);
        assertThat(s.start()).isGreaterThanOrEqualTo(previousSentenceEnd);
        assertThat(s.end()).isLessThanOrEqualTo(p.end());
        String sentence = a.text(s);
        assertThat(sentence).isEqualTo(text.substring(s.start(), s.end())).isNotBlank();
        assertThat(sentence).isEqualTo(sentence.strip());
        assertThat(Character.isWhitespace(sentence.charAt(0))).isFalse();
        assertThat(Character.isWhitespace(sentence.charAt(sentence.length() - 1))).isFalse();
        previousSentenceEnd = s.end();
      }
      if (!p.kind().isIndexed()) {
        assertThat(p.sentences()).isEmpty();
      }
    }
    assertThat(a.sentences()).hasSize(expectedIndex);
    assertThat(a.title()).isNotBlank();
  }

  @Provide
  static Arbitrary<String> texts() {
    return ArticleTexts.texts();
  }

  /** The definition, compared pair by pair: what the sorted look-up must agree with. */
  private static boolean[] truncatedByDefinition(String text, List<Paragraph> paragraphs) {
    boolean[] out = new boolean[paragraphs.size()];
    for (int i = 0; i < paragraphs.size(); i++) {
      String words = text.substring(paragraphs.get(i).start(), paragraphs.get(i).end()).replaceAll("\\s+", " ").strip()
          .toLowerCase(java.util.Locale.ROOT);
      for (int j = 0; j < paragraphs.size() && words.length() >= 20; j++) {
        String other = text.substring(paragraphs.get(j).start(), paragraphs.get(j).end()).replaceAll("\\s+", " ").strip()
            .toLowerCase(java.util.Locale.ROOT);
        out[i] |= j != i && other.length() > words.length() && other.startsWith(words);
      }
    }
    return out;
  }

  @Test
  void teasersAreFoundAsThePairwiseDefinitionSaysOnManyShuffledArticles() {
    java.util.Random random = new java.util.Random(42);
    String[] pieces = {"The board met on Monday", "The board met on Monday and agreed", "The board met on Monday and agreed a budget.",
        "Prices rose sharply in the spring", "Prices rose sharply in the spring of the year.", "A short line.",
        "the board met on monday and agreed", "Nothing else happened that week at all."};
    for (int round = 0; round < 200; round++) {
      StringBuilder text = new StringBuilder();
      int n = 2 + random.nextInt(7);
      for (int k = 0; k < n; k++) {
        text.append(pieces[random.nextInt(pieces.length)]).append("\n\n");
      }
      Article a = ArticleParser.parse("shuffled", text.toString(), "Shuffled", null, null, null);
      boolean[] expected = truncatedByDefinition(a.text(), a.paragraphs());
      for (int i = 0; i < a.paragraphs().size(); i++) {
        Paragraph p = a.paragraphs().get(i);
        if (p.kind() == ParagraphKind.BODY || p.kind() == ParagraphKind.TRUNCATED_SUMMARY) {
          assertThat(p.kind() == ParagraphKind.TRUNCATED_SUMMARY).as("paragraph %d of %s", i + 1, text).isEqualTo(expected[i]);
        }
      }
    }
  }
}
