package io.articlebot.core.conversation;

import io.articlebot.core.answer.Answer;
import io.articlebot.core.answer.Quote;
import io.articlebot.core.article.Article;
import io.articlebot.core.article.Sentence;
import io.articlebot.core.util.Lazy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Follow-ups for the chat layer: reads each message against its conversation ({@link #read}),
 * checks the answer to a follow-up against what it was read to be about and what was already
 * shown ({@link #answered}), and goes on with the last answer ({@link #more}). Thread-safe.
 */
public final class Conversations {
  public static final Duration DEFAULT_IDLE = Duration.ofMinutes(15);
  public static final int DEFAULT_CAPACITY = 10_000;

  private final Supplier<List<Article>> articles;
  private final ConversationStore store;
  private volatile Index index;
  private final Object indexLock = new Object();

  /**
   * The names and words of one list of articles, rebuilt when the list changes (a reload). They are
   * gathered at the first message that needs them, or by {@link #prepare}: over a thousand articles
   * that takes a second or more, which a first question should not wait for.
   */
  private record Index(List<Article> articles, Supplier<ArticleNames> names) {}

  /**
   * @param articles the articles being answered from, looked up at each use so that a reload is seen
   * @param idle how long a conversation is remembered after its last question
   */
  public Conversations(Supplier<List<Article>> articles, Duration idle, int capacity, Clock clock) {
    this.articles = articles;
    this.store = new ConversationStore(capacity, idle, clock);
  }

  /** Conversations without the articles' text: follow-ups work, but no names are known and "more" stops at the quotes. */
  public static Conversations withoutArticles(Clock clock) {
    return new Conversations(List::of, DEFAULT_IDLE, DEFAULT_CAPACITY, clock);
  }

  /**
   * How to take {@code text}, said in conversation {@code key} (null for a one-off question with no
   * conversation, such as {@code ask}).
   */
  public Reading read(ConversationKey key, String text) {
    ConversationState state = key == null ? null : store.live(key.id()).orElse(null);
    Index i = index();
    return new FollowUpReader(i.names(), !i.articles().isEmpty()).read(text, state);
  }

  /** Gathers the articles' names now, so that the first follow-up does not wait for them. */
  public void prepare() {
    index().names().get();
  }

  /** True when {@code key} has a conversation that is not forgotten yet. */
  public boolean knows(ConversationKey key) {
    return store.live(key.id()).isPresent();
  }

  /** Lets the conversation at {@code from} also go on at {@code to}, e.g. the replies to a message the bot just sent. */
  public void link(ConversationKey from, ConversationKey to) {
    store.copy(from.id(), to.id());
  }

  /** Decides what of {@code answer} to show for {@code reading}, and remembers the question in {@code key}. */
  public synchronized Answered answered(ConversationKey key, Reading reading, Answer answer) {
    ConversationState state = reading.state() != null ? reading.state() : ConversationState.empty(now());
    Answered result;
    Quote anchor = null;
    List<Quote> pending = List.of();
    List<Quote> newlyShown = new ArrayList<>();
    if (!answer.answered()) {
      result = new Answered(Answered.Kind.NOT_ANSWERED, answer, null);
    } else if (reading.usesContext() && !aboutAnyOf(answer.quotes().get(0), reading.topics())) {
      result = new Answered(Answered.Kind.OFF_TOPIC, Answer.abstain(answer.question(), answer.confidence()), null);
    } else if (reading.usesContext() && state.alreadyShown(answer.quotes().get(0))) {
      // The reply offers what the article says around the passage already quoted, so "more" goes
      // there rather than to this answer's weaker other quotes.
      anchor = answer.quotes().get(0);
      result = new Answered(Answered.Kind.REPEATED, answer, anchor);
    } else {
      anchor = answer.quotes().get(0);
      pending = answer.quotes().subList(1, answer.quotes().size());
      newlyShown.add(anchor);
      result = new Answered(Answered.Kind.ANSWER, answer, null);
    }
    if (key != null) {
      Turn turn = new Turn(reading.asked(), reading.question(), reading.usesContext(), answer, anchor, pending, null);
      store.save(key, state.with(turn, newlyShown, now()));
    }
    return result;
  }

  /** The next part of the last answer in {@code key}: its other quotes, then the sentences around its first. */
  public synchronized More more(ConversationKey key) {
    Optional<ConversationState> live = key == null ? Optional.empty() : store.live(key.id());
    if (live.isEmpty() || live.get().turns().isEmpty()) {
      return new More(More.Kind.NOTHING, "", List.of());
    }
    ConversationState state = live.get();
    int at = state.turns().size() - 1;
    while (at >= 0 && state.turns().get(at).anchor() == null && state.turns().get(at).followUp()) {
      at--; // a follow-up the article had no answer to: go on with what it followed
    }
    if (at < 0 || state.turns().get(at).anchor() == null) {
      return new More(More.Kind.NOT_ANSWERED, state.last().question(), List.of());
    }
    Turn turn = state.turns().get(at);
    List<Quote> pending = turn.pending().stream().filter(q -> !state.alreadyShown(q)).toList();
    if (!pending.isEmpty()) {
      store.save(key, state.replacing(at, turn.withPending(List.of()), pending, now()));
      return new More(More.Kind.QUOTES, turn.question(), pending);
    }
    Article article = article(turn.anchor().citation().articleId());
    int[] window = turn.window() != null ? turn.window() : article == null ? null : Surroundings.covering(article, turn.anchor());
    Surroundings.Step step = window == null ? null : Surroundings.next(article, turn.anchor(), window, s -> shown(state, article, s));
    if (step == null) {
      return new More(More.Kind.END, turn.question(), List.of());
    }
    store.save(key, state.replacing(at, turn.withPending(List.of()).withWindow(step.window()), step.quotes(), now()));
    return new More(More.Kind.AROUND, turn.question(), step.quotes());
  }

  private static boolean shown(ConversationState state, Article article, Sentence s) {
    return state.shown().stream().anyMatch(x -> x.articleId().equals(article.id()) && x.start() <= s.start() && s.end() <= x.end());
  }

  /**
   * Whether a passage is about one of the names a follow-up was read to be about: its paragraph
   * mentions the name, or for a person, their first or last name alone ("Liang").
   */
  private boolean aboutAnyOf(Quote quote, List<Name> names) {
    if (names.isEmpty()) {
      return true;
    }
    Article article = article(quote.citation().articleId());
    if (article == null) {
      return true;
    }
    var p = article.paragraph(quote.citation().paragraph());
    String text = article.slice(p.start(), p.end());
    List<String> keys = new ArrayList<>();
    for (Words.Word w : Words.of(text)) {
      keys.add(w.key());
    }
    String joined = " " + String.join(" ", keys) + " ";
    for (Name n : names) {
      if (joined.contains(" " + n.key() + " ")) {
        return true;
      }
      String[] parts = n.key().split(" ");
      if (n.person() && parts.length > 1 && (joined.contains(" " + parts[0] + " ") || joined.contains(" " + parts[parts.length - 1] + " "))) {
        return true;
      }
    }
    return false;
  }

  private Article article(String id) {
    for (Article a : index().articles()) {
      if (a.id().equals(id)) {
        return a;
      }
    }
    return null;
  }

  private Index index() {
    List<Article> current = articles.get();
    Index i = index;
    if (i != null && i.articles() == current) {
      return i;
    }
    // One Index per list of articles, so that callers arriving together (the start-up thread of
    // prepare() and a first follow-up) share its names rather than each gathering them.
    synchronized (indexLock) {
      i = index;
      if (i == null || i.articles() != current) {
        i = new Index(current, Lazy.of(() -> ArticleNames.of(current)));
        index = i;
      }
      return i;
    }
  }

  private Instant now() {
    return store.clock().instant();
  }
}
