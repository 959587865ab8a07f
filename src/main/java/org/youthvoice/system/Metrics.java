package org.youthvoice.system;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;

/** Request latency as a Prometheus histogram, with buckets around the times that matter for a phone on a slow line. */
public class Metrics {

    static final String HTTP_SERVER = "http.server.requests";

    @Produces
    @Singleton
    MeterFilter latencyHistograms() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals(HTTP_SERVER)) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(millis(5), millis(10), millis(25), millis(50), millis(100), millis(250), millis(500),
                                millis(1000), millis(2500), millis(5000))
                        .build().merge(config);
            }
        };
    }

    private static double millis(long ms) {
        return Duration.ofMillis(ms).toNanos();
    }
}
