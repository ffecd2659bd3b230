// Runs inside an embed page (ICT White Paper graphics). Tells the host page how tall the content
// is, in the formats newsroom CMSs listen to: AMP's {sentinel:'amp', type:'embed-size', height}
// (also used by @newswire/frames), pym.js's "pymxPYMx<id>xPYMxheightxPYMx<h>" and, when WordPress
// gave the frame a secret (#?secret=…), WordPress's {message:'height', value, secret}. It sends at
// load, on resize, when fonts have loaded and whenever the content changes size, and again when
// the host asks ({sentinel:'amp', type:'frames-init'} or wp-embed's {message:'ready', secret}).
// WordPress sandboxes oEmbed frames (allow-scripts only): top navigation and downloads are blocked
// there, so links to the story and downloads go to wp-embed as {message:'link', value, secret},
// which opens them in the top window. Query parameters are compared with an allow-list and only
// the allowed words are used, never the text itself: theme = light (the default, also without
// scripts: the page is served with data-theme="light"), dark, or auto (follow the reader's
// setting), plus transparent (comma-separated or repeated; the last scheme wins);
// content=chart (the chart without the step's text); and pym's childId.
(function () {
  var html = document.documentElement;
  var q = new URLSearchParams(location.search);
  var scheme = 'light';
  var transparent = false;
  q.getAll('theme').join(',').split(',').forEach(function (t) {
    if (t === 'light' || t === 'dark' || t === 'auto') scheme = t;
    else if (t === 'transparent') transparent = true;
  });
  html.setAttribute('data-theme', (scheme === 'auto' ? '' : scheme) + (transparent ? ' transparent' : ''));
  if (q.get('content') === 'chart') html.setAttribute('data-content', 'chart');
  if (window.parent === window) return;
  var id = q.get('childId') || '';
  if (!/^[\w-]{0,64}$/.test(id)) id = '';
  // WordPress appends #?secret=<10 random alphanumerics> to the frame's src.
  var wp = /^#\?secret=([A-Za-z0-9]{1,64})$/.exec(location.hash);
  var secret = wp ? wp[1] : '';
  var last = -1;
  function send(force) {
    var h = Math.ceil(html.getBoundingClientRect().height);
    if (h === last && force !== true) return;
    last = h;
    window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: h }, '*');
    window.parent.postMessage('pymxPYMx' + id + 'xPYMxheightxPYMx' + h, '*');
    if (secret) window.parent.postMessage({ message: 'height', value: h, secret: secret }, '*');
  }
  send();
  window.addEventListener('load', send);
  window.addEventListener('resize', send);
  if (document.fonts && document.fonts.ready) document.fonts.ready.then(send);
  if (window.ResizeObserver) new ResizeObserver(function () { send(); }).observe(html);
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (e.source !== window.parent || !d) return;
    if ((d.sentinel === 'amp' && d.type === 'frames-init') || (secret && d.message === 'ready' && d.secret === secret)) send(true);
  });
  // An opaque origin means a sandbox without allow-same-origin: WordPress's, or one like it.
  var sandboxed = window.origin === 'null';
  document.addEventListener('click', function (e) {
    var a = e.target && e.target.closest ? e.target.closest('a[href]') : null;
    if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    var leaves = a.target === '_top' || a.hasAttribute('download');
    if (secret && leaves) {
      e.preventDefault();
      window.parent.postMessage({ message: 'link', value: a.href, secret: secret }, '*');
    } else if (sandboxed && a.hasAttribute('download')) {
      a.removeAttribute('download'); // blocked in a sandbox: open the file in the frame instead
    }
  });
})();
