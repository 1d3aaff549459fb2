package io.articlebot.core.chat;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files only their owner may read or write ({@code rw-------}): the feedback salt (whoever has it
 * can test guesses of user ids against the hashes) and the feedback log. A no-op where the file
 * system has no POSIX permissions.
 */
final class OwnerOnly {
  private static final Set<PosixFilePermission> OWNER_RW = PosixFilePermissions.fromString("rw-------");

  private OwnerOnly() {}

  /** Creates {@code file} with owner-only permissions; fails if it exists. */
  static void createNew(Path file) throws IOException {
    if (posix(file)) {
      FileAttribute<Set<PosixFilePermission>> attr = PosixFilePermissions.asFileAttribute(OWNER_RW);
      Files.createFile(file, attr);
    } else {
      Files.createFile(file);
    }
  }

  /** Creates {@code file} when missing, and narrows its permissions either way. */
  static void create(Path file) throws IOException {
    try {
      createNew(file);
    } catch (FileAlreadyExistsException exists) {
      restrict(file);
    }
  }

  static void restrict(Path file) throws IOException {
    if (posix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_RW)) {
      Files.setPosixFilePermissions(file, OWNER_RW);
    }
  }

  private static boolean posix(Path file) {
    return file.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
