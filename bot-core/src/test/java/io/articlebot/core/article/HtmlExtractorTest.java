package io.articlebot.core.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
  static final Path WIKIPEDIA = Path.of("src/test/resources/pages/wikipedia-mozilla/source.html");

  /** Words that appear on the saved page only in its menus, infobox, contents, references and footer. */
  static final List<String> FURNITURE = List.of(
      "Navigation menu", "Personal tools", "Create account", "Log in", "View history", "Search Wikipedia",
      "Main page", "Donate to Wikipedia", "Wikipedia store", "What links here", "Printable version", "Languages",
      "Deutsch", "last modified", "Creative Commons", "Privacy policy", "Cookie statement", "Categories",
      "Retrieved from", "From Wikipedia, the free encyclopedia", "Jump to", "[1]", "[edit]", "edit", "citation needed",
      "Netscape Communications Corporation", "Open-source software", "Contents", "Free software portal",
      "See also", "Timeline of web browsers", "About the Mozilla Corporation", "Constant downloads failure",
      "Official website", "Mozilla Mercurial Repository", "Sheeri Cabral", "Spread Firefox", "Firefox logo",
      "Mozilla Reps logo", "Knight Foundation", "Wikimedia Commons", "mw.loader", "RLQ");

  static ExtractedText wikipedia() throws Exception {
    return ArticleLoader.extract(ArticleLoader.read(WIKIPEDIA));
  }

  @Test
  void aSavedWikipediaPageKeepsItsBodyAndLosesItsFurniture() throws Exception {
    ExtractedText page = wikipedia();

    assertThat(page.format()).isEqualTo(DocumentFormat.HTML);
    assertThat(page.text()).startsWith("# Mozilla\n\nMozilla is a free-software community, created in 1998 by members of Netscape.");
    assertThat(page.text()).contains(
        "In a report released in November 2012, Mozilla reported that their total revenue for 2011 was $163 million,",
        "## History", "### Eich CEO promotion controversy", "The current name, Firefox, was chosen on February 9, 2004.",
        "• Represent Mozilla in their country/region");
    for (String furniture : FURNITURE) {
      assertThat(page.text()).as("furniture in the text").doesNotContain(furniture);
    }
  }

  @Test
  void aSavedWikipediaPageNamesItsTitleSiteAndCanonicalUrl() throws Exception {
    DocumentMetadata meta = wikipedia().metadata();
    assertThat(meta.title()).isEqualTo("Mozilla");
    assertThat(meta.siteName()).isEqualTo("Wikipedia");
    assertThat(meta.canonicalUrl()).isEqualTo("https://en.wikipedia.org/wiki/Mozilla");
  }

  static final String NEWS = """
      <!doctype html>
      <html><head>
        <meta charset="utf-8">
        <title>Harbour bridge to close for repairs | The Coastal Gazette</title>
        <meta property="og:title" content="Harbour bridge to close for two weeks of repairs">
        <meta property="og:site_name" content="The Coastal Gazette">
        <meta property="og:url" content="https://gazette.example/news/harbour-bridge">
        <meta property="article:published_time" content="2024-05-02T08:30:00+02:00">
        <link rel="canonical" href="/news/2024/05/harbour-bridge-repairs">
        <script type="application/ld+json">
          {"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour bridge to close",
           "author":[{"@type":"Person","name":"Ines Moreau"},{"@type":"Person","name":"Tom Okafor"}],
           "datePublished":"2024-05-02T08:30:00+02:00","publisher":{"@type":"Organization","name":"Gazette Media"}}
        </script>
        <style>.ad { color: red }</style>
      </head><body>
        <header class="site-header"><a href="/">The Coastal Gazette</a>
          <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
        </header>
        <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
        <main>
          <article>
            <h1>Harbour bridge to close for two weeks of repairs</h1>
            <p class="byline">By Ines Moreau and Tom Okafor</p>
            <time datetime="2024-05-02">2 May 2024</time>
            <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
            <p>The harbour bridge will close to all traffic from 10 June for two weeks while engineers replace its
               worn expansion joints, the city council said on Thursday.</p>
            <div class="ad-slot advertisement">Advertisement: Buy the new Coastal SUV today, zero percent financing!</div>
            <p>Buses will use the ring road instead, adding about twelve minutes to the journey, and a free ferry will
               carry cyclists and pedestrians across the harbour every twenty minutes.</p>
            <h2>Why now</h2>
            <p>An inspection in March found cracks in three of the eight joints. Repairs were planned for the autumn
               but were brought forward after the cracks grew.</p>
            <aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Ferry fares to rise</a></li></ul></aside>
            <p><a href="/a">Ferry fares to rise</a> <a href="/b">Ring road works finished</a></p>
            <h2>Related</h2>
            <p>Read our earlier report on the state of the city's bridges, published in January of last year.</p>
          </article>
          <section class="comments"><h2>Comments</h2><p>Harry: This is a disgrace, the bridge was fine for fifty years!</p></section>
        </main>
        <footer><p>© 2024 The Coastal Gazette. All rights reserved. Contact the newsroom at news@gazette.example.</p></footer>
        <script>window.dataLayer = [{"page":"article"}];</script>
      </body></html>
      """;

  @Test
  void aNewsPageGivesItsStoryAndMetadata() throws Exception {
    ExtractedText page = ArticleLoader.extract(new ArticleContent(
        NEWS.getBytes(StandardCharsets.UTF_8), "https://gazette.example/news/harbour-bridge?utm=x", "text/html; charset=utf-8",
        "https://gazette.example/news/harbour-bridge?utm=x"));

    assertThat(page.metadata()).isEqualTo(new DocumentMetadata("Harbour bridge to close for two weeks of repairs",
        "Ines Moreau, Tom Okafor", "2024-05-02", "https://gazette.example/news/2024/05/harbour-bridge-repairs",
        "The Coastal Gazette"));
    assertThat(page.text()).isEqualTo("""
        # Harbour bridge to close for two weeks of repairs

        The harbour bridge will close to all traffic from 10 June for two weeks while engineers replace its worn \
        expansion joints, the city council said on Thursday.

        Buses will use the ring road instead, adding about twelve minutes to the journey, and a free ferry will carry \
        cyclists and pedestrians across the harbour every twenty minutes.

        ## Why now

        An inspection in March found cracks in three of the eight joints. Repairs were planned for the autumn but were \
        brought forward after the cracks grew.""");
  }

  @Test
  void imagesAndArchivesAreRefusedWithWhatTheyAre() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
    assertThatThrownBy(() -> ArticleLoader.extract(new ArticleContent(png, "photo.html", null, null)))
        .hasMessageContaining("photo.html is an image (PNG)");
    assertThatThrownBy(() -> ArticleLoader.extract(new ArticleContent("GIF89a...".getBytes(), "x", "image/gif", null)))
        .hasMessageContaining("image (GIF)");
    assertThatThrownBy(() -> ArticleLoader.extract(new ArticleContent("{}".getBytes(), "u", "application/json", null)))
        .hasMessageContaining("application/json");
    assertThatThrownBy(() -> ArticleLoader.extract(new ArticleContent("PK\u0003\u0004rest".getBytes(StandardCharsets.ISO_8859_1), "a.docx", null, null)))
        .hasMessageContaining("ZIP");
  }

  @Test
  void theFormatComesFromTheBytesThenTheTypeThenTheName() throws Exception {
    byte[] html = "<!DOCTYPE html><html><body><p>Hello there, this is a page.</p></body></html>".getBytes(StandardCharsets.UTF_8);
    assertThat(ArticleLoader.extract(new ArticleContent(html, "page", null, null)).format()).isEqualTo(DocumentFormat.HTML);
    assertThat(ArticleLoader.extract(new ArticleContent(html, "notes.txt", "text/plain", null)).format()).isEqualTo(DocumentFormat.HTML);
    byte[] text = "# Title\n\nSome words.".getBytes(StandardCharsets.UTF_8);
    assertThat(ArticleLoader.extract(new ArticleContent(text, "notes.md", null, null)).format()).isEqualTo(DocumentFormat.MARKDOWN);
    assertThat(ArticleLoader.extract(new ArticleContent(text, "notes", "text/plain", null)).format()).isEqualTo(DocumentFormat.TEXT);
    byte[] latin1 = "Caf\u00e9 society.".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(ArticleLoader.extract(new ArticleContent(latin1, "u", "text/plain; charset=ISO-8859-1", null)).text())
        .isEqualTo("Caf\u00e9 society.");
  }
}
