// Package httpapi is the service's HTTP surface: health, correlation ids, JSON logs and metrics.
package httpapi

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Dependency is something the service needs to be ready: a database, a queue, another service.
type Dependency struct {
	Name  string
	Check func(ctx context.Context) error
}

type recorder struct {
	http.ResponseWriter
	status int
}

func (r *recorder) WriteHeader(status int) {
	r.status = status
	r.ResponseWriter.WriteHeader(status)
}

// New returns the service's handler.
func New(logger *slog.Logger, dependencies []Dependency) http.Handler {
	registry := prometheus.NewRegistry()
	registry.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	requests := prometheus.NewCounterVec(prometheus.CounterOpts{Name: "http_requests_total", Help: "HTTP requests by method, route and status"}, []string{"method", "route", "status"})
	durations := prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "http_request_duration_seconds", Help: "HTTP request duration by method, route and status"}, []string{"method", "route", "status"})
	registry.MustRegister(requests, durations)

	mux := http.NewServeMux()
	mux.HandleFunc("GET /health/live", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, map[string]any{"status": "ok"})
	})
	mux.HandleFunc("GET /health/ready", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		ready := true
		results := []map[string]string{}
		for _, d := range dependencies {
			if err := d.Check(ctx); err != nil {
				ready = false
				results = append(results, map[string]string{"name": d.Name, "status": "failing", "error": err.Error()})
			} else {
				results = append(results, map[string]string{"name": d.Name, "status": "ok"})
			}
		}
		if ready {
			writeJSON(w, http.StatusOK, map[string]any{"status": "ok", "dependencies": results})
		} else {
			writeJSON(w, http.StatusServiceUnavailable, map[string]any{"status": "failing", "dependencies": results})
		}
	})
	mux.Handle("GET /metrics", promhttp.HandlerFor(registry, promhttp.HandlerOpts{}))

	// Correlation id: taken from X-Request-ID or made, returned, and on every log line.
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requestID := r.Header.Get("X-Request-ID")
		if requestID == "" {
			requestID = newRequestID()
		}
		w.Header().Set("X-Request-ID", requestID)
		started := time.Now()
		rec := &recorder{ResponseWriter: w, status: http.StatusOK}
		_, route := mux.Handler(r)
		mux.ServeHTTP(rec, r)
		status := strconv.Itoa(rec.status)
		requests.WithLabelValues(r.Method, route, status).Inc()
		durations.WithLabelValues(r.Method, route, status).Observe(time.Since(started).Seconds())
		logger.Info("request", "requestId", requestID, "method", r.Method, "path", r.URL.Path, "status", rec.status)
	})
}

func writeJSON(w http.ResponseWriter, status int, body any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(body)
}

func newRequestID() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
