package com.acme.${{ values.javaPackage }};

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ApplicationTests {
  @Autowired MockMvc mvc;

  @Test
  void healthEchoesTheRequestId() throws Exception {
    mvc.perform(get("/health/live").header("X-Request-ID", "abc-123"))
        .andExpect(status().isOk())
        .andExpect(header().string("X-Request-ID", "abc-123"));
    mvc.perform(get("/health/ready")).andExpect(status().isOk());
  }

  @Test
  void metricsCountRequests() throws Exception {
    mvc.perform(get("/health/live"));
    mvc.perform(get("/metrics")).andExpect(content().string(containsString("http_server_requests_seconds_count")));
  }
}
