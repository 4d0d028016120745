package be.koepel.platform.work;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Works through a batch on up to a fixed number of threads and returns when every item is done.
 * For a {@link BackgroundLoop} round whose items each wait on the database or a remote gateway:
 * one slow round trip then no longer holds up the rest of the batch. With one thread the items
 * run in order on the caller's thread.
 */
public final class ParallelBatch {

    private final int threads;
    private final ExecutorService executor;

    public ParallelBatch(String name, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException(name + ": at least one thread, not " + threads);
        }
        this.threads = threads;
        AtomicInteger number = new AtomicInteger();
        this.executor = threads == 1 ? null : Executors.newFixedThreadPool(threads, work -> {
            Thread thread = new Thread(work, name + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public int threads() {
        return threads;
    }

    /**
     * Runs {@code work} for every item and waits for all of them. An item that throws does not stop
     * the others; the first such exception is thrown once all are done.
     */
    public <T> void forEach(List<T> items, Consumer<T> work) {
        if (executor == null || items.size() < 2) {
            RuntimeException first = null;
            for (T item : items) {
                try {
                    work.accept(item);
                } catch (RuntimeException e) {
                    first = first == null ? e : first;
                }
            }
            if (first != null) {
                throw first;
            }
            return;
        }
        List<Future<?>> running = new ArrayList<>(items.size());
        for (T item : items) {
            running.add(executor.submit(() -> work.accept(item)));
        }
        RuntimeException first = null;
        for (Future<?> item : running) {
            try {
                item.get();
            } catch (ExecutionException e) {
                RuntimeException cause = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                first = first == null ? cause : first;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running.forEach(f -> f.cancel(true));
                throw new IllegalStateException("interrupted while a batch was running", e);
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** Lets running items finish within {@code grace}; later items are not started. */
    public void stop(Duration grace) {
        if (executor == null) {
            return;
        }
        executor.shutdown();
        try {
            executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
