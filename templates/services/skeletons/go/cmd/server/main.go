// ${{ values.name }}: health, correlation ids, JSON logs and Prometheus metrics from the start.
package main

import (
	"log/slog"
	"net/http"
	"os"

	"github.com/acme/${{ values.name }}/internal/config"
	"github.com/acme/${{ values.name }}/internal/httpapi"
)

func main() {
	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil))
	cfg, err := config.NewEnv(os.Environ(), ".env")
	if err != nil {
		logger.Error("configuration", "error", err)
		os.Exit(1)
	}
	port, ok := cfg.Get("PORT")
	if !ok {
		port = "${{ values.port }}"
	}
	logger.Info("listening", "port", port)
	if err := http.ListenAndServe(":"+port, httpapi.New(logger, nil)); err != nil {
		logger.Error("server stopped", "error", err)
		os.Exit(1)
	}
}
