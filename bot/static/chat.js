// The chat page's own behaviour (added to <head> by bot/server.py; runs in the page, the widget and iframes).
// It is a head script, not an event's js=: the page's CSP allows inline scripts but not eval.
// 1. A new reply is read from its start: the chat log scrolls so the reply's first line is at the top
//    (Gradio's autoscroll is off; it would show the end of a long reply, hiding an emergency alert above it).
//    In a frame, the host page is scrolled too when it hides the reply's start (showInHost).
// 2. An urgent reply (its alert heading) is announced to screen readers through a live region (role="alert"),
//    which the next reply empties unless it is an alert too.
// 3. Accessibility fixes Gradio has no option for: the example questions are a labelled group (not a list of
//    buttons), the send button has a name, and focus goes back to the question box after every reply.
// 4. Questions to ask with one click ("You could also ask", "Did you mean"): links to "#ask=<question>"
//    (bot/render.py) become buttons that put the question in the box and send it, by mouse or keyboard.
// 5. Bold text in one face: "FAQ Sans" (Source Sans Pro Regular and Bold from the app's own static/fonts).
// 6. The footer's link to the JSON API's page points at the bot's own /api/docs.
// 7. The cursor starts in the question box; in a frame, only once the frame has the focus.
(function () {
  var ASK = "#ask=";
  var seen = 0;
  var announcer = null;
  var lastAsk = 0;  // when the reader last sent a question from this page (Enter, send, example, suggestion)

  function liveRegion() {
    if (announcer && document.body.contains(announcer)) return announcer;
    announcer = document.createElement("div");
    announcer.id = "faqbot-announcer";
    announcer.setAttribute("role", "alert");
    announcer.setAttribute("aria-live", "assertive");
    announcer.style.cssText = "position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;" +
      "clip:rect(0 0 0 0);white-space:nowrap;border:0";
    document.body.appendChild(announcer);
    return announcer;
  }

  function questionBox() {
    return document.querySelector("#question textarea, #question [data-testid=textbox]");
  }

  // How far down the screen the notice covers when it sticks to the top (0 when it does not stick there).
  function stuckNoticeBottom() {
    var notice = document.getElementById("notice");
    if (!notice || window.getComputedStyle(notice).position !== "sticky") return 0;
    return Math.max(0, notice.getBoundingClientRect().height);
  }

  function alignToStart(reply) {
    var scroller = reply.closest(".bubble-wrap, .panel-wrap");
    if (scroller) scroller.scrollTop += reply.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
    // The page itself (a phone, an iframe) scrolls too, so that the reply starts below the notice where the notice
    // sticks to the top: on a phone held sideways it covered the alert's heading and its first line (eighth trial).
    var rect = reply.getBoundingClientRect();
    var covered = stuckNoticeBottom();
    if (rect.top < covered || rect.top > window.innerHeight - 40) window.scrollBy(0, rect.top - covered - 4);
    showInHost(reply);
  }

  // In a frame (an inline iframe, the widget's panel) the host page may have scrolled the frame partly out of
  // view: a phone scrolls the page to bring the question box up, taking the notice and the reply's start above
  // the screen. The frame's own viewport can't tell; an IntersectionObserver measures against the screen, across
  // origins too. When the reply's first line is not wholly on screen, the host scrolls to the frame's top (the
  // notice), and the chat log (aligned above) shows the reply's start right under it; when the reply starts too
  // far down the frame for both to fit on the screen (a tall frame on a desktop page), to the reply's start. A
  // reply already on screen moves nothing, even with the notice scrolled away (every reply ends with it).
  function showInHost(reply) {
    if (window.self === window.top || !window.IntersectionObserver) return;
    var first = reply.querySelector("h4, h5, p") || reply;
    var observer = new IntersectionObserver(function (entries) {
      observer.disconnect();
      var entry = entries[entries.length - 1];
      if (entry.intersectionRatio >= 0.99) return;
      var fromTop = first.getBoundingClientRect().top + (window.scrollY || 0);
      var screenHeight = (window.screen && window.screen.availHeight) || 0;
      if (fromTop + 120 <= screenHeight * 0.8) document.documentElement.scrollIntoView({ block: "start" });
      else first.scrollIntoView({ block: "start" });
    }, { threshold: [0, 0.99] });
    observer.observe(first);
  }

  function announce(reply) {
    if (reply.dataset.faqbotAnnounced) return;
    var heading = reply.querySelector("h4, h5");  // the alert heading renders a moment after the bubble
    if (!heading) return;
    reply.dataset.faqbotAnnounced = "1";
    var body = heading.nextElementSibling;
    liveRegion().textContent = heading.textContent + ". " + (body ? body.textContent : "");
  }

  // After a reply, the cursor is back in the question box, ready for the next question, unless the reader has
  // meanwhile moved on to something outside the chat (or this frame does not have the focus at all).
  function refocus() {
    var box = questionBox();
    if (!box || box.disabled || !document.hasFocus()) return;
    var active = document.activeElement;
    var chat = document.getElementById("chatbot");
    var question = document.getElementById("question");
    var lost = !active || active === document.body || active === document.documentElement;
    if (lost || (chat && chat.contains(active)) || (question && question.contains(active))) {
      if (active !== box) box.focus({ preventScroll: true });
    }
  }

  function fixControls() {
    document.querySelectorAll('#chatbot .examples[role="list"]').forEach(function (list) {
      list.setAttribute("role", "group");
      list.setAttribute("aria-label", "Example questions");
    });
    document.querySelectorAll('#question [data-testid="submit-button"]:not([aria-label])').forEach(function (b) {
      b.setAttribute("aria-label", "Send question");
    });
    var base = botBase();
    document.querySelectorAll('#footer a[href="api/docs"]').forEach(function (link) {
      if (base) link.setAttribute("href", new URL("api/docs", base).href);  // the bot's page, wherever shown
    });
    document.querySelectorAll('#chatbot a[href^="' + ASK + '"]:not([role])').forEach(function (link) {
      link.setAttribute("role", "button");
      link.removeAttribute("target");
      link.setAttribute("title", "Ask: " + askedBy(link));
    });
    hideRatingOfNonAnswers();
  }

  // A busy or over-the-limit reply (a paragraph opening with WAITING, bot/chat.py) answers nothing: its rating
  // buttons, which Gradio puts under every reply, would store nothing, so they are hidden.
  function hideRatingOfNonAnswers() {
    document.querySelectorAll('#chatbot [data-testid="bot"]').forEach(function (message) {
      var waiting = Array.prototype.some.call(message.querySelectorAll("p"), function (p) {
        return p.textContent.trim().indexOf("\u23f3") === 0;
      });
      var row = waiting && message.closest(".message-row");
      var buttons = row && row.nextElementSibling;
      if (buttons && buttons.classList.contains("message-buttons") && buttons.style.display !== "none") {
        buttons.style.display = "none";
      }
    });
  }

  function askedBy(link) {
    try { return decodeURIComponent(link.getAttribute("href").slice(ASK.length)); } catch (e) { return ""; }
  }

  // Put the question in Gradio's box (its value is bound to the textarea's input event) and press send. The
  // previous reply's update empties the box; when it lands just after the question was put there (a suggestion
  // chosen the moment its reply appeared), the box is empty again: the question is put back before sending,
  // so an empty question is never sent in its place.
  function ask(question) {
    if (!question) return;
    lastAsk = Date.now();
    var tries = 0;
    (function attempt() {
      var box = questionBox();
      if (!box) return;
      if (box.disabled && tries++ < 100) { setTimeout(attempt, 50); return; }
      box.value = question;
      box.dispatchEvent(new Event("input", { bubbles: true }));
      setTimeout(function () {
        if (box.value !== question && tries++ < 100) { attempt(); return; }
        var send = document.querySelector('#question [data-testid="submit-button"]');
        if (send && !send.disabled) send.click();
        else box.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", code: "Enter", bubbles: true }));
      }, 50);
    })();
  }

  function askLink(event) {
    var link = event.target.closest && event.target.closest('a[href^="' + ASK + '"]');
    return link && link.closest("#chatbot") ? link : null;
  }

  document.addEventListener("click", function (event) {
    var link = askLink(event);
    if (link) {
      event.preventDefault();
      event.stopPropagation();
      ask(askedBy(link));
      return;
    }
    var send = event.target.closest && event.target.closest("#question [data-testid=submit-button]");
    var box = questionBox();
    if (send && event.isTrusted && box && !box.value.trim()) {  // the send button with an empty box sends nothing
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    if (event.target.closest && event.target.closest("#chatbot .example, #question [data-testid=submit-button]")) {
      lastAsk = Date.now();
    }
  }, true);

  document.addEventListener("keydown", function (event) {
    var link = askLink(event);
    if (link && (event.key === " " || event.key === "Spacebar")) {  // a button answers Space as well as Enter
      event.preventDefault();
      ask(askedBy(link));
    } else if (event.key === "Enter" && !event.shiftKey && event.target === questionBox()) {
      if (!event.target.value.trim()) {  // nothing to ask: Enter in an empty box sends nothing
        event.preventDefault();
        event.stopImmediatePropagation();
        return;
      }
      lastAsk = Date.now();
    }
  }, true);

  function onChange() {
    fixControls();
    var replies = document.querySelectorAll('#chatbot [data-testid="bot"]');
    if (!replies.length) {
      seen = 0;
      if (Date.now() - lastAsk < 30000) refocus();  // the examples went away: focus was on one of them
      return;
    }
    var reply = replies[replies.length - 1];
    if (replies.length > seen) {
      // The live region said the last alert; a new reply that is none must not leave it there for a screen reader to
      // read as if it were this reply's (tenth outside trial). An alert heading fills it again below.
      if (announcer) announcer.textContent = "";
      // The reader may move on meanwhile (Tab to a suggestion in the new reply): the focus is brought back to the
      // box only while it is still where it was when the reply arrived, never taken from where the reader put it.
      var before = document.activeElement;
      [0, 100, 400].forEach(function (ms) {
        setTimeout(function () {
          alignToStart(reply);
          var active = document.activeElement;
          if (active === before || !active || active === document.body || active === questionBox()) refocus();
        }, ms);
      });
    }
    seen = replies.length;
    announce(reply);
  }

  // Source Sans Pro Regular and Bold under the name the CSS asks for, from the same folder as the theme's own
  // fonts (found from the theme stylesheet's address, so it is this server's, never the embedding page's).
  function botBase() {
    var theme = document.querySelector('link[rel="stylesheet"][href*="theme.css"]');
    return theme ? theme.href : null;
  }

  function loadFonts() {
    if (!window.FontFace || !document.fonts) return;
    var base = botBase();
    if (!base) return false;
    [["Regular", "400"], ["Bold", "600 700"]].forEach(function (face) {
      var url = new URL("static/fonts/SourceSansPro/SourceSansPro-" + face[0] + ".woff2", base).href;
      var font = new FontFace("FAQ Sans", "url(" + JSON.stringify(url) + ") format('woff2')",
        { weight: face[1], style: "normal", display: "swap" });
      document.fonts.add(font);
      font.load().catch(function () { document.fonts.delete(font); });
    });
    return true;
  }

  // The cursor starts in the question box, as an autofocus would put it: on a page of its own at once, in a frame
  // (the widget, an iframe on someone's page) only once the frame has the focus (the widget gives it when the
  // reader opens the chat), so that a chat loading in a frame never takes the host page's focus.
  var startFocused = false;
  function focusOnLoad() {
    if (startFocused) return;
    var box = questionBox();
    if (!box || (window.parent !== window && !document.hasFocus())) return;
    startFocused = true;
    var active = document.activeElement;
    if (!active || active === document.body || active === document.documentElement) box.focus();
  }
  window.addEventListener("focus", focusOnLoad);

  function start() {
    liveRegion();
    var fonts = loadFonts();
    new MutationObserver(function () {
      if (fonts === false) fonts = loadFonts();
      focusOnLoad();
      onChange();
    }).observe(document.body, { childList: true, subtree: true });
    focusOnLoad();
    onChange();
  }
  if (document.body) start(); else document.addEventListener("DOMContentLoaded", start);
})();
