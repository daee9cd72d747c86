"""URL normalisation, so that one page is fetched once, and the site/host keys the crawler uses.

Normal form: http(s) only; scheme and host lower-cased; default port, fragment, empty query and
tracking parameters (``utm_*``, ``fbclid``, ...) removed; remaining query parameters sorted; an
empty path becomes ``/``.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, quote, urlencode, urljoin, urlsplit, urlunsplit

__all__ = ["host_key", "normalize_url", "same_site", "site_of"]

_TRACKING = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "ref_src"}
)
_PATH_SAFE = "/%:@!$&'()*+,;=-._~"
_DEFAULT_PORTS = {"http": 80, "https": 443}


def normalize_url(url: str, *, base: str | None = None) -> str | None:
    """The normal form of ``url`` (resolved against ``base``), or None if it is not http(s)."""
    url = url.strip()
    if base:
        try:
            url = urljoin(base, url)
        except ValueError:
            return None
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    if scheme not in _DEFAULT_PORTS or not host:
        return None
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not key.lower().startswith("utm_") and key.lower() not in _TRACKING
    ]
    path = (
        urlsplit(urljoin(f"{scheme}://{netloc}/", parts.path or "/")).path
        if "." in parts.path
        else parts.path
    )
    path = quote(path, safe=_PATH_SAFE)  # spaces and other unsafe bytes, existing escapes kept
    return urlunsplit((scheme, netloc, path or "/", urlencode(sorted(query)), ""))


def host_key(url: str) -> str:
    """``scheme://host[:port]``: the unit of robots.txt and of rate limiting."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def site_of(url: str) -> str:
    """The host without a leading ``www.``: pages of one site share it."""
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def same_site(url: str, site: str) -> bool:
    """Whether ``url`` is on ``site`` or one of its subdomains."""
    host = site_of(url)
    return host == site or host.endswith("." + site)
