package com.acme.${{ values.javaPackage }};

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class Application {
  public static void main(String[] args) {
    SpringApplication.run(Application.class, args);
  }

  /** The one place configuration and secrets come from; swap the implementation for a secret manager. */
  @Bean
  ConfigProvider configProvider() {
    return EnvConfigProvider.fromEnvironment();
  }
}
