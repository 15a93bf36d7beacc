package ai.leonardo.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WaitPolicyTest {
    @Test
    void exponentialGrowsToItsCap() {
        WaitPolicy policy = WaitPolicy.exponential(Duration.ofSeconds(1), 2.0, Duration.ofSeconds(5));

        assertThat(policy.scheduledDelay(0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.scheduledDelay(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.scheduledDelay(3)).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.scheduledDelay(500)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void defaultsAreAdaptiveWithAFiveMinuteDeadline() {
        assertThat(WaitPolicy.defaults().isAdaptive()).isTrue();
        assertThat(WaitPolicy.defaults().timeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(WaitPolicy.fixed(Duration.ofSeconds(1)).isAdaptive()).isFalse();
    }

    @Test
    void withersCopy() {
        WaitPolicy base = WaitPolicy.fixed(Duration.ofSeconds(2));
        WaitPolicy longer = base.withTimeout(Duration.ofMinutes(10)).withJitter(0.2);

        assertThat(base.timeout()).isEqualTo(WaitPolicy.DEFAULT_TIMEOUT);
        assertThat(longer.timeout()).isEqualTo(Duration.ofMinutes(10));
        assertThat(longer.jitter()).isEqualTo(0.2);
        assertThat(longer).isNotEqualTo(base).isEqualTo(base.withTimeout(Duration.ofMinutes(10)).withJitter(0.2));
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> WaitPolicy.fixed(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WaitPolicy.exponential(Duration.ofSeconds(1), 0.5, Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WaitPolicy.exponential(Duration.ofSeconds(5), 2, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WaitPolicy.defaults().withJitter(1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WaitPolicy.defaults().withTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
