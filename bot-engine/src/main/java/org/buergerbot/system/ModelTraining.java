package org.buergerbot.system;

import org.buergerbot.nlu.NluProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ./bb train}: trains the intent model the server needs into its model cache and exits; {@code ./bb run}
 * runs it before the server. In a JVM that has just trained, G1 kept starting concurrent marking cycles while
 * it served (45 against 7 in a JVM that loaded its model) and the benchmark's p99 was 2.4-3.9 ms instead of
 * 1.4-1.6 ms; training in its own process means the serving JVM only loads. A server that finds no cached
 * model still trains one itself.
 *
 * <p>It reads the same configuration as the server ({@code buergerbot.nlu.model-cache}, command-line
 * {@code --key=value}), so both agree on the cache. Deliberately not a {@code @Configuration}: the server's
 * component scan must not pick it up.
 */
@EnableConfigurationProperties(NluProperties.class)
public class ModelTraining {

    private static final Logger log = LoggerFactory.getLogger(ModelTraining.class);

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(ModelTraining.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        try (ConfigurableApplicationContext context = application.run(args)) {
            NluProperties nlu = context.getBean(NluProperties.class);
            boolean trained = EngineConfiguration.intentModels(nlu)
                    .ensureCached(EngineConfiguration.germanIntents(SeededKnowledge.load("de")));
            log.info(trained ? "Cached the new de intent model in {}" : "The de intent model in {} is up to date",
                    nlu.modelCache().toAbsolutePath());
        }
    }
}
