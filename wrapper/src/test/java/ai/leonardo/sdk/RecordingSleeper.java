package ai.leonardo.sdk;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sleeper that returns at once and remembers what it was asked to wait, so retries cost no time. */
final class RecordingSleeper implements Sleeper {
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private final Runnable onFirstSleep;

    RecordingSleeper() {
        this(() -> { });
    }

    RecordingSleeper(Runnable onFirstSleep) {
        this.onFirstSleep = onFirstSleep;
    }

    @Override
    public void sleep(Duration duration) {
        if (sleeps.isEmpty()) {
            onFirstSleep.run();
        }
        sleeps.add(duration);
    }
}
