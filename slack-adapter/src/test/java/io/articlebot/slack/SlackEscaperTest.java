package io.articlebot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlackEscaperTest {
  @Test
  void escapesTheThreeControlCharactersOnly() {
    assertThat(SlackEscaper.escape("<!channel> & <@U123|bob> <https://x.y|z> *bold* _it_"))
        .isEqualTo("&lt;!channel&gt; &amp; &lt;@U123|bob&gt; &lt;https://x.y|z&gt; *bold* _it_");
    assertThat(SlackEscaper.escape("&amp;")).isEqualTo("&amp;amp;");
    assertThat(SlackEscaper.escape(null)).isEmpty();
    assertThat(SlackEscaper.escape("DeepSeek’s ¶ 9 — ok")).isEqualTo("DeepSeek’s ¶ 9 — ok");
  }
}
