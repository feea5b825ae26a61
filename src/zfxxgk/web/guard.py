"""Who may send what: the access token (required when the server is reachable from other machines) and
the CSRF check on every request that changes something (a token in a cookie echoed by the form or
header, and a same-origin check)."""

from __future__ import annotations

import secrets
from hmac import compare_digest
from urllib.parse import urlsplit

from fastapi import HTTPException, Request

CSRF_COOKIE = "zfxxgk_csrf"
CSRF_FIELD = "csrf"  # the form field
CSRF_HEADER = "x-csrf-token"  # the header a script sends instead
TOKEN_COOKIE = "zfxxgk_token"
OPEN_PATHS = ("/login", "/static/")  # reachable without the access token

# on every response: no script but the package's own, no framing, no guessing of content types
HEADERS = {
    "Content-Security-Policy": "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}

CSRF_MESSAGE = "表单已失效或缺少防伪校验码（CSRF），请刷新页面后重试。"
ORIGIN_MESSAGE = "请求来自其他网站（来源与本站不符），已拒绝。"
TOKEN_MESSAGE = "需要访问令牌：请先在登录页输入令牌，或在请求头 Authorization: Bearer 中给出。"


def new_secret() -> str:
    return secrets.token_urlsafe(24)


def same(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    return compare_digest(a.encode(), b.encode())


def has_token(request: Request, token: str) -> bool:
    """Whether the request carries the access token, in its cookie or as a bearer token."""
    auth = request.headers.get("authorization", "")
    bearer = auth[7:] if auth.lower().startswith("bearer ") else None
    return same(request.cookies.get(TOKEN_COOKIE), token) or same(bearer, token)


def is_open(path: str) -> bool:
    return path == OPEN_PATHS[0] or path.startswith(OPEN_PATHS[1])


def check_csrf(request: Request, field: str | None = None) -> None:
    """Refuse (403) a changing request from another origin, or whose CSRF token (form `field` or the
    header) does not match its cookie."""
    origin = request.headers.get("origin")
    if origin and urlsplit(origin).netloc != request.headers.get("host"):
        raise HTTPException(403, ORIGIN_MESSAGE)
    sent = request.headers.get(CSRF_HEADER) or field
    if not same(request.cookies.get(CSRF_COOKIE), sent):
        raise HTTPException(403, CSRF_MESSAGE)
