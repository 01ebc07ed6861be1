package com.acme.${{ values.javaPackage }};

import java.util.Optional;

/**
 * Where configuration and secrets come from. Locally the environment and {@code .env}; in the
 * cluster swap in a secret-manager provider. Nothing else in the service reads the environment.
 */
public interface ConfigProvider {
  Optional<String> get(String key);

  default String require(String key) {
    return get(key).filter(v -> !v.isEmpty())
        .orElseThrow(() -> new IllegalStateException("Configuration " + key + " is not set"));
  }
}
