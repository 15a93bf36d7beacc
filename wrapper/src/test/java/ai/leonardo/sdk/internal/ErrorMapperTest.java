package ai.leonardo.sdk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.leonardo.sdk.InternalServerException;
import ai.leonardo.sdk.LeonardoServiceException;
import ai.leonardo.sdk.PermissionDeniedException;
import ai.leonardo.sdk.UnexpectedStatusException;
import ai.leonardo.sdk.UnprocessableEntityException;
import java.util.List;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;

/** Each error status becomes its own exception, carrying the response's headers and error body. */
class ErrorMapperTest {
    private final ErrorMapper mapper = new ErrorMapper(new SecretRedactor("secret-key"));

    private LeonardoServiceException map(int status, Headers headers) {
        ResponseBody body = ResponseBody.create("{\"error\":\"nope\",\"code\":\"E1\"}", MediaType.get("application/json"));
        return mapper.toException(status, headers, body, "createGeneration", null);
    }

    @Test
    void forbiddenIsPermissionDenied() {
        assertThat(map(403, Headers.of())).isInstanceOf(PermissionDeniedException.class)
                .hasMessage("HTTP 403 from createGeneration: nope (code E1)");
    }

    @Test
    void unprocessableIsItsOwnException() {
        assertThat(map(422, Headers.of())).isInstanceOf(UnprocessableEntityException.class);
    }

    @Test
    void anyOtherClientErrorIsAnUnexpectedStatusWithItsCode() {
        LeonardoServiceException e = map(418, Headers.of());

        assertThat(e).isExactlyInstanceOf(UnexpectedStatusException.class);
        assertThat(e.statusCode()).isEqualTo(418);
    }

    @Test
    void statusesFrom500To599AreServerErrorsAndNoOthers() {
        assertThat(map(500, Headers.of())).isInstanceOf(InternalServerException.class);
        assertThat(map(599, Headers.of())).isInstanceOf(InternalServerException.class);
        assertThat(map(499, Headers.of())).isExactlyInstanceOf(UnexpectedStatusException.class);
        assertThat(map(600, Headers.of())).isExactlyInstanceOf(UnexpectedStatusException.class);
    }

    @Test
    void headersAreKeptUnderLowerCaseNamesWithEveryValue() {
        LeonardoServiceException e = map(403, Headers.of("X-Request-Id", "abc", "Set-Cookie", "a", "Set-Cookie", "b"));

        assertThat(e.headers()).containsEntry("x-request-id", List.of("abc"))
                .containsEntry("set-cookie", List.of("a", "b"));
        assertThat(e.header("X-REQUEST-ID")).contains("abc");
    }
}
