package io.articlebot.core.util;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value worked out once, by the first caller that needs it; callers that come while it is being
 * worked out wait for it rather than working it out again. Thread-safe.
 */
public final class Lazy<T> implements Supplier<T> {
  private final Supplier<? extends T> compute;
  private volatile T value;

  private Lazy(Supplier<? extends T> compute) {
    this.compute = Objects.requireNonNull(compute, "compute");
  }

  public static <T> Lazy<T> of(Supplier<? extends T> compute) {
    return new Lazy<>(compute);
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = Objects.requireNonNull(compute.get(), "computed value");
          value = v;
        }
      }
    }
    return v;
  }
}
