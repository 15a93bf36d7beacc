package ai.leonardo.sdk.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import okhttp3.Request;
import okio.Timeout;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Callback;
import retrofit2.Response;
import retrofit2.Retrofit;

/**
 * Makes every {@code Call} of a generated interface run through {@link Transport#execute}, so the
 * low-level access gets the SDK's retries and typed errors, not only its OkHttp interceptors.
 * POST is treated as a create (retried only when the server cannot have accepted it): an unknown
 * endpoint may spend credits.
 */
final class TransportCallAdapterFactory extends CallAdapter.Factory {
    private final Transport transport;

    TransportCallAdapterFactory(Transport transport) {
        this.transport = transport;
    }

    @Override
    public CallAdapter<?, ?> get(Type returnType, Annotation[] annotations, Retrofit retrofit) {
        if (getRawType(returnType) != Call.class || !(returnType instanceof ParameterizedType parameterized)) {
            return null;
        }
        Type body = getParameterUpperBound(0, parameterized);
        return new CallAdapter<Object, Call<Object>>() {
            @Override
            public Type responseType() {
                return body;
            }

            @Override
            public Call<Object> adapt(Call<Object> call) {
                return new TransportedCall<>(transport, call);
            }
        };
    }

    private static final class TransportedCall<T> implements Call<T> {
        private final Transport transport;
        private final Call<T> delegate;

        TransportedCall(Transport transport, Call<T> delegate) {
            this.transport = transport;
            this.delegate = delegate;
        }

        private Transport.Kind kind() {
            return "POST".equals(delegate.request().method()) ? Transport.Kind.CREATE : Transport.Kind.IDEMPOTENT;
        }

        @Override
        public Response<T> execute() {
            return Response.success(transport.execute(delegate, kind()));
        }

        @Override
        public void enqueue(Callback<T> callback) {
            transport.http().dispatcher().executorService().execute(() -> {
                Response<T> response;
                try {
                    response = execute();
                } catch (RuntimeException e) {
                    callback.onFailure(this, e);
                    return;
                }
                callback.onResponse(this, response);
            });
        }

        @Override
        public boolean isExecuted() {
            return delegate.isExecuted();
        }

        @Override
        public void cancel() {
            delegate.cancel();
        }

        @Override
        public boolean isCanceled() {
            return delegate.isCanceled();
        }

        @Override
        public Call<T> clone() {
            return new TransportedCall<>(transport, delegate.clone());
        }

        @Override
        public Request request() {
            return delegate.request();
        }

        @Override
        public Timeout timeout() {
            return delegate.timeout();
        }
    }
}
