package io.articlebot.app.cli;

import java.util.Set;

/** Exposes the launcher's front-end config keys to tests in other packages. */
public final class TestFrontEndKeys {
  private TestFrontEndKeys() {}

  public static Set<String> keys() {
    return FrontEnds.configKeys();
  }
}
