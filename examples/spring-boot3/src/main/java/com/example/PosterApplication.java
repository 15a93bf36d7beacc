package com.example;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Set LEONARDO_API_KEY (or leonardo.api-key) and the ImageModel talks to Leonardo. */
@SpringBootApplication
public class PosterApplication {
    public static void main(String[] args) {
        SpringApplication.run(PosterApplication.class, args);
    }
}
