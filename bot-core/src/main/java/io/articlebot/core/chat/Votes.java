package io.articlebot.core.chat;

import io.articlebot.core.util.LruCache;

/**
 * One vote per user per answer, the latest counting: remembers each user's last 👍/👎 on each
 * recent answer, whatever stores the feedback, so that clicking 👍 a hundred times is one vote and
 * changing one's mind replaces the earlier vote. Bounded like the answers buttons can reach.
 */
final class Votes {
  /** What a click does to the tally. */
  enum Change {
    /** The user's first vote on this answer. */
    NEW,
    /** The opposite of the user's earlier vote, which it replaces. */
    CHANGED,
    /** The same as the user's earlier vote: nothing to record. */
    REPEATED
  }

  private record Key(String answerKey, String userKey) {}

  private final LruCache<Key, Boolean> last;

  Votes(int capacity) {
    this.last = new LruCache<>(capacity);
  }

  synchronized Change cast(String answerKey, ChatUser user, boolean helpful) {
    Key key = new Key(answerKey, user.key());
    Boolean before = last.get(key);
    last.put(key, helpful);
    if (before == null) {
      return Change.NEW;
    }
    return before == helpful ? Change.REPEATED : Change.CHANGED;
  }
}
