package com.acme.${{ values.javaPackage }};

import java.util.UUID;
import java.util.regex.Pattern;

/** The correlation id of a request: the caller's, when it is a sane token, or a new one. */
public final class RequestIds {
  public static final String HEADER = "X-Request-ID";
  // Ids go into logs and response headers, so only short, printable tokens are taken over.
  private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  private RequestIds() {}

  public static String fromHeader(String header) {
    return header != null && ACCEPTED.matcher(header).matches() ? header : UUID.randomUUID().toString();
  }
}
