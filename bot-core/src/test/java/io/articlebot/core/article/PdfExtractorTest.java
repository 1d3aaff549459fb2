package io.articlebot.core.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PdfExtractorTest {
  static final String TITLE = "Riverside Library opens its new reading room";
  static final List<String> PARAGRAPHS = List.of(
      "The Riverside Community Library opened its new reading room on 14 March 2023, after eighteen months of"
          + " construction funded by a municipal bond of 2.4 million dollars.",
      "Head librarian Margarethe Okonkwo-Lindqvist said the extension doubles the seating available to students"
          + " during examination periods. The room holds 120 desks, each with its own reading lamp and power outlet.",
      "Opening hours changed as well. From April onwards the library stays open until nine o'clock on weekday"
          + " evenings, and on Sundays it opens at eleven in the morning.",
      "Membership remains free for residents of the district. Visitors from elsewhere can buy an annual card for"
          + " fifteen dollars, which also gives access to the digitised newspaper archive.",
      "The archive was digitised by volunteers over three winters. It contains every issue of the Riverside"
          + " Courier published between 1921 and 1998, searchable by name, street and date of publication.",
      "Next year the board plans to replace the heating system, which dates from 1974, with heat pumps. A public"
          + " consultation on the proposal will take place in the main hall on 9 October.",
      "Children under twelve must be accompanied by an adult after six in the evening. Groups of schoolchildren"
          + " are welcome on weekday mornings when they book their visit at least a week in advance.",
      "The library's collection now counts 86,000 printed books, 4,300 audiobooks and a growing shelf of board"
          + " games that members may borrow for three weeks at a time.");

  /** Enough paragraphs to fill both columns of the first page and go on to a second one. */
  static List<String> longer() {
    List<String> all = new java.util.ArrayList<>(PARAGRAPHS);
    for (int i = 1; i <= 6; i++) {
      all.add("Volunteer report " + i + ": the reading circle met every second Thursday, discussing novels,"
          + " local history and the extraordinarily popular series of lectures on river ecology given by retired"
          + " teachers, and collected donations for the summer programme.");
    }
    return all;
  }

  private static ExtractedText extract(byte[] pdf) throws Exception {
    return ArticleLoader.extract(new ArticleContent(pdf, "report.pdf", null, null));
  }

  @Test
  void twoColumnsAreReadColumnByColumnWithHyphenatedWordsJoined() throws Exception {
    byte[] pdf = TwoColumnPdf.write(TITLE, longer());
    assertThat(TwoColumnPdf.wrap(String.join(" ", PARAGRAPHS), 240).stream().filter(l -> l.matches(".*\\p{L}-$")))
        .as("the test PDF really hyphenates words at line ends").hasSizeGreaterThan(3);

    ExtractedText text = extract(pdf);

    assertThat(text.format()).isEqualTo(DocumentFormat.PDF);
    assertThat(text.metadata().title()).isEqualTo(TITLE);
    assertThat(text.text()).startsWith("# " + TITLE + "\n\n");
    int at = 0;
    for (String paragraph : longer()) {
      int found = text.text().indexOf(paragraph, at);
      assertThat(found).as("paragraph in reading order, whole: %s%n%s", paragraph, text.text()).isGreaterThanOrEqualTo(at);
      at = found + paragraph.length();
    }
    assertThat(text.text()).doesNotContainPattern("(?m)^\\d+$").as("page numbers are left out");
  }

  @Test
  void aHyphenTheDocumentWritesElsewhereIsKept() throws Exception {
    String opening = "Its statutes say that every member has one vote, whatever the size of the boat.";
    String lead = "The co-operative was founded by twelve fishermen. Today the co-operative has four hundred members"
        + " and runs two shops, a smokehouse and a small museum of the harbour.";
    String breaking = null;
    for (int words = 0; words < 12 && breaking == null; words++) {
      String candidate = ("We know " + "that ".repeat(words) + "the co-operative never pays out more than a tenth of its"
          + " profit to its members.");
      if (TwoColumnPdf.wrap(candidate, 240).stream().anyMatch(l -> l.endsWith("co-"))) {
        breaking = candidate;
      }
    }
    assertThat(breaking).as("some wording breaks the compound at its hyphen").isNotNull();
    List<String> paragraphs = List.of(opening, lead, breaking);

    ExtractedText text = extract(TwoColumnPdf.write("The harbour co-operative", paragraphs));

    assertThat(text.text()).contains(lead).contains(breaking);
  }

  @Test
  void notAPdfAfterAllIsAClearError() {
    assertThatThrownBy(() -> extract("%PDF-1.7 but then nothing".getBytes()))
        .isInstanceOf(ArticleLoader.ArticleException.class)
        .hasMessageContaining("report.pdf")
        .hasMessageContaining("PDF");
  }
}
