package io.articlebot.core.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingStoreTest {
  @TempDir
  Path dir;

  @Test
  void embedsATextListOnceAndKeepsIt() {
    FakeEmbedder embedder = new FakeEmbedder();
    EmbeddingStore store = EmbeddingStore.at(dir);
    List<String> texts = List.of("The rover landed.", "It weighs 412 kilograms.");
    EmbeddingStore.Lookup first = store.passages(embedder, texts);
    EmbeddingStore.Lookup second = EmbeddingStore.at(dir).passages(embedder, texts);
    assertThat(first.cached()).isFalse();
    assertThat(second.cached()).isTrue();
    assertThat(embedder.embedded.get()).isEqualTo(2);
    for (int i = 0; i < texts.size(); i++) {
      assertThat(second.vectors().get(i)).containsExactly(first.vectors().get(i));
    }
  }

  @Test
  void otherTextsAreEmbeddedAgain() {
    FakeEmbedder embedder = new FakeEmbedder();
    EmbeddingStore store = EmbeddingStore.at(dir);
    store.passages(embedder, List.of("a b c"));
    assertThat(store.passages(embedder, List.of("a b c d")).cached()).isFalse();
  }

  @Test
  void aDamagedFileIsRecomputed() throws IOException {
    FakeEmbedder embedder = new FakeEmbedder();
    EmbeddingStore store = EmbeddingStore.at(dir);
    List<String> texts = List.of("one sentence", "another one");
    List<float[]> vectors = store.passages(embedder, texts).vectors();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.write(f, new byte[] {1, 2, 3});
      }
    }
    EmbeddingStore.Lookup again = store.passages(embedder, texts);
    assertThat(again.cached()).isFalse();
    assertThat(again.vectors().get(1)).containsExactly(vectors.get(1));
    assertThat(store.passages(embedder, texts).cached()).isTrue();
  }

  @Test
  void keepsAListsTokenVectorsAndReadsThemOneTextAtATime() {
    FakeEmbedder embedder = new FakeEmbedder();
    List<String> texts = List.of("The rover landed.", "", "It weighs 412 kilograms.");
    List<TokenVectors> tokens = embedder.embedTokens(texts);
    assertThat(EmbeddingStore.at(dir).keepTokens(embedder, texts, tokens)).isPresent();
    KeptTokens kept = EmbeddingStore.at(dir).keptTokens(embedder, texts).orElseThrow();
    assertThat(kept.size()).isEqualTo(3);
    for (int i : new int[] {2, 0, 1}) {
      TokenVectors read = kept.read(i).orElseThrow();
      assertThat(read.size()).isEqualTo(tokens.get(i).size());
      for (int t = 0; t < read.size(); t++) {
        for (int u = 0; u < read.size(); u++) {
          assertThat(read.cosine(t, read, u)).isEqualTo(tokens.get(i).cosine(t, tokens.get(i), u));
        }
      }
    }
    assertThat(EmbeddingStore.at(dir).keptTokens(embedder, List.of("The rover landed.", "", "It weighs 413 kilograms."))).isEmpty();
  }

  @Test
  void aDamagedTokenFileIsNotReadEvenAfterItWasOpened() throws IOException {
    FakeEmbedder embedder = new FakeEmbedder();
    List<String> texts = List.of("one sentence here", "another one");
    EmbeddingStore store = EmbeddingStore.at(dir);
    KeptTokens kept = store.keepTokens(embedder, texts, embedder.embedTokens(texts)).orElseThrow();
    Path file;
    try (Stream<Path> files = Files.walk(dir)) {
      file = files.filter(f -> f.toString().endsWith(".tok")).findFirst().orElseThrow();
    }
    byte[] whole = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 5));
    assertThat(kept.read(1)).isEmpty();
    assertThat(store.keptTokens(embedder, texts)).isEmpty();
    Files.delete(file);
    assertThat(kept.read(0)).isEmpty();
  }

  @Test
  void withoutAStoreNothingIsKept() {
    FakeEmbedder embedder = new FakeEmbedder();
    EmbeddingStore.none().passages(embedder, List.of("x"));
    assertThat(EmbeddingStore.none().passages(embedder, List.of("x")).cached()).isFalse();
    assertThat(embedder.embedded.get()).isEqualTo(2);
    assertThat(EmbeddingStore.none().keepTokens(embedder, List.of("x"), embedder.embedTokens(List.of("x")))).isEmpty();
    assertThat(EmbeddingStore.none().keptTokens(embedder, List.of("x"))).isEmpty();
  }
}
