package io.articlebot.core.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Copies what the embedding model needs out of the jar once and reuses it: the model file (so ONNX
 * Runtime maps it from disk instead of the JVM holding 34 MB of it on the heap) and ONNX Runtime's
 * native libraries (which it would otherwise write to a fresh temporary folder at every start). A
 * file is reused when its size matches the jar's; it is written to a temporary name and moved into
 * place, so a crash never leaves a half-written one.
 */
final class ModelFiles {
  private ModelFiles() {}

  /** The resource as a file under {@code dir}. */
  static Path extract(String resource, Path dir) throws IOException {
    URL url = ModelFiles.class.getClassLoader().getResource(resource);
    if (url == null) {
      throw new IOException(resource + " is not on the class path");
    }
    URLConnection connection = url.openConnection();
    long size = connection.getContentLengthLong();
    Path target = dir.resolve(Path.of(resource).getFileName().toString());
    if (size >= 0 && Files.isRegularFile(target) && Files.size(target) == size) {
      return target;
    }
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, target.getFileName().toString(), ".tmp");
    try (InputStream in = connection.getInputStream()) {
      Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
    return target;
  }

  /**
   * Points ONNX Runtime at its native libraries copied under {@code dir}, unless the user chose a
   * path already. Where the jar has no libraries for this platform, ONNX Runtime is left to say so.
   */
  static void prepareNativeLibraries(Path dir) {
    if (System.getProperty("onnxruntime.native.path") != null) {
      return;
    }
    String platform = platform();
    if (platform == null) {
      return;
    }
    try {
      Path libs = dir.resolve("onnxruntime-" + platform);
      String base = "ai/onnxruntime/native/" + platform + "/";
      extract(base + System.mapLibraryName("onnxruntime"), libs);
      extract(base + System.mapLibraryName("onnxruntime4j_jni"), libs);
      System.setProperty("onnxruntime.native.path", libs.toAbsolutePath().toString());
    } catch (IOException e) {
      // Not copied: ONNX Runtime extracts them itself, to a temporary folder, as it would anyway.
    }
  }

  /** ONNX Runtime's name for this platform, or null when it ships none for it. */
  private static String platform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String cpu = arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : null;
    if (cpu == null) {
      return null;
    }
    if (os.contains("linux")) {
      return "linux-" + cpu;
    }
    if (os.contains("mac") || os.contains("darwin")) {
      return "osx-" + cpu;
    }
    return os.contains("win") && cpu.equals("x64") ? "win-x64" : null;
  }
}
