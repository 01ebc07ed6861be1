from fastapi.testclient import TestClient

from app.config import EnvConfigProvider
from app.main import create_app


def test_health_request_id_and_metrics():
    client = TestClient(create_app(EnvConfigProvider({})))
    live = client.get("/health/live", headers={"X-Request-ID": "abc-123"})
    assert live.status_code == 200
    assert live.headers["x-request-id"] == "abc-123"
    assert client.get("/health/ready").status_code == 200
    assert 'http_requests_total{method="GET",route="/health/live",status="200"} 1.0' in client.get("/metrics").text


def test_not_ready_while_a_dependency_fails():
    async def database():
        raise ConnectionError("connection refused")

    client = TestClient(create_app(EnvConfigProvider({}), [("database", database)]))
    ready = client.get("/health/ready")
    assert ready.status_code == 503
    assert ready.json()["dependencies"] == [{"name": "database", "status": "failing", "error": "connection refused"}]
