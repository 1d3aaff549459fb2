package io.articlebot.core.chat;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one reload of the articles changed, for {@code about} and {@code sources}: the ids of the
 * articles added, changed (their content) and removed, and those that could not be read.
 */
public record ArticleChanges(Instant at, List<String> added, List<String> changed, List<String> removed, List<String> failed) {
  public ArticleChanges {
    Objects.requireNonNull(at, "at");
    added = List.copyOf(added);
    changed = List.copyOf(changed);
    removed = List.copyOf(removed);
    failed = List.copyOf(failed);
  }

  public boolean any() {
    return !added.isEmpty() || !changed.isEmpty() || !removed.isEmpty() || !failed.isEmpty();
  }
}
