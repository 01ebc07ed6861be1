"""Where configuration and secrets come from.

Locally the environment and `.env`; in the cluster swap in a secret-manager provider. Nothing else
in the service reads os.environ.
"""
import os
import re
from pathlib import Path
from typing import Mapping, Optional, Protocol


class ConfigProvider(Protocol):
    def get(self, key: str) -> Optional[str]: ...

    def require(self, key: str) -> str: ...


class EnvConfigProvider:
    def __init__(self, env: Optional[Mapping[str, str]] = None, dotenv: str = ".env") -> None:
        from_file: dict[str, str] = {}
        path = Path(dotenv)
        if path.exists():
            for line in path.read_text().splitlines():
                match = re.match(r"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$", line)
                if match:
                    from_file[match.group(1)] = match.group(2).strip('"')
        # The real environment wins over the file.
        self._values = {**from_file, **(os.environ if env is None else env)}

    def get(self, key: str) -> Optional[str]:
        return self._values.get(key)

    def require(self, key: str) -> str:
        value = self.get(key)
        if not value:
            raise KeyError(f"Configuration {key} is not set")
        return value
