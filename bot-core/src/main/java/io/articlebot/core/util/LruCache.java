package io.articlebot.core.util;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** A bounded map that drops the least recently used entry first. Thread-safe. */
public final class LruCache<K, V> {
  private final Map<K, V> entries;

  public LruCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.entries = new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
      }
    };
  }

  /** The value, or null. */
  public synchronized V get(K key) {
    return entries.get(key);
  }

  public synchronized void put(K key, V value) {
    entries.put(key, value);
  }

  public synchronized boolean containsKey(K key) {
    return entries.containsKey(key);
  }

  /** The value, computed and kept when absent; the computation runs outside the lock. */
  public V get(K key, Function<K, V> compute) {
    V value = get(key);
    if (value == null) {
      value = compute.apply(key);
      put(key, value);
    }
    return value;
  }
}
