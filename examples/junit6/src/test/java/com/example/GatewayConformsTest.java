package com.example;

import ai.leonardo.testkit.Conformance;
import ai.leonardo.testkit.ConformanceTests;
import ai.leonardo.testkit.FakeLeonardo;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The README's contract test as a team's test class: one dynamic test per conformance check. A FakeLeonardo
 * stands in for the team's own server; a real team names its gateway's base URL instead.
 */
class GatewayConformsTest {
    private static FakeLeonardo gateway;

    @BeforeAll
    static void startGateway() {
        gateway = FakeLeonardo.builder().jobDuration(Duration.ofMillis(100)).build().start();
    }

    @AfterAll
    static void stopGateway() {
        gateway.stop();
    }

    @TestFactory
    Stream<DynamicTest> gatewayConformsToTheLeonardoApi() {
        return ConformanceTests.of(Conformance.builder()
                .baseUrl(gateway.baseUrl())
                .apiKey(gateway.apiKey())
                .userId(gateway.userId())
                .pollInterval(Duration.ofMillis(50))
                .build());
    }
}
