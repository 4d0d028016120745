package be.koepel.platform.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ParallelBatchTest {

    private ParallelBatch batch;

    @AfterEach
    void stop() {
        if (batch != null) {
            batch.stop(Duration.ofSeconds(5));
        }
    }

    @Test
    void itemsThatEachWaitForTheOthersAllFinishBecauseTheyRunAtTheSameTime() {
        batch = new ParallelBatch("test", 4);
        CountDownLatch allStarted = new CountDownLatch(4);
        ConcurrentLinkedQueue<Integer> done = new ConcurrentLinkedQueue<>();

        batch.forEach(List.of(1, 2, 3, 4), item -> {
            allStarted.countDown();
            try {
                // run one after the other, the first item would wait here in vain
                assertThat(allStarted.await(10, TimeUnit.SECONDS)).as("all four items started").isTrue();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            done.add(item);
        });

        assertThat(done).containsExactlyInAnyOrder(1, 2, 3, 4);
    }

    @Test
    void anItemThatFailsDoesNotStopTheOthersAndItsFailureIsThrownOnceAllAreDone() {
        batch = new ParallelBatch("test", 3);
        ConcurrentLinkedQueue<Integer> done = new ConcurrentLinkedQueue<>();

        assertThatThrownBy(() -> batch.forEach(List.of(1, 2, 3, 4, 5), item -> {
            if (item == 2) {
                throw new IllegalArgumentException("item 2 broke");
            }
            done.add(item);
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("item 2 broke");

        assertThat(done).containsExactlyInAnyOrder(1, 3, 4, 5);
    }

    @Test
    void withOneThreadTheItemsRunInOrderOnTheCallersThread() {
        batch = new ParallelBatch("test", 1);
        ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();

        batch.forEach(List.of("a", "b", "c"), item -> seen.add(item + "@" + Thread.currentThread().getName()));

        String caller = Thread.currentThread().getName();
        assertThat(seen).containsExactly("a@" + caller, "b@" + caller, "c@" + caller);
    }

    @Test
    void lessThanOneThreadIsRefused() {
        assertThatThrownBy(() -> new ParallelBatch("escalation-timer", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("escalation-timer");
    }
}
