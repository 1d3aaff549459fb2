package io.articlebot.core.chat;

import java.util.Map;
import java.util.Optional;

/**
 * What a front end may read at start-up: environment variables (tokens and secrets live only
 * there) and the validated config file's keys.
 */
public record Settings(Map<String, String> env, Map<String, String> config) {
  public Settings {
    env = Map.copyOf(env);
    config = Map.copyOf(config);
  }

  /** A non-blank environment variable. */
  public Optional<String> env(String name) {
    return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
  }

  /** A non-blank config value. */
  public Optional<String> config(String key) {
    return Optional.ofNullable(config.get(key)).map(String::strip).filter(v -> !v.isEmpty());
  }
}
