package com.example;

import ai.leonardo.spring.ai.LeonardoImageModel;
import ai.leonardo.spring.ai.LeonardoImageOptions;
import java.util.List;
import org.springframework.ai.image.ImageModel;
import org.springframework.ai.image.ImagePrompt;
import org.springframework.ai.image.ImageResponse;
import org.springframework.stereotype.Service;

/** Application code sees only Spring AI's ImageModel; Leonardo's options and metadata are optional extras. */
@Service
public class PosterService {
    /** The images of one generation, and its id for support or for fetching it again. */
    public record Posters(String generationId, List<String> urls) {
    }

    private final ImageModel imageModel;

    public PosterService(ImageModel imageModel) {
        this.imageModel = imageModel;
    }

    public Posters posters(String theme) {
        LeonardoImageOptions options = LeonardoImageOptions.builder()
                .n(2).width(512).height(768).style("cinematic").negativePrompt("text").build();
        ImageResponse response = imageModel.call(new ImagePrompt("A travel poster of " + theme, options));
        return new Posters(response.getMetadata().get(LeonardoImageModel.GENERATION_ID),
                response.getResults().stream().map(generation -> generation.getOutput().getUrl()).toList());
    }
}
