// Host-page script for ICT White Paper graphics embeds (include it once, next to the iframes).
// It sets each of our iframes to the height its page reports (AMP embed-size or pym height
// messages), ignoring messages from any other origin, and asks frames that loaded before it
// for their height. No dependencies, no globals except a guard against double inclusion.
(function () {
  if (window.__ictEmbedHost) return;
  window.__ictEmbedHost = true;
  var script = document.currentScript;
  var origin = script ? new URL(script.src, location.href).origin : '';
  function ours(f) {
    try { return new URL(f.src, location.href).origin === origin; } catch (e) { return false; }
  }
  window.addEventListener('message', function (e) {
    if (e.origin !== origin) return;
    var d = e.data;
    var h = NaN;
    if (d && d.sentinel === 'amp' && d.type === 'embed-size') h = Number(d.height);
    else if (typeof d === 'string' && d.indexOf('pymxPYMx') === 0) {
      var parts = d.split('xPYMx');
      if (parts[2] === 'height') h = Number(parts[3]);
    }
    if (!(h > 0 && h < 100000)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) {
        frames[i].style.height = Math.ceil(h) + 'px';
        frames[i].setAttribute('height', String(Math.ceil(h)));
      }
    }
  });
  function init() {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (ours(frames[i]) && frames[i].contentWindow) frames[i].contentWindow.postMessage({ sentinel: 'amp', type: 'frames-init' }, '*');
    }
  }
  init();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
})();
