package org.youthvoice.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SubmissionLimiterTest {

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-23T10:00:00Z"));

        public ZoneId getZone() { return ZoneOffset.UTC; }
        public Clock withZone(ZoneId zone) { return this; }
        public Instant instant() { return now.get(); }
    }

    @Test
    void shouldStopOneClientAndLeaveOthersAlone() {
        SubmissionLimiter limiter = new SubmissionLimiter(PrivacyConfigs.of(null, null, null, "x", 3), new MovableClock());
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.allow("198.51.100.7", SubmissionLimiter.Kind.SUBMISSION)).isTrue();
        }
        assertThat(limiter.allow("198.51.100.7", SubmissionLimiter.Kind.SUBMISSION)).isFalse();
        assertThat(limiter.allow("198.51.100.8", SubmissionLimiter.Kind.SUBMISSION)).isTrue();
        assertThat(limiter.allow("198.51.100.7", SubmissionLimiter.Kind.POST)).isTrue();
    }

    @Test
    void shouldForgetEverythingWhenTheWindowEnds() {
        MovableClock clock = new MovableClock();
        SubmissionLimiter limiter = new SubmissionLimiter(PrivacyConfigs.of(null, null, null, "x", 1), clock);
        limiter.allow("198.51.100.7", SubmissionLimiter.Kind.SUBMISSION);
        assertThat(limiter.allow("198.51.100.7", SubmissionLimiter.Kind.SUBMISSION)).isFalse();
        clock.now.set(clock.now.get().plusSeconds(600));
        assertThat(limiter.clientsCounted()).isZero();
        assertThat(limiter.allow("198.51.100.7", SubmissionLimiter.Kind.SUBMISSION)).isTrue();
    }

    @Test
    void shouldKeepNoAddressNorAStableHashOfOne() {
        MovableClock clock = new MovableClock();
        SubmissionLimiter limiter = new SubmissionLimiter(PrivacyConfigs.of(null, null, null, "x", 5), clock);
        limiter.allow("198.51.100.7", SubmissionLimiter.Kind.SUBMISSION);
        String first = limiter.keys().iterator().next();
        assertThat(first).doesNotContain("198.51.100.7").doesNotContain("198");
        clock.now.set(clock.now.get().plusSeconds(600));
        limiter.allow("198.51.100.7", SubmissionLimiter.Kind.SUBMISSION);
        assertThat(limiter.keys().iterator().next()).isNotEqualTo(first);
    }
}
