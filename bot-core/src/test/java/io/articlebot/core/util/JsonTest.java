package io.articlebot.core.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.articlebot.core.MiniJson;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class JsonTest {
  @Property(tries = 500)
  void quotedStringsReadBackUnchanged(@ForAll String value) {
    String json = Json.quote(value);
    assertThat(json).doesNotContain("\n", "\r", "\u2028", "\u2029");
    assertThat(MiniJson.parse(json)).isEqualTo(value);
  }

  @Test
  void escapesQuotesBackslashesAndControls() {
    assertThat(MiniJson.parse(Json.quote("a\"b\\c\u0001\td"))).isEqualTo("a\"b\\c\u0001\td");
  }

  @Test
  void numbersAreFiniteAndShort() {
    assertThat(Json.number(3)).isEqualTo("3");
    assertThat(Double.parseDouble(Json.number(0.123456))).isEqualTo(0.1235);
    assertThatThrownBy(() -> Json.number(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Json.number(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
  }
}
