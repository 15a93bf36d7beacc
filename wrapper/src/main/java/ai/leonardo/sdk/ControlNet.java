package ai.leonardo.sdk;

import ai.leonardo.sdk.generated.model.ControlnetInput.InitImageTypeEnum;
import ai.leonardo.sdk.generated.model.ControlnetInput.StrengthTypeEnum;

/**
 * A ControlNet guiding a generation with an image (pose, edges, depth, style or character
 * reference), sent as one entry of the request's {@code controlnets} array.
 *
 * <p>Fields are nullable so that missing required values are reported by validation, with every
 * other broken rule, instead of failing at construction. Build one with
 * {@link #of(String, InitImageTypeEnum, int)} and refine it with the {@code with} methods.
 *
 * @param initImageId the id of the guiding image; required
 * @param initImageType whether that image was uploaded or generated; required
 * @param preprocessorId which ControlNet to use (ids are listed in the vendor's guides); required
 * @param weight how strongly the ControlNet applies, or {@code null} for the server's default
 * @param strengthType the strength for Style, Character and Content Reference ControlNets, or
 *     {@code null}
 */
public record ControlNet(String initImageId, InitImageTypeEnum initImageType, Integer preprocessorId,
        Double weight, StrengthTypeEnum strengthType) {

    /**
     * A ControlNet with its three required values.
     *
     * @param initImageId the id of the guiding image
     * @param initImageType whether that image was uploaded or generated
     * @param preprocessorId which ControlNet to use
     * @return the ControlNet
     */
    public static ControlNet of(String initImageId, InitImageTypeEnum initImageType, int preprocessorId) {
        return new ControlNet(initImageId, initImageType, preprocessorId, null, null);
    }

    /**
     * Returns a copy with a weight.
     *
     * @param weight how strongly the ControlNet applies
     * @return the new ControlNet
     */
    public ControlNet withWeight(double weight) {
        return new ControlNet(initImageId, initImageType, preprocessorId, weight, strengthType);
    }

    /**
     * Returns a copy with a strength type.
     *
     * @param strengthType the strength; only Style, Character and Content Reference ControlNets
     *     accept one
     * @return the new ControlNet
     */
    public ControlNet withStrengthType(StrengthTypeEnum strengthType) {
        return new ControlNet(initImageId, initImageType, preprocessorId, weight, strengthType);
    }
}
