package ai.leonardo.spring.ai;

import ai.leonardo.sdk.Leonardo;
import ai.leonardo.spring.LeonardoAutoConfiguration;
import org.springframework.ai.image.ImageModel;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configures a {@link LeonardoImageModel} on the application's {@link Leonardo} client when Spring AI is on
 * the class path. Like Spring AI's own image models it steps aside when {@code spring.ai.model.image} names
 * another provider, and an application's own {@code LeonardoImageModel} bean replaces it.
 */
@AutoConfiguration(after = LeonardoAutoConfiguration.class)
@ConditionalOnClass(ImageModel.class)
@ConditionalOnBean(Leonardo.class)
@ConditionalOnProperty(name = "spring.ai.model.image", havingValue = "leonardo", matchIfMissing = true)
public class LeonardoImageModelAutoConfiguration {

    /** Creates the auto-configuration; Spring calls this. */
    public LeonardoImageModelAutoConfiguration() {
    }

    /**
     * The image model.
     *
     * @param leonardo the application's client
     * @return the model, with no default options of its own (the client's generation defaults apply)
     */
    @Bean
    @ConditionalOnMissingBean
    public LeonardoImageModel leonardoImageModel(Leonardo leonardo) {
        return new LeonardoImageModel(leonardo);
    }
}
