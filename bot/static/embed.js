/*! faqbot embed.js: the stem cell therapy side-effects FAQ chat as a floating widget.
 *
 *   <script src="BASE/embed.js" defer></script>
 *
 * Options, as data- attributes on that script tag:
 *   data-position  "bottom-right" (default) or "bottom-left"
 *   data-title     the panel's heading and the launcher's accessible name
 *   data-accent    a CSS colour for the launcher and the panel header
 *   data-open      "true" opens the panel when the page loads
 *
 * The launcher and panel live in a Shadow DOM, so the page's CSS cannot reach them and theirs cannot
 * leak out; the chat itself is an iframe of BASE. Everything is inline (styles, SVG icons), so the only
 * request this script causes is the chat iframe, to BASE. window.faqbotWidget.open() / .close() /
 * .toggle() let the page open the chat from its own buttons.
 */
(function () {
  "use strict";

  var script = document.currentScript || (function () {
    var all = document.querySelectorAll('script[src*="embed.js"]');
    return all.length ? all[all.length - 1] : null;
  })();
  if (!script || !script.src || window.faqbotWidget) return;  // a second copy of the tag adds nothing

  var BASE = new URL(".", script.src).href;  // where the bot is served, with a trailing slash
  var api = window.faqbotWidget = { base: BASE, open: function () {}, close: function () {}, toggle: function () {} };
  var BASE_ORIGIN = new URL(BASE).origin;
  var DEFAULT_TITLE = "Stem cell therapy: side effects FAQ";
  var DEFAULT_ACCENT = "#0f766e";
  // The sites the bot lets show the chat in a frame (FAQBOT_EMBED_ORIGINS), filled in by the server; null: any site.
  var FRAME_ORIGINS = /*FRAME_ORIGINS*/null;
  var Z = "2147483647";  // the highest there is: a page that puts its own elements that high still paints below
  // the widget, which comes after them (on <html>, after <body>)

  function option(name) {
    var value = script.getAttribute("data-" + name);
    return value === null ? null : value.trim();
  }

  var position = option("position") === "bottom-left" ? "bottom-left" : "bottom-right";
  var title = option("title") || DEFAULT_TITLE;
  var accent = option("accent");
  if (!accent || !(window.CSS && CSS.supports && CSS.supports("color", accent))) accent = DEFAULT_ACCENT;
  var openOnLoad = option("open");
  openOnLoad = openOnLoad !== null && ["false", "0", "no", "off"].indexOf(openOnLoad.toLowerCase()) < 0;

  var STYLES = [
    // The host element: out of the page's layout, and immune to the page's rules (!important from inside
    // a shadow tree beats !important from the page).
    ":host{all:initial !important;display:contents !important}",
    ".root{all:initial;font:15px/1.4 system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;",
    "  color:#111827;-webkit-text-size-adjust:100%}",
    ".root *,.root *::before,.root *::after{box-sizing:border-box}",
    "button{font:inherit;margin:0;cursor:pointer;-webkit-appearance:none;appearance:none}",
    "svg{display:block;pointer-events:none}",
    ".launcher{position:fixed;bottom:20px;z-index:" + Z + ";width:56px;height:56px;padding:0;border:0;",
    "  border-radius:50%;background:var(--faqbot-accent);color:var(--faqbot-on-accent);display:flex;",
    "  align-items:center;justify-content:center;box-shadow:0 4px 14px rgba(0,0,0,.28)}",
    ".launcher:hover{filter:brightness(1.08)}",
    ".launcher:focus-visible,.close:focus-visible{outline:3px solid var(--faqbot-accent);outline-offset:3px}",
    ".close:focus-visible{outline-color:var(--faqbot-on-accent);outline-offset:-4px}",
    ".right .launcher{right:20px}.left .launcher{left:20px}",
    ".panel{position:fixed;bottom:88px;z-index:" + Z + ";width:400px;max-width:calc(100vw - 32px);",
    "  height:680px;max-height:calc(100vh - 108px);display:flex;flex-direction:column;overflow:hidden;",
    "  background:#fff;border-radius:12px;box-shadow:0 12px 40px rgba(0,0,0,.3);border:1px solid rgba(0,0,0,.12)}",
    ".panel[hidden]{display:none}",
    ".right .panel{right:16px}.left .panel{left:16px}",
    ".header{flex:none;display:flex;align-items:center;gap:8px;min-height:48px;padding:4px 4px 4px 16px;",
    "  background:var(--faqbot-accent);color:var(--faqbot-on-accent)}",
    ".title{flex:1;min-width:0;margin:0;font-size:16px;font-weight:600;line-height:1.25;",
    "  overflow:hidden;text-overflow:ellipsis;white-space:nowrap;color:inherit}",
    ".close{flex:none;width:44px;height:44px;padding:0;border:0;border-radius:8px;background:transparent;",
    "  color:inherit;display:flex;align-items:center;justify-content:center}",
    ".close:hover{background:rgba(127,127,127,.25)}",
    ".frame{flex:1;display:block;width:100%;min-height:0;border:0;margin:0;background:#fff}",
    ".refused{flex:1;margin:0;padding:20px 16px;font-size:15px;line-height:1.5;color:#111827;background:#fff}",
    ".refused a{color:#0b5cad;text-decoration:underline}",
    ".sentinel{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}",
    // Phones and short windows: the panel takes the whole screen and covers the launcher.
    "@media (max-width:520px),(max-height:560px){",
    "  .panel,.right .panel,.left .panel{top:0;right:0;bottom:0;left:0;width:auto;height:auto;max-width:none;",
    "    max-height:none;border-radius:0;border:0}",
    "  .open .launcher{display:none}}",
    "@media (prefers-reduced-motion:no-preference){.launcher{transition:transform .15s}",
    "  .launcher:active{transform:scale(.94)}}",
    "@media (forced-colors:active){.launcher,.panel{border:2px solid CanvasText}}"
  ].join("\n");

  var ICON_CHAT = '<svg width="28" height="28" viewBox="0 0 24 24" aria-hidden="true" focusable="false">' +
    '<path fill="currentColor" d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 6.5' +
    'a1.5 1.5 0 1 0 0 .01zm5 0a1.5 1.5 0 1 0 0 .01zm5 0a1.5 1.5 0 1 0 0 .01z"/></svg>';
  var ICON_CLOSE = '<svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" focusable="false">' +
    '<path fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" d="M6 6l12 12M18 6L6 18"/></svg>';

  function el(tag, attrs) {
    var node = document.createElement(tag);
    for (var name in attrs) if (Object.prototype.hasOwnProperty.call(attrs, name)) node.setAttribute(name, attrs[name]);
    return node;
  }

  // Black or white, whichever reads better on the accent colour (WCAG relative luminance).
  function onAccent(probe) {
    var rgb = (getComputedStyle(probe).backgroundColor.match(/[\d.]+/g) || ["15", "118", "110"]).slice(0, 3);
    var lum = rgb.map(function (v) {
      v = Number(v) / 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    var l = 0.2126 * lum[0] + 0.7152 * lum[1] + 0.0722 * lum[2];
    return (1.05 / (l + 0.05)) >= ((l + 0.05) / 0.05) ? "#ffffff" : "#111827";
  }

  function build() {
    var host = el("faqbot-widget", { id: "faqbot-widget" });
    var shadow = host.attachShadow({ mode: "open" });
    if (shadow.adoptedStyleSheets !== undefined && window.CSSStyleSheet && "replaceSync" in CSSStyleSheet.prototype) {
      var sheet = new CSSStyleSheet();  // not subject to the page's CSP style-src, unlike a <style> element
      sheet.replaceSync(STYLES);
      shadow.adoptedStyleSheets = [sheet];
    } else {
      var style = document.createElement("style");
      style.textContent = STYLES;
      shadow.appendChild(style);
    }

    var root = el("div", { "class": "root " + (position === "bottom-left" ? "left" : "right") });
    root.style.setProperty("--faqbot-accent", accent);

    var panel = el("div", {
      "class": "panel", id: "faqbot-panel", role: "dialog", "aria-modal": "true",
      "aria-labelledby": "faqbot-title", hidden: ""
    });
    var first = el("span", { "class": "sentinel", tabindex: "0" });
    var last = el("span", { "class": "sentinel", tabindex: "0" });
    var header = el("div", { "class": "header" });
    var heading = el("h2", { "class": "title", id: "faqbot-title" });
    heading.textContent = title;
    var close = el("button", { type: "button", "class": "close", id: "faqbot-close", "aria-label": "Close chat" });
    close.innerHTML = ICON_CLOSE;
    var frame = el("iframe", {
      id: "faqbot-frame", "class": "frame", title: title + " (chat)",
      allow: "clipboard-write", referrerpolicy: "strict-origin-when-cross-origin"
    });
    header.appendChild(heading);
    header.appendChild(close);
    panel.appendChild(first);
    panel.appendChild(header);
    panel.appendChild(last);  // the chat's frame goes before this on first opening

    var launcher = el("button", {
      type: "button", "class": "launcher", id: "faqbot-launcher", "aria-haspopup": "dialog",
      "aria-expanded": "false", "aria-controls": "faqbot-panel", "aria-label": "Open chat: " + title
    });
    launcher.innerHTML = ICON_CHAT;

    root.appendChild(panel);
    root.appendChild(launcher);
    shadow.appendChild(root);
    // On <html>, after <body>: a page that transforms or filters its body (page-transition and smooth-scroll
    // libraries) makes "fixed" relative to the body, and the launcher sat at the foot of a long page (eighth trial).
    document.documentElement.appendChild(host);
    root.style.setProperty("--faqbot-on-accent", onAccent(launcher));

    var loaded = false;

    function isOpen() { return !panel.hidden; }

    // Into the chat, and the chat page (when it has loaded) puts the cursor in its question box.
    function focusChat() {
      frame.focus();
      if (frame.contentWindow) frame.contentWindow.postMessage({ faqbot: "focus" }, BASE_ORIGIN);
    }

    frame.addEventListener("load", function () {
      loaded = true;
      if (isOpen() && shadow.activeElement === close) focusChat();
    });

    // A site the bot does not let frame the chat: the browser would show an empty, broken frame (eighth outside
    // trial). Say so instead, with a link that opens the chat in a tab of its own.
    var refusedHere = FRAME_ORIGINS !== null && location.origin !== BASE_ORIGIN &&
      FRAME_ORIGINS.indexOf(location.origin) < 0;
    var notice = null;
    if (refusedHere) {
      notice = el("p", { "class": "refused", tabindex: "-1", id: "faqbot-refused" });
      notice.appendChild(document.createTextNode("The chat can't be shown on this page: this site is not on the " +
        "list of sites the chat allows. "));
      var away = el("a", { href: BASE, target: "_blank", rel: "noopener" });
      away.textContent = "Open the chat in a new tab";
      notice.appendChild(away);
      notice.appendChild(document.createTextNode("."));
    }

    function open(moveFocus) {
      if (refusedHere) {
        if (!notice.isConnected) {
          panel.insertBefore(notice, last);
          if (window.console) console.warn("faqbot widget: " + location.origin + " is not in FAQBOT_EMBED_ORIGINS of " + BASE);
        }
      } else if (!frame.isConnected) {  // load the chat on first use only
        frame.setAttribute("src", BASE);
        panel.insertBefore(frame, last);
      }
      panel.hidden = false;
      root.classList.add("open");
      launcher.setAttribute("aria-expanded", "true");
      launcher.setAttribute("aria-label", "Close chat: " + title);
      if (moveFocus === false) return;
      if (refusedHere) { notice.focus(); return; }
      // Until the chat has loaded, focus waits on the close button (where Escape works too).
      if (loaded) focusChat(); else close.focus();
    }

    function shut() {
      if (!isOpen()) return;
      var focusWasInside = shadow.activeElement !== null && shadow.activeElement !== launcher;
      panel.hidden = true;
      root.classList.remove("open");
      launcher.setAttribute("aria-expanded", "false");
      launcher.setAttribute("aria-label", "Open chat: " + title);
      if (focusWasInside || document.activeElement === document.body || document.activeElement === null) launcher.focus();
    }

    launcher.addEventListener("click", function () { if (isOpen()) shut(); else open(); });
    close.addEventListener("click", shut);
    // Keep Tab inside the open dialog: stepping off either end wraps around.
    first.addEventListener("focus", function () { (refusedHere ? away : frame).focus(); });
    last.addEventListener("focus", function () { close.focus(); });
    // Escape closes the panel when focus is in the widget (or nowhere), never while the page's own
    // controls have it.
    document.addEventListener("keydown", function (event) {
      if ((event.key !== "Escape" && event.key !== "Esc") || !isOpen()) return;
      var active = document.activeElement;
      if (active === host || active === document.body || active === null) shut();
    }, true);
    // The chat page asks to be closed when Escape is pressed inside it; only the chat page itself may.
    window.addEventListener("message", function (event) {
      if (event.origin === BASE_ORIGIN && event.source === frame.contentWindow &&
          event.data && event.data.faqbot === "close") shut();
    });

    api.open = function () { open(); };
    api.close = shut;
    api.toggle = function () { if (isOpen()) shut(); else open(); };
    if (openOnLoad) open(false);
  }

  if (document.body) build();
  else document.addEventListener("DOMContentLoaded", build);
})();
