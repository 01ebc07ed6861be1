"""${{ values.name }}: health, correlation ids, JSON logs and Prometheus metrics from the start."""
import json
import logging
import sys
import time
import uuid
from typing import Awaitable, Callable, Sequence

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest

from app.config import ConfigProvider, EnvConfigProvider


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {"time": self.formatTime(record), "level": record.levelname.lower(), "message": record.getMessage()}
        entry.update(getattr(record, "fields", {}))
        return json.dumps(entry)


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(JsonFormatter())
log = logging.getLogger("${{ values.name }}")
log.addHandler(handler)
log.setLevel(logging.INFO)

Dependency = tuple[str, Callable[[], Awaitable[None]]]


def create_app(config: ConfigProvider, dependencies: Sequence[Dependency] = ()) -> FastAPI:
    app = FastAPI(title="${{ values.name }}")
    registry = CollectorRegistry()
    requests = Counter("http_requests_total", "HTTP requests", ["method", "route", "status"], registry=registry)
    durations = Histogram("http_request_duration_seconds", "HTTP request duration", ["method", "route", "status"], registry=registry)

    @app.middleware("http")
    async def correlation(request: Request, call_next):
        request_id = request.headers.get("x-request-id") or str(uuid.uuid4())
        started = time.perf_counter()
        response = await call_next(request)
        response.headers["X-Request-ID"] = request_id
        route = getattr(request.scope.get("route"), "path", request.url.path)
        labels = (request.method, route, str(response.status_code))
        requests.labels(*labels).inc()
        durations.labels(*labels).observe(time.perf_counter() - started)
        log.info("request", extra={"fields": {"requestId": request_id, "method": request.method, "path": request.url.path, "status": response.status_code}})
        return response

    @app.get("/health/live")
    async def live():
        return {"status": "ok"}

    @app.get("/health/ready")
    async def ready():
        results = []
        for name, check in dependencies:
            try:
                await check()
                results.append({"name": name, "status": "ok"})
            except Exception as error:  # a failing dependency, whatever it raised
                results.append({"name": name, "status": "failing", "error": str(error)})
        is_ready = all(r["status"] == "ok" for r in results)
        return JSONResponse({"status": "ok" if is_ready else "failing", "dependencies": results}, status_code=200 if is_ready else 503)

    @app.get("/metrics")
    async def metrics():
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)

    return app


app = create_app(EnvConfigProvider())
