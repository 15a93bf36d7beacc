package ai.leonardo.sdk.internal;

import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Streaming;
import retrofit2.http.Url;

/** Fetches image files by absolute URL through the same stack as the API calls. */
interface DownloadApi {
    @Streaming
    @GET
    Call<ResponseBody> download(@Url String url);
}
