"""Put the chat on other sites: the floating widget, the inline forms, the /embed page, and who may embed.

Routes (all served by the bot itself, nothing from a CDN):

- ``/embed.js``: one script tag adds a floating launcher that opens the chat in a panel.
- ``/iframeResizer.min.js``: iframe-resizer v4's parent script, so an inline ``<iframe>`` grows with the chat.
- ``/gradio.js``: a stable name for Gradio's web-component bundle, whose file name changes every release.
- ``/embed``: the three snippets with this server's address filled in, and a live preview of the widget.

The chat page itself (GET /) gets FRAME_SCRIPT, its side of the widget: Escape inside the chat closes the panel.

``FAQBOT_EMBED_ORIGINS`` (``Settings.embed_origins``) decides which sites may frame the chat (CSP
``frame-ancestors``) and call it from a browser (CORS). Empty means any site.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from string import Template
from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, Response
from starlette.middleware.cors import CORSMiddleware

from bot.errors import FaqbotError
from bot.settings import Settings

STATIC = Path(__file__).resolve().parent / "static"
ANY_ORIGIN = "*"
# Everything the chat page uses comes from the bot itself. Gradio's page inlines its config and the chat's own
# script per request, with no nonce support of its own: every HTML page gets a fresh nonce on each of its <script>
# tags instead (bot/server.py's SecurityHeaders, ``page_policy``), so a script injected into a page cannot run. Its
# styles stay inline (Svelte sets style attributes); no event of ours runs client-side js=, so no eval.
SCRIPTS = "script-src 'self'"
BASE_CSP = (
    f"default-src 'self'; {SCRIPTS}; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; media-src 'self'; "
    "worker-src 'self' blob:; frame-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'"
)
CORS_METHODS = ("GET", "HEAD", "POST")
TITLE = "Stem cell therapy: side effects FAQ"  # the chat page's title (bot/chat.py) and its link preview

# Gradio's page carries its own link-preview tags ("Gradio", "Click to try out the app!") before the app's: a link to
# the chat shared in a messenger previewed as Gradio's (ninth outside trial). They are replaced by the chat's own.
_GRADIO_META = re.compile(rb'<meta (?:property="og:[a-z:]+"|name="twitter:[a-z:]+") content="[^"]*"\s*/?>\s*')
_HEAD = re.compile(rb"<head[^>]*>", re.IGNORECASE)
OWN_META = (
    f'<meta property="og:title" content="{TITLE}" />'
    '<meta property="og:type" content="website" />'
    '<meta property="og:description" content="Quotes an article on the risks and side effects of stem cell therapy, '
    'with its sections. Not medical advice." />'
    '<meta name="description" content="Quotes an article on the risks and side effects of stem cell therapy, with its '
    'sections. Not medical advice." />'
).encode()


def own_meta(page: bytes) -> bytes:
    """The chat page with the chat's own link-preview tags instead of Gradio's; any other page as it is."""
    if b"Click to try out the app!" not in page:
        return page
    stripped = _GRADIO_META.sub(b"", page)
    head = _HEAD.search(stripped)
    return stripped[: head.end()] + OWN_META + stripped[head.end() :] if head else stripped


JS = "text/javascript; charset=utf-8"

_HOST = re.compile(r"(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?")
_DEFAULT_PORTS = {"http": 80, "https": 443}


# --- who may embed ---------------------------------------------------------------------------------


def allowed_origins(origins: Iterable[str]) -> tuple[str, ...] | None:
    """The origins allowed to embed, normalised (lower case, default port dropped); None means any site.

    Raises FaqbotError for an entry that is not ``scheme://host[:port]``, so a typo in
    ``FAQBOT_EMBED_ORIGINS`` stops the server with a message instead of silently refusing every site.
    """
    result: list[str] = []
    for raw in origins:
        entry = raw.strip().rstrip("/")
        if not entry:
            continue
        if entry == ANY_ORIGIN:
            return None
        parts = urlsplit(entry)
        try:
            port = parts.port
        except ValueError:
            port = -1
        if (
            parts.scheme not in _DEFAULT_PORTS
            or not parts.hostname
            or parts.path
            or parts.query
            or parts.fragment
            or parts.username is not None
            or port == -1
            or not _HOST.fullmatch(parts.netloc)
        ):
            raise FaqbotError(
                f"FAQBOT_EMBED_ORIGINS: {raw.strip()!r} is not an origin; write scheme://host[:port], "
                "e.g. https://www.example.org, and separate several with commas (or * for any site)."
            )
        host = parts.hostname.lower()
        if ":" in host:  # IPv6 literal
            host = f"[{host}]"
        keep_port = port is not None and port != _DEFAULT_PORTS[parts.scheme]
        origin = f"{parts.scheme}://{host}" + (f":{port}" if keep_port else "")
        if origin not in result:
            result.append(origin)
    return tuple(result) or None


def content_security_policy(settings: Settings) -> str:
    """The CSP for every response: only the bot's own scripts, styles, fonts and frames; framing as configured.

    With no allowed origins configured (or ``*``) the policy says nothing about framing, so the floating widget
    works on any page (``frame-ancestors *`` would still refuse sandboxed and file:// pages).
    """
    origins = allowed_origins(settings.embed_origins)
    if origins is None:
        return BASE_CSP
    return f"{BASE_CSP}; frame-ancestors 'self' {' '.join(origins)}"


def page_policy(csp: str, nonce: str) -> str:
    """The policy of one HTML page: its scripts carry ``nonce``; the scripts they load themselves (Gradio's chunks,
    the head scripts it rebuilds from their text) run by 'strict-dynamic'; no other inline script runs."""
    return csp.replace(SCRIPTS, f"{SCRIPTS} 'nonce-{nonce}' 'strict-dynamic'", 1)


def cors_origins(settings: Settings) -> list[str]:
    """Sites whose pages may call the bot from the browser (API, web component): none unless configured.

    A browser on another site needs this only for the web component and for calling the API from a page;
    the widget and the iframe load the chat as the bot's own page. ``*`` allows every site, and only when the
    operator writes it.
    """
    entries = [e.strip() for e in settings.embed_origins if e.strip()]
    if not entries:
        return []
    origins = allowed_origins(entries)
    return [ANY_ORIGIN] if origins is None else list(origins)


def install_embed_policy(app: FastAPI, settings: Settings) -> None:
    """Answer cross-origin browser requests (API, Gradio, web component) only for the allowed sites.

    Starlette's CORSMiddleware on the parent app also makes Gradio (6.25+) skip its own CORS handling, so
    this one policy covers /api/ask and the mounted chat alike (with no sites configured it allows none).
    Call before the app starts.
    """
    app.add_middleware(
        CORSMiddleware,
        allow_origins=cors_origins(settings),
        allow_methods=list(CORS_METHODS),
        allow_headers=["*"],
        allow_credentials=False,  # the chat needs no cookies; Gradio's client sends none cross-origin
        max_age=600,
    )


# --- where the bot is ------------------------------------------------------------------------------


def _first(value: str | None) -> str:
    return value.split(",")[0].strip() if value else ""


def public_base(request: Request) -> str:
    """The bot's public address with a trailing slash, as the browser reaches it.

    Honours ``X-Forwarded-Proto`` / ``X-Forwarded-Host`` from a reverse proxy, and the ASGI root path.
    Anything malformed in those headers falls back to the address the request arrived on.
    """
    scheme = _first(request.headers.get("x-forwarded-proto")).lower() or request.url.scheme
    host = _first(request.headers.get("x-forwarded-host")) or request.headers.get("host", "")
    if scheme not in _DEFAULT_PORTS or not _HOST.fullmatch(host):
        scheme, host = request.url.scheme, request.url.netloc
    prefix = str(request.scope.get("root_path", "")).rstrip("/")
    return f"{scheme}://{host}{prefix}/"


# --- snippets and files ----------------------------------------------------------------------------


def snippets(base: str) -> dict[str, str]:
    """The three ways to put the chat on a page, for a bot served at ``base`` (ending in a slash)."""
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(base))
    return {
        "widget": f'<script src="{base}embed.js" defer></script>',
        "iframe": (
            f'<iframe id="faqbot-inline" src="{base}" title="Side effects FAQ chat"\n'
            '        style="border:0;width:100%;min-height:560px" allow="clipboard-write"></iframe>\n'
            f'<script src="{base}iframeResizer.min.js"></script>\n'
            f'<script>iFrameResize({{ checkOrigin: ["{origin}"] }}, "#faqbot-inline");</script>'
        ),
        "component": (f'<script type="module" src="{base}gradio.js"></script>\n<gradio-app src="{base}"></gradio-app>'),
    }


@lru_cache(maxsize=1)
def gradio_bundle() -> str:
    """File name of the installed Gradio's web-component bundle under ``/assets/`` (changes per release).

    Found from where Gradio is installed, without importing it (the server answers before Gradio is imported).
    """
    from importlib.util import find_spec

    spec = find_spec("gradio")
    if spec is None or not spec.submodule_search_locations:
        raise FaqbotError("Gradio is not installed; run `make install`.")
    frontend = Path(list(spec.submodule_search_locations)[0]).resolve() / "templates" / "frontend"
    for path, pattern in (
        (frontend / "gradio.js", r"""import\(\s*["']\./assets/([\w.-]+\.js)["']\s*\)"""),
        (frontend / "index.html", r"""<script type="module"[^>]*\ssrc="\./assets/([\w.-]+\.js)\""""),
    ):
        if path.is_file():
            found = re.search(pattern, path.read_text(encoding="utf-8"))
            if found and (frontend / "assets" / found.group(1)).is_file():
                return found.group(1)
    raise FaqbotError(f"Cannot find Gradio's web-component bundle in {frontend}; reinstall gradio.")


def gradio_shim(bundle: str) -> str:
    """The /gradio.js module: imports Gradio's bundle (relative to itself, so any BASE works).

    Gradio's stylesheet also resets the host page's ``body`` margin (``body{margin:0}``); the shim puts back
    the margin the page had, so the page around the chat keeps its layout.
    """
    return (
        "// <gradio-app> web component, served by the FAQ bot itself (no CDN).\n"
        "const body = document.body;\n"
        "const pageMargin = body ? getComputedStyle(body).margin : '';\n"
        "if (body && !body.style.margin) {\n"
        "  const ours = new URL('./', import.meta.url).href;\n"
        "  document.addEventListener('load', (event) => {\n"
        "    const link = event.target;\n"
        "    if (link instanceof HTMLLinkElement && link.href.startsWith(ours)\n"
        "        && getComputedStyle(body).margin !== pageMargin) body.style.margin = pageMargin;\n"
        "  }, true);\n"
        "}\n"
        f'import("./assets/{bundle}");\n'
    )


def _static(name: str) -> str:
    return (STATIC / name).read_text(encoding="utf-8")


def embed_page(base: str, settings: Settings) -> str:
    """The /embed page: copyable snippets with ``base`` filled in, the settings, and the live widget."""
    origins = allowed_origins(settings.embed_origins)
    cors = cors_origins(settings)
    who = (
        (
            "Any site may embed the chat with the floating widget or the iframe; "
            + (
                "any site may also use the web component and call the API (<code>FAQBOT_EMBED_ORIGINS=*</code>)."
                if cors
                else "the web component and calls to the API from other sites need "
                "<code>FAQBOT_EMBED_ORIGINS</code> (the sites' origins, or <code>*</code>)."
            )
        )
        if origins is None
        else "Only these sites may embed the chat: "
        + ", ".join(f"<code>{html.escape(o)}</code>" for o in origins)
        + " (<code>FAQBOT_EMBED_ORIGINS</code>)."
    )
    code = {name: html.escape(text) for name, text in snippets(base).items()}
    return Template(_static("embed.html")).substitute(
        base=html.escape(base),
        who=who,
        widget=code["widget"],
        iframe=code["iframe"],
        component=code["component"],
    )


# --- the chat page's side of the widget ------------------------------------------------------------

# Added to the chat page's <head>. Inside the widget's iframe, Escape asks the widget to close (key presses in
# a cross-origin frame never reach the host page), and the widget's "focus" message puts the cursor in the
# question box. Outside a frame it does nothing.
FRAME_SCRIPT = """<script>(function () {
  if (window.parent === window) return;
  window.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && !event.defaultPrevented) window.parent.postMessage({ faqbot: "close" }, "*");
  });
  window.addEventListener("message", function (event) {
    if (event.source !== window.parent || !event.data || event.data.faqbot !== "focus") return;
    var tries = 0;
    (function focusBox() {
      var box = document.querySelector("[data-testid=textbox]");
      if (box) box.focus(); else if (tries++ < 100) setTimeout(focusBox, 100);
    })();
  });
})();</script>"""


# --- routes ----------------------------------------------------------------------------------------


def add_widget_routes(app: FastAPI, settings: Settings) -> None:
    """Register /embed.js, /iframeResizer.min.js, /gradio.js and /embed. Call before mounting Gradio at /;
    the chat page's side of the widget (FRAME_SCRIPT) goes into the mount's ``head``."""
    # The sites that may frame the chat, as the CSP's frame-ancestors says (null: any), so that the widget on any
    # other site says so instead of opening an empty frame.
    origins = allowed_origins(settings.embed_origins)
    frame_origins = "null" if origins is None else json.dumps(list(origins))
    embed_js = _static("embed.js").replace("/*FRAME_ORIGINS*/null", frame_origins, 1)
    resizer_js = _static("iframeResizer.min.js")
    shim_js = gradio_shim(gradio_bundle())

    @app.api_route("/embed.js", methods=["GET", "HEAD"], include_in_schema=False)
    def embed_script() -> Response:
        return Response(embed_js, media_type=JS, headers={"Cache-Control": "public, max-age=600"})

    @app.api_route("/iframeResizer.min.js", methods=["GET", "HEAD"], include_in_schema=False)
    def resizer_script() -> Response:
        return Response(resizer_js, media_type=JS, headers={"Cache-Control": "public, max-age=86400"})

    @app.api_route("/gradio.js", methods=["GET", "HEAD"], include_in_schema=False)
    def gradio_script() -> Response:
        # no-cache: the bundle it points at is renamed by every Gradio upgrade
        return Response(shim_js, media_type=JS, headers={"Cache-Control": "no-cache"})

    @app.api_route("/embed", methods=["GET", "HEAD"], include_in_schema=False)
    def embed(request: Request) -> HTMLResponse:
        # private to caches (bot/server.py's SecurityHeaders): the snippets name the address the request was sent to
        return HTMLResponse(embed_page(public_base(request), settings))
