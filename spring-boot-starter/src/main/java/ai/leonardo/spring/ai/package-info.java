/**
 * Spring AI: {@link ai.leonardo.spring.ai.LeonardoImageModel}, an {@code ImageModel} that generates
 * through the SDK and waits with its policy, auto-configured when Spring AI is on the class path.
 */
package ai.leonardo.spring.ai;
