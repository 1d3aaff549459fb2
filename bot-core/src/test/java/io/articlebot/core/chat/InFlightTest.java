package io.articlebot.core.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class InFlightTest {
  private final List<String> heard = new CopyOnWriteArrayList<>();
  private final InFlight inFlight = new InFlight(2, 1, (r, answered, why) -> heard.add(r.what() + "=" + why), Clock.systemUTC());

  @Test
  void eachRequestEndsExactlyOnce() {
    InFlight.Request r = inFlight.tryOpen("a").orElseThrow();
    assertThat(r.answered()).isTrue();
    assertThat(r.gaveUp("late")).isFalse();
    assertThat(r.answered()).isFalse();
    assertThat(heard).containsExactly("a=answered");
    assertThat(inFlight.answeredCount()).isEqualTo(1);
    assertThat(inFlight.gaveUpCount()).isZero();
  }

  @Test
  void capacityBoundsRealWorkAndTheReserveBoundsShortRepliesSeparately() {
    InFlight.Request a = inFlight.tryOpen("a").orElseThrow();
    inFlight.tryOpen("b").orElseThrow();
    assertThat(inFlight.tryOpen("c")).isEmpty();
    InFlight.Request busy = inFlight.tryOpenShort("busy").orElseThrow();
    assertThat(inFlight.tryOpenShort("busy2")).isEmpty();
    busy.answered();
    assertThat(inFlight.tryOpen("c")).as("short replies never take real capacity").isEmpty();
    assertThat(inFlight.tryOpenShort("busy3")).isPresent();
    a.answered();
    assertThat(inFlight.tryOpen("c")).isPresent();
    assertThat(inFlight.size()).isEqualTo(3);
  }

  @Test
  void awaitIdleReturnsWhenTheLastEndsAndGiveUpAllNamesWhatIsLeft() throws Exception {
    InFlight.Request a = inFlight.tryOpen("a").orElseThrow();
    inFlight.tryOpen("b").orElseThrow();
    Thread finisher = new Thread(() -> a.answered());
    finisher.start();
    assertThat(inFlight.awaitIdle(Duration.ofMillis(200))).isFalse();
    assertThat(inFlight.giveUpAll("stopping")).isEqualTo(1);
    assertThat(inFlight.awaitIdle(Duration.ofMillis(10))).isTrue();
    assertThat(heard).containsExactlyInAnyOrder("a=answered", "b=stopping");
  }

  @Test
  void drainGivesUpWhatWaitsAtOnceAndLetsWhatIsBeingSentLandFirst() {
    InFlight wide = new InFlight(10, 0, (r, answered, why) -> heard.add(r.what() + "=" + why), Clock.systemUTC());
    wide.tryOpen("waiting").orElseThrow();
    InFlight.Request sending = wide.tryOpen("sending").orElseThrow();
    sending.sending(true);
    InFlight.Request done = wide.tryOpen("done").orElseThrow();
    done.answered();
    Thread lands = new Thread(() -> {
      try {
        Thread.sleep(150);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      sending.answered();
    });
    lands.start();
    InFlight.Drained drained = wide.drain(Duration.ofMillis(50), Duration.ofSeconds(5), "stopping");
    assertThat(drained).isEqualTo(new InFlight.Drained(1, 1));
    assertThat(heard).containsExactly("done=answered", "waiting=stopping", "sending=answered");
  }
}
