package httpapi

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestHealthRequestIDAndMetrics(t *testing.T) {
	server := httptest.NewServer(New(slog.New(slog.NewJSONHandler(io.Discard, nil)), nil))
	defer server.Close()

	req, _ := http.NewRequest(http.MethodGet, server.URL+"/health/live", nil)
	req.Header.Set("X-Request-ID", "abc-123")
	res, err := http.DefaultClient.Do(req)
	if err != nil || res.StatusCode != http.StatusOK || res.Header.Get("X-Request-ID") != "abc-123" {
		t.Fatalf("live: %v %v %q", err, res.StatusCode, res.Header.Get("X-Request-ID"))
	}
	metrics, _ := http.Get(server.URL + "/metrics")
	body, _ := io.ReadAll(metrics.Body)
	if !strings.Contains(string(body), `http_requests_total{method="GET",route="GET /health/live",status="200"} 1`) {
		t.Fatalf("metrics missing the request count:\n%s", body)
	}
}

func TestNotReadyWhileADependencyFails(t *testing.T) {
	failing := Dependency{Name: "database", Check: func(context.Context) error { return errors.New("connection refused") }}
	server := httptest.NewServer(New(slog.New(slog.NewJSONHandler(io.Discard, nil)), []Dependency{failing}))
	defer server.Close()
	res, _ := http.Get(server.URL + "/health/ready")
	if res.StatusCode != http.StatusServiceUnavailable {
		t.Fatalf("ready: %d", res.StatusCode)
	}
}
