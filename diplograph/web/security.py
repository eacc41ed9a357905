"""What the server does to be safe to expose: limits, headers, binding warnings, URL checks.

* ``SecurityMiddleware``: a request body over ``max_body`` bytes is refused with 413 (by its
  ``Content-Length``, and by counting when it has none); each client address gets ``rate``
  requests per ``per`` seconds (a token bucket; 429 with ``Retry-After`` past that); every
  response carries a Content-Security-Policy and the usual anti-sniffing/framing headers.
* ``binding_warning(host, token)``: what ``diplograph serve`` says when it is reachable from
  other machines.
* ``check_url`` / ``fetch_url``: URL fetching (off unless the app is created with
  ``fetch_urls=True``) only over http(s), only to public addresses: never loopback,
  link-local, private, multicast, reserved or unspecified ones (SSRF). The address checked
  is the address connected to (no second DNS lookup), and every redirect is checked again.
"""

from __future__ import annotations

import http.client
import ipaddress
import math
import socket
import ssl
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import IngestError

MAX_BODY_BYTES = 64 * 1024  # an ingest request is a list of paths or URLs; queries have no body
RATE = 120  # requests per client address...
PER = 60.0  # ...per this many seconds (bursts up to RATE)
MAX_CLIENTS = 10_000  # buckets kept; the least recently seen are forgotten
MAX_FETCH_BYTES = 16 * 1024 * 1024
FETCH_TIMEOUT = 20.0
MAX_REDIRECTS = 3

CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
# /docs loads Swagger UI from a CDN and runs an inline script; it gets its own, looser policy.
DOCS_CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
            "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; img-src 'self' data: https:; "
            "object-src 'none'; frame-ancestors 'none'")
HEADERS = [(b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"DENY"),
           (b"referrer-policy", b"no-referrer"), (b"cross-origin-opener-policy", b"same-origin")]
LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1", "ip6-localhost"}
# The Host names a loopback server answers to unless told more (``--allowed-host``): a page on
# another site whose name resolves to 127.0.0.1 (DNS rebinding) sends its own name, refused.
DEFAULT_ALLOWED_HOSTS = ("localhost", "127.0.0.1", "[::1]")


def binding_warning(host: str, token: str | None) -> str | None:
    """The warning ``serve`` prints when ``host`` is reachable from other machines, else None."""
    if is_loopback_host(host):
        return None
    access = ("POST /api/ingest accepts requests bearing the token; use a long random one and TLS in front"
              if token else "the server is read-only (no token)")
    return (f"warning: listening on {host}, not on the loopback interface: anyone who can reach this "
            f"machine can read the whole store; {access}.")


def is_loopback_host(host: str) -> bool:
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# --- the middleware ---------------------------------------------------------------------------
class _Buckets:
    """Token buckets per client address, thread-safe, bounded in number."""

    def __init__(self, rate: int, per: float) -> None:
        self.rate, self.per = rate, per
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    def take(self, client: str) -> float:
        """0 when a request from ``client`` may go ahead, else the seconds until one may."""
        now = time.monotonic()
        refill = self.rate / self.per
        with self._lock:
            tokens, seen = self._buckets.pop(client, (float(self.rate), now))
            tokens = min(float(self.rate), tokens + (now - seen) * refill)
            wait = 0.0 if tokens >= 1 else (1 - tokens) / refill
            self._buckets[client] = (tokens - 1 if tokens >= 1 else tokens, now)
            while len(self._buckets) > MAX_CLIENTS:
                self._buckets.popitem(last=False)
        return wait


def host_name(host: str) -> str:
    """The name part of a Host header value (port dropped, lower case; IPv6 kept in brackets)."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[:host.find("]") + 1] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def allowed_host_names(extra: list[str] | tuple[str, ...] = ()) -> frozenset[str]:
    """The loopback names plus ``extra`` (bare IPv6 addresses are put in brackets)."""
    names = {host_name(h) for h in DEFAULT_ALLOWED_HOSTS}
    for name in extra:
        name = name.strip().lower()
        names.add(f"[{name}]" if name.count(":") > 1 and not name.startswith("[") else host_name(name))
    return frozenset(names)


class SecurityMiddleware:
    """Host allow-list, body-size and rate limits, and security headers, for every HTTP request (pure ASGI).

    ``allowed_hosts``: Host names answered (any port); any other Host gets 400 before the app
    sees the request, so no response (a redirect's ``Location`` included) is built from it.
    ``proxies``: addresses of reverse proxies whose ``X-Forwarded-For`` names the client; from
    any other address (loopback included) the header is ignored, so it cannot dodge the rate
    limit."""

    def __init__(self, app: ASGIApp, max_body: int = MAX_BODY_BYTES, rate: int = RATE, per: float = PER,
                 allowed_hosts: frozenset[str] | None = None, proxies: tuple[str, ...] = ()) -> None:
        self.app = app
        self.max_body = max_body
        self.buckets = _Buckets(rate, per) if rate > 0 else None
        self.allowed_hosts = allowed_hosts if allowed_hosts is not None else allowed_host_names()
        self.proxies = frozenset(proxies)

    def client_address(self, scope: Scope, headers: dict[bytes, bytes]) -> str:
        """The client's address: the peer's, or the one a configured proxy forwarded (its last hop)."""
        peer = (scope.get("client") or ("unknown", 0))[0]
        forwarded = headers.get(b"x-forwarded-for")
        if peer in self.proxies and forwarded:
            return forwarded.decode("latin-1").split(",")[-1].strip() or peer
        return peer

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        if host_name(headers.get(b"host", b"").decode("latin-1")) not in self.allowed_hosts:
            await _refuse(send, 400, "this server does not answer to that Host name "
                                     "(start it with --allowed-host NAME to add one)")
            return
        client = self.client_address(scope, headers)
        wait = self.buckets.take(client) if self.buckets else 0.0
        if wait:
            await _refuse(send, 429, "too many requests: slow down", [(b"retry-after", str(math.ceil(wait)).encode())])
            return
        declared = headers.get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body):
            await _refuse(send, 413, f"request body over {self.max_body} bytes")
            return
        if declared is None and scope.get("method") in ("POST", "PUT", "PATCH"):
            # a chunked body: read it (up to the limit) before the app sees it
            body = await _read_body(receive, self.max_body)
            if body is None:
                await _refuse(send, 413, f"request body over {self.max_body} bytes")
                return
            receive = _replay(body, receive)
        await self.app(scope, receive, self._with_headers(scope, send))

    def _with_headers(self, scope: Scope, send: Send) -> Send:
        policy = DOCS_CSP if scope.get("path", "").startswith(("/docs", "/redoc")) else CSP

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [h for h in message.get("headers", []) if h[0].lower() != b"content-security-policy"]
                message["headers"] = [*headers, (b"content-security-policy", policy.encode()), *HEADERS]
            await send(message)

        return sending


async def _read_body(receive: Receive, limit: int) -> bytes | None:
    """The whole request body, or None as soon as it is over ``limit`` bytes."""
    parts: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return b"".join(parts)
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        parts.append(chunk)
        if not message.get("more_body", False):
            return b"".join(parts)


def _replay(body: bytes, receive: Receive) -> Receive:
    """The body already read, then whatever the client sends next (its disconnect)."""
    sent = False

    async def replaying() -> Message:
        nonlocal sent
        if sent:
            return await receive()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replaying


async def _refuse(send: Send, status: int, detail: str, extra: list[tuple[bytes, bytes]] | None = None) -> None:
    import json

    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            *HEADERS, *(extra or [])]})
    await send({"type": "http.response.body", "body": body})


# --- URL fetching (SSRF) ----------------------------------------------------------------------
@dataclass(frozen=True)
class Target:
    scheme: str
    host: str
    port: int
    address: str  # the checked IP address connected to
    path: str


def public_address(address: str) -> bool:
    """Whether ``address`` is a global unicast address (not loopback, private, link-local, ...)."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_loopback or ip.is_link_local
                                 or ip.is_private or ip.is_unspecified)


def check_url(url: str) -> Target:
    """The checked ``Target`` of ``url``; ``IngestError`` for any scheme but http(s) or a non-public host."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise IngestError(url, "only http and https URLs are fetched")
    if parts.username or parts.password:
        raise IngestError(url, "URLs with credentials are not fetched")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        infos = socket.getaddrinfo(parts.hostname, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise IngestError(url, f"cannot resolve {parts.hostname}: {exc}") from exc
    addresses = [str(info[4][0]) for info in infos]
    refused = [a for a in addresses if not public_address(a)]
    if refused or not addresses:
        raise IngestError(url, f"{parts.hostname} resolves to a non-public address ({', '.join(refused)}); "
                               "loopback, private and link-local addresses are never fetched")
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return Target(parts.scheme, parts.hostname, port, addresses[0], path)


class _PinnedHTTP(http.client.HTTPConnection):
    def __init__(self, target: Target, timeout: float) -> None:
        super().__init__(target.host, target.port, timeout=timeout)
        self._address = target.address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPS(http.client.HTTPSConnection):
    def __init__(self, target: Target, timeout: float) -> None:
        super().__init__(target.host, target.port, timeout=timeout, context=ssl.create_default_context())
        self._address = target.address

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)  # type: ignore[attr-defined]


def fetch_url(url: str, max_bytes: int = MAX_FETCH_BYTES, timeout: float = FETCH_TIMEOUT) -> bytes:
    """The body at ``url`` (redirects followed and re-checked); ``IngestError`` for anything refused."""
    for _ in range(MAX_REDIRECTS + 1):
        target = check_url(url)
        kind = _PinnedHTTPS if target.scheme == "https" else _PinnedHTTP
        conn = kind(target, timeout)
        try:
            conn.request("GET", target.path, headers={"User-Agent": "diplograph", "Accept": "*/*"})
            response = conn.getresponse()
            if response.status in (301, 302, 303, 307, 308) and response.getheader("Location"):
                url = urljoin(url, response.getheader("Location", ""))
                continue
            if response.status != 200:
                raise IngestError(url, f"HTTP {response.status}")
            body = response.read(max_bytes + 1)
        except (OSError, http.client.HTTPException) as exc:
            raise IngestError(url, f"cannot fetch: {exc}") from exc
        finally:
            conn.close()
        if len(body) > max_bytes:
            raise IngestError(url, f"too large (over {max_bytes} bytes)")
        return body
    raise IngestError(url, f"more than {MAX_REDIRECTS} redirects")


__all__ = ["CSP", "DEFAULT_ALLOWED_HOSTS", "MAX_BODY_BYTES", "PER", "RATE", "SecurityMiddleware", "Target",
           "allowed_host_names", "binding_warning", "check_url", "fetch_url", "host_name", "is_loopback_host",
           "public_address"]
