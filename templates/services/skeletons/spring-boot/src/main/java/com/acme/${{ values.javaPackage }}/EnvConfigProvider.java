package com.acme.${{ values.javaPackage }};

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The environment, over the values of a {@code .env} file when there is one. */
public final class EnvConfigProvider implements ConfigProvider {
  private static final Pattern LINE = Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(.*?)\\s*$");

  private final Map<String, String> values;

  public EnvConfigProvider(Map<String, String> environment, Path dotenv) {
    Map<String, String> merged = new HashMap<>();
    if (Files.exists(dotenv)) {
      try {
        for (String line : Files.readAllLines(dotenv)) {
          Matcher match = LINE.matcher(line);
          if (match.matches()) {
            merged.put(match.group(1), match.group(2).replaceAll("^\"(.*)\"$", "$1"));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    // The real environment wins over the file.
    merged.putAll(environment);
    this.values = Map.copyOf(merged);
  }

  public static EnvConfigProvider fromEnvironment() {
    return new EnvConfigProvider(System.getenv(), Path.of(".env"));
  }

  @Override
  public Optional<String> get(String key) {
    return Optional.ofNullable(values.get(key));
  }
}
