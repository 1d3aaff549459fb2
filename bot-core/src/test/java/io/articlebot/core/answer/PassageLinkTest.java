package io.articlebot.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PassageLinkTest {
  @Test
  void aShortPassageIsMatchedWhole() {
    assertThat(PassageLink.to("https://example.com/story", "The bridge closes on 10 June."))
        .isEqualTo("https://example.com/story#:~:text=The%20bridge%20closes%20on%2010%20June.");
  }

  @Test
  void aLongPassageIsMatchedByItsFirstAndLastWords() {
    String passage = "Firefox was originally named Phoenix but the name was changed so as to avoid trademark conflicts"
        + " with Phoenix Technologies.";
    String link = PassageLink.to("https://en.wikipedia.org/wiki/Mozilla", passage);
    assertThat(link).isEqualTo("https://en.wikipedia.org/wiki/Mozilla#:~:text="
        + "Firefox%20was%20originally%20named%20Phoenix,trademark%20conflicts%20with%20Phoenix%20Technologies.");
    String[] terms = link.substring(link.indexOf("text=") + 5).split(",");
    assertThat(terms).hasSize(2);
    String start = URLDecoder.decode(terms[0], StandardCharsets.UTF_8);
    String end = URLDecoder.decode(terms[1], StandardCharsets.UTF_8);
    assertThat(passage).startsWith(start).endsWith(end);
  }

  @Test
  void directiveSyntaxAndNonAsciiArePercentEncoded() {
    String link = PassageLink.to("https://example.com/a", "Fish & chips, co-op price: 5 €");
    String directive = link.substring(link.indexOf("#:~:text=") + 9);
    assertThat(directive).doesNotContain("&", ",", "-", " ", "€").contains("%26", "%2C", "%2D", "%E2%82%AC");
    assertThat(URLDecoder.decode(directive.replace("+", "%2B"), StandardCharsets.UTF_8)).isEqualTo("Fish & chips, co-op price: 5 €");
    assertThat(URI.create(link).getRawFragment()).isEqualTo(":~:text=" + directive);
  }

  @Test
  void hardWrapsListMarkersAndOldFragmentsDoNotGetIn() {
    assertThat(PassageLink.to("https://example.com/a#History", "• Represent Mozilla in\n their region"))
        .isEqualTo("https://example.com/a#:~:text=Represent%20Mozilla%20in%20their%20region");
  }

  @Test
  void charactersThatEndAMarkdownOrSlackLinkAreEncodedInTheAddress() {
    assertThat(PassageLink.to("https://en.wikipedia.org/wiki/Mozilla_(mascot)", "A dinosaur."))
        .isEqualTo("https://en.wikipedia.org/wiki/Mozilla_%28mascot%29#:~:text=A%20dinosaur.");
  }
}
