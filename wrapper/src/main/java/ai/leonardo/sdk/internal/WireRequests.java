package ai.leonardo.sdk.internal;

import ai.leonardo.sdk.GenerationDefaults;
import ai.leonardo.sdk.ValidationException;
import ai.leonardo.sdk.model.GenerationRequest;
import java.util.Objects;

/** Turns a caller's request into the one that is sent: defaults applied, then validated. */
public final class WireRequests {
    private WireRequests() {
    }

    /**
     * Applies the client's defaults (the request's own values always win), then validates.
     *
     * @param request the caller's request
     * @param defaults the client's defaults, {@link GenerationDefaults#none()} for none
     * @param validate whether to check every documented rule; when false only what cannot be sent
     *     at all is rejected: a missing prompt (the API requires one) and non-finite numbers
     * @return the request to send
     * @throws ValidationException listing every broken rule; nothing is sent then
     */
    public static GenerationRequest toWire(GenerationRequest request, GenerationDefaults defaults, boolean validate) {
        Objects.requireNonNull(request, "request");
        GenerationRequest effective = Objects.requireNonNull(defaults, "defaults").applyTo(request);
        if (validate) {
            RequestValidator.validate(effective);
        } else {
            RequestValidator.requireSendable(effective);
        }
        return effective;
    }
}
