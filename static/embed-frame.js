// Runs inside an embed page (ICT White Paper graphics). Tells the host page how tall the content
// is, in both formats newsroom CMSs listen to: AMP's {sentinel:'amp', type:'embed-size', height}
// (also used by @newswire/frames) and pym.js's "pymxPYMx<id>xPYMxheightxPYMx<h>". It sends at
// load, on resize, when fonts have loaded and whenever the content changes size, and again when
// the host asks ({sentinel:'amp', type:'frames-init'}). Query parameters are read from an
// allow-list and never written into the page: theme=transparent and/or light (comma-separated or
// repeated; light keeps the light palette for dark-mode readers on a light host page), and pym's childId.
(function () {
  var html = document.documentElement;
  var q = new URLSearchParams(location.search);
  var theme = q.getAll('theme').join(',').split(',').filter(function (t) {
    return t === 'transparent' || t === 'light';
  });
  if (theme.length) html.setAttribute('data-theme', theme.join(' '));
  if (window.parent === window) return;
  var id = q.get('childId') || '';
  if (!/^[\w-]{0,64}$/.test(id)) id = '';
  var last = -1;
  function send(force) {
    var h = Math.ceil(html.getBoundingClientRect().height);
    if (h === last && force !== true) return;
    last = h;
    window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: h }, '*');
    window.parent.postMessage('pymxPYMx' + id + 'xPYMxheightxPYMx' + h, '*');
  }
  send();
  window.addEventListener('load', send);
  window.addEventListener('resize', send);
  if (document.fonts && document.fonts.ready) document.fonts.ready.then(send);
  if (window.ResizeObserver) new ResizeObserver(function () { send(); }).observe(html);
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (e.source === window.parent && d && d.sentinel === 'amp' && d.type === 'frames-init') send(true);
  });
})();
