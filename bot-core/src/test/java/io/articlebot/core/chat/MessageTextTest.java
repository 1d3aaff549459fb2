package io.articlebot.core.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageTextTest {

  @Test
  void discordMentionsGo() {
    assertThat(MessageText.clean("<@123456> who founded DeepSeek?")).isEqualTo("who founded DeepSeek?");
    assertThat(MessageText.clean("<@!123456> hi <@&987> there")).isEqualTo("hi there");
    assertThat(MessageText.clean("see <#55501> please")).isEqualTo("see please");
  }

  @Test
  void slackMentionsGo() {
    assertThat(MessageText.clean("<@U024BE7LH> who?")).isEqualTo("who?");
    assertThat(MessageText.clean("<@W1234|bob> who?")).isEqualTo("who?");
    assertThat(MessageText.clean("<!here> <!channel> <!subteam^S123|@team> who?")).isEqualTo("who?");
    assertThat(MessageText.clean("<#C024BE7LR|general> who?")).isEqualTo("who?");
  }

  @Test
  void massMentionsGoButEmailAddressesStay() {
    assertThat(MessageText.clean("@everyone @here who founded it?")).isEqualTo("who founded it?");
    assertThat(MessageText.clean("@everyone")).isEmpty();
    assertThat(MessageText.clean("write to team@everyone.example")).isEqualTo("write to team@everyone.example");
  }

  @Test
  void whitespaceIsFoldedAndTrimmed() {
    assertThat(MessageText.clean("  who\n\tfounded \r\n it?  ")).isEqualTo("who founded it?");
    assertThat(MessageText.clean(null)).isEmpty();
  }

  @Test
  void wordsInAnyScript() {
    assertThat(MessageText.hasWords("🙂🙂🙂")).isFalse();
    assertThat(MessageText.hasWords("?!... ---")).isFalse();
    assertThat(MessageText.hasWords("")).isFalse();
    assertThat(MessageText.hasWords("谁")).isTrue();
    assertThat(MessageText.hasWords("2024")).isTrue();
    assertThat(MessageText.hasWords("🙂 ok")).isTrue();
  }
}
