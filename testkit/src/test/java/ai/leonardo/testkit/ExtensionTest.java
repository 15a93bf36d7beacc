package ai.leonardo.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

class ExtensionTest {

    @Nested
    @ExtendWith(FakeLeonardoExtension.class)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class PerClass {
        private static final Set<Integer> PORTS = new HashSet<>();

        @Test
        @Order(1)
        void firstTestLeavesStateAndAFaultBehind(FakeLeonardo fake) throws Exception {
            assertThat(fake.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+/api/rest/v1");
            assertThat(fake.apiKey()).isEqualTo(FakeLeonardo.DEFAULT_API_KEY);
            new Http(fake).create("{\"prompt\":\"leftover\",\"num_images\":1}");
            fake.faults().on(Endpoint.ANY).status(500);
            PORTS.add(fake.port());
        }

        @Test
        @Order(2)
        void secondTestSeesACleanFakeOnTheSamePort(FakeLeonardo fake) throws Exception {
            assertThat(fake.generationCount()).isZero();
            assertThat(fake.faults().remaining()).isZero();
            assertThat(new Http(fake).post("{\"prompt\":\"fresh\",\"num_images\":1}").status()).isEqualTo(200);
            PORTS.add(fake.port());
            assertThat(PORTS).hasSize(1);
        }
    }

    @Nested
    class PerTest {
        @RegisterExtension
        final FakeLeonardoExtension leonardo = FakeLeonardoExtension.perTest(
                FakeLeonardo.builder().apiKey("per-test-key"));

        @Test
        void injectsAndExposesTheSameRunningFake(FakeLeonardo fake) {
            assertThat(leonardo.fake()).isSameAs(fake);
            assertThat(fake.isRunning()).isTrue();
            assertThat(fake.apiKey()).isEqualTo("per-test-key");
        }
    }
}
