package ai.leonardo.cli;

import ai.leonardo.sdk.WaitListener;
import ai.leonardo.sdk.WaitOptions;
import ai.leonardo.sdk.WaitPolicy;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * How a command waits for a generation ({@code --timeout}, {@code --poll-interval}), shared by every
 * command that waits. Without options it is the SDK's default: adaptive polling, 5 minute deadline.
 */
public final class WaitTimeOptions {
    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Give up waiting after this long, e.g. 90s or 10m (default: the SDK's, 5m)."
                    + " The generation keeps running; resume with `leonardo wait ID`.")
    Duration timeout;

    @Option(names = "--poll-interval", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Poll at this fixed interval instead of the SDK's adaptive schedule"
                    + " (which first polls about 3s after the create, then around the expected finish).")
    Duration pollInterval;

    /**
     * The SDK wait options for this command.
     *
     * @param listener sees every poll
     * @return the SDK's default policy, or a fixed interval, with {@code --timeout} when given
     */
    WaitOptions waitOptions(WaitListener listener) {
        WaitPolicy policy = pollInterval == null ? WaitPolicy.defaults() : WaitPolicy.fixed(pollInterval);
        if (timeout != null) {
            policy = policy.withTimeout(timeout);
        }
        return WaitOptions.builder().policy(policy).listener(listener).build();
    }
}
