package ai.leonardo.sdk;

import ai.leonardo.sdk.model.Generation;
import ai.leonardo.sdk.model.GenerationRequest;
import ai.leonardo.sdk.model.JobStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLHandshakeException;
import okhttp3.Connection;
import okhttp3.Handshake;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A create and a wait over TLS to a loopback server whose certificate this test makes (nothing else trusts
 * it): HTTP/2 negotiated by ALPN, HTTP/1.1 over TLS, and cleartext HTTP/2 with prior knowledge. The build runs
 * it, with the rest of the suite, on the SDK's own runtime versions and on those Spring Boot 3.5 and 4.0 pin
 * (the boot35-pins and boot40-pins executions in wrapper/pom.xml).
 */
class SecureTransportTest {
    private static final HeldCertificate LOCALHOST = new HeldCertificate.Builder()
            .addSubjectAlternativeName("localhost").build();
    private static final char[] PASSWORD = "test-only".toCharArray();

    /** What one exchange ran over, as the connection reports it. */
    private record Exchange(Protocol protocol, Handshake handshake) {
    }

    private final MutableClock clock = new MutableClock();
    private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();
    private FakeApi api;

    @AfterEach
    void stop() {
        api.shutdown();
    }

    @Test
    void http2OverTlsWhenTheServerOffersItByAlpn(@TempDir Path dir) throws Exception {
        api = new FakeApi(clock, tlsOnly(dir));

        Generation done = createAndWait(recording(trusting(LOCALHOST)));

        assertThat(done.status()).isEqualTo(JobStatus.COMPLETE);
        assertThat(exchanges).hasSize(api.seen().size()).allSatisfy(e -> {
            assertThat(e.protocol()).isEqualTo(Protocol.HTTP_2);
            assertThat(e.handshake().peerCertificates()).containsExactly(LOCALHOST.certificate());
        });
    }

    @Test
    void http11OverTlsWhenTheClientAsksForIt(@TempDir Path dir) throws Exception {
        api = new FakeApi(clock, tlsOnly(dir));

        Generation done = createAndWait(recording(trusting(LOCALHOST).protocols(List.of(Protocol.HTTP_1_1))));

        assertThat(done.status()).isEqualTo(JobStatus.COMPLETE);
        assertThat(exchanges).hasSize(api.seen().size()).allSatisfy(e -> {
            assertThat(e.protocol()).isEqualTo(Protocol.HTTP_1_1);
            assertThat(e.handshake().peerCertificates()).containsExactly(LOCALHOST.certificate());
        });
    }

    @Test
    void cleartextHttp2WithPriorKnowledge() {
        api = new FakeApi(clock);

        Generation done = createAndWait(recording(new OkHttpClient.Builder()
                .protocols(List.of(Protocol.H2_PRIOR_KNOWLEDGE))));

        assertThat(done.status()).isEqualTo(JobStatus.COMPLETE);
        assertThat(exchanges).hasSize(api.seen().size()).allSatisfy(e -> {
            assertThat(e.protocol()).isEqualTo(Protocol.H2_PRIOR_KNOWLEDGE);
            assertThat(e.handshake()).isNull();
        });
    }

    @Test
    void aCertificateTheClientDoesNotTrustFailsBeforeAnyRequestIsServed(@TempDir Path dir) throws Exception {
        api = new FakeApi(clock, tlsOnly(dir));
        HeldCertificate stranger = new HeldCertificate.Builder().addSubjectAlternativeName("localhost").build();

        try (Leonardo client = client(trusting(stranger).build())) {
            assertThatThrownBy(() -> client.generations().job(FakeApi.newId()).poll())
                    .isInstanceOf(LeonardoIoException.class)
                    .hasCauseInstanceOf(SSLHandshakeException.class);
        }
        assertThat(api.seen()).isEmpty();
    }

    private Generation createAndWait(OkHttpClient http) {
        try (Leonardo client = client(http)) {
            GenerationJob job = client.generations().create(GenerationRequest.builder()
                    .prompt("A lighthouse at dusk").build());
            return job.await(WaitOptions.of(WaitPolicy.fixed(Duration.ofSeconds(2))));
        }
    }

    private Leonardo client(OkHttpClient http) {
        return Leonardo.builder().apiKey("test-key").baseUrl(api.baseUrl()).okHttpClient(http)
                .clock(clock).sleeper(clock::advance).build();
    }

    /** A server on HTTPS only, on a dynamic port, presenting {@link #LOCALHOST}; it offers h2 and http/1.1. */
    private static WireMockConfiguration tlsOnly(Path dir) throws Exception {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        keyStore.load(null, null);
        keyStore.setKeyEntry("localhost", LOCALHOST.keyPair().getPrivate(), PASSWORD,
                new Certificate[] {LOCALHOST.certificate()});
        Path file = dir.resolve("localhost.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            keyStore.store(out, PASSWORD);
        }
        return WireMockConfiguration.wireMockConfig().bindAddress("127.0.0.1").httpDisabled(true).dynamicHttpsPort()
                .keystorePath(file.toString()).keystoreType("PKCS12")
                .keystorePassword(new String(PASSWORD)).keyManagerPassword(new String(PASSWORD));
    }

    /** A client that trusts only {@code certificate}, not the platform's authorities. */
    private static OkHttpClient.Builder trusting(HeldCertificate certificate) {
        HandshakeCertificates trust = new HandshakeCertificates.Builder()
                .addTrustedCertificate(certificate.certificate()).build();
        return new OkHttpClient.Builder().sslSocketFactory(trust.sslSocketFactory(), trust.trustManager());
    }

    private OkHttpClient recording(OkHttpClient.Builder builder) {
        return builder.addNetworkInterceptor(chain -> {
            Connection connection = chain.connection();
            exchanges.add(new Exchange(connection.protocol(), connection.handshake()));
            return chain.proceed(chain.request());
        }).build();
    }
}
