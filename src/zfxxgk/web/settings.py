"""What a running web app is configured with: its database, where uploaded files are kept, its limits
and its access token."""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass
from pathlib import Path

TOKEN_ENV = "ZFXXGK_TOKEN"


@dataclass(frozen=True)
class Settings:
    db: Path
    token: str | None = None  # required of every request when set
    max_upload_bytes: int = 64 * 1024 * 1024  # one upload, all its files together
    max_files: int = 20  # files in one upload
    max_members: int = 500  # reports in one .zip

    @property
    def files(self) -> Path:
        """The folder beside the database that keeps each uploaded report's bytes, named by their hash."""
        return self.db.resolve().with_name(self.db.name + ".files")


def is_loopback(host: str) -> bool:
    """Whether `host` is reachable only from this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def token_for(host: str, given: str | None) -> str | None:
    """The token the server requires: `given`, else the environment's; None on loopback without one.
    Raises ValueError (in Chinese) when bound to another address without a token."""
    token = given or os.environ.get(TOKEN_ENV) or None
    if token is None and not is_loopback(host):
        raise ValueError(f"绑定到 {host} 时其他机器也能访问，必须设置访问令牌：--token 令牌，或环境变量 {TOKEN_ENV}。")
    return token
