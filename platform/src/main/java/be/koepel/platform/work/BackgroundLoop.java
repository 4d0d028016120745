package be.koepel.platform.work;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * A worker thread that runs rounds of work: at once when woken (typically right after a commit
 * that created work), else on its interval, so that nothing waits longer than one interval even
 * if a wake-up was lost or the process restarted. A failing round is logged and retried after a
 * backoff; the loop never dies of it.
 */
public final class BackgroundLoop {

    /** One round; returns how long to wait before the next one unless woken ({@link Duration#ZERO}: go on now). */
    @FunctionalInterface
    public interface Round {
        Duration run();
    }

    private static final Logger LOG = Logger.getLogger(BackgroundLoop.class);

    private final String name;
    private final Round round;
    private final Duration errorBackoff;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    public BackgroundLoop(String name, Duration errorBackoff, Round round) {
        this.name = name;
        this.errorBackoff = errorBackoff;
        this.round = round;
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    public void wakeUp() {
        wakeUps.release();
    }

    public void stop(Duration grace) {
        running = false;
        wakeUps.release();
        Thread t = thread;
        if (t != null) {
            try {
                t.join(grace.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void loop() {
        while (running) {
            Duration pause;
            try {
                pause = round.run();
            } catch (RuntimeException e) {
                // e.g. the database is restarting: keep going, the work is still in the tables
                LOG.warnf("%s: round failed, retrying in %s: %s", name, errorBackoff, e.toString());
                pause = errorBackoff;
            }
            try {
                if (!pause.isZero()) {
                    wakeUps.tryAcquire(pause.toMillis(), TimeUnit.MILLISECONDS);
                }
                wakeUps.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
