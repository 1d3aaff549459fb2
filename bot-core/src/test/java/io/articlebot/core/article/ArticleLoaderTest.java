package io.articlebot.core.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleLoaderTest {
  @TempDir
  Path dir;

  @Test
  void byteOrderMarkIsDroppedSoOffsetsMatchTheText() throws Exception {
    Path f = dir.resolve("bom.txt");
    Files.write(f, ("\uFEFFHello there. Second sentence.").getBytes(StandardCharsets.UTF_8));
    Article a = ArticleLoader.load(f, null, null, null, null, null);
    assertThat(a.text()).isEqualTo("Hello there. Second sentence.");
    assertThat(a.id()).isEqualTo("bom");
  }

  @Test
  void missingFileSaysWhatToCheck() {
    assertThatThrownBy(() -> ArticleLoader.load(dir.resolve("nope.txt"), null, null, null, null, null))
        .isInstanceOf(ArticleLoader.ArticleException.class)
        .hasMessageContaining("nope.txt")
        .hasMessageContaining("not found");
  }

  @Test
  void emptyFileIsRefused() throws Exception {
    Path f = dir.resolve("empty.md");
    Files.writeString(f, " \n\n ");
    assertThatThrownBy(() -> ArticleLoader.load(f, null, null, null, null, null))
        .isInstanceOf(ArticleLoader.ArticleException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void nonUtf8IsRefusedWithAHint() throws Exception {
    Path f = dir.resolve("latin1.txt");
    Files.write(f, "Caf\u00e9 society.".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> ArticleLoader.load(f, null, null, null, null, null))
        .isInstanceOf(ArticleLoader.ArticleException.class)
        .hasMessageContaining("UTF-8");
  }

  @Test
  void directoryIsRefused() {
    assertThatThrownBy(() -> ArticleLoader.load(dir, null, null, null, null, null))
        .isInstanceOf(ArticleLoader.ArticleException.class)
        .hasMessageContaining("directory");
  }

  @Test
  void idsAreMadeFromFileNames() {
    assertThat(ArticleLoader.idFor(Path.of("deepseek-asianfin.txt"))).isEqualTo("deepseek-asianfin");
    assertThat(ArticleLoader.idFor(Path.of("Harbor Library.md"))).isEqualTo("harbor-library");
    assertThat(ArticleLoader.idFor(Path.of("钛媒体.txt"))).isEqualTo("article");
    assertThat(ArticleLoader.idFor(Path.of("x".repeat(100) + ".txt"))).hasSize(64);
  }
}
