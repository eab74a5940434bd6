/*
 * The embed loader for host pages: sizes each framed chart from this site to its content.
 *   <iframe src="https://…/embed/<topic>/<chart>/" … data-news-explainer-embed></iframe>
 *   <script src="https://…/embed.js" async></script>
 * A message is trusted only from a frame on this page that carries the attribute, only from that
 * frame's own origin, and only in the expected shape: { type, height } with a sensible height.
 * Without this script the frame keeps its fixed height and the chart scrolls inside it.
 */
(function () {
  'use strict';
  if (window.newsExplainerEmbeds) return;
  window.newsExplainerEmbeds = true;
  var selector = 'iframe[data-news-explainer-embed]';
  function originOf(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch {
      return null;
    }
  }
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'news-explainer:embed-height') return;
    var height = Number(data.height);
    if (!isFinite(height) || height < 40 || height > 20000) return;
    var frames = document.querySelectorAll(selector);
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source || originOf(frame) !== event.origin) continue;
      frame.setAttribute('height', String(Math.ceil(height)));
      frame.style.height = Math.ceil(height) + 'px';
    }
  });
  // Frames that loaded before this script did have already sent their height: ask again.
  function ask() {
    var frames = document.querySelectorAll(selector);
    for (var i = 0; i < frames.length; i++) {
      var origin = originOf(frames[i]);
      if (origin && frames[i].contentWindow) frames[i].contentWindow.postMessage({ type: 'news-explainer:embed-measure' }, origin);
    }
  }
  ask();
  window.addEventListener('load', ask);
})();
