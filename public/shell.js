// Runs before the first paint (a classic script in <head>): sets on <html> the language, theme
// and embed layout the app will start with, so that the first screen `./run publish` wrote into
// the page — title, standfirst, legend and map in every language of the page's story, painted
// long before the wasm arrives — is already in the right language and layout and the app takes
// over without a flash or a shift. The page's story, its languages and basemap are on <html>
// (src/publish/page.rs). Mirrors UrlState::parse (src/url.rs), Lang::from_tag
// (src/i18n/mod.rs) and the app's choice of language; the end-to-end test "the page shell …"
// checks that both agree.
(function () {
  var root = document.documentElement;
  var all = ['de', 'en', 'ru'];
  var page = root.getAttribute('data-story') || 'corridors';
  var own = (root.getAttribute('data-languages') || '').split(' ').filter(function (l) { return all.indexOf(l) >= 0; });
  var lang = null, theme = null, embed = false, story = null, part = null;
  var tag = function (t) {
    var primary = String(t || '').split(/[-_]/)[0].toLowerCase();
    return all.indexOf(primary) >= 0 ? primary : null;
  };
  location.search.replace(/^\?/, '').split('&').forEach(function (pair) {
    if (!pair) return;
    var at = pair.indexOf('=');
    var key = at < 0 ? pair : pair.slice(0, at), value = at < 0 ? '' : pair.slice(at + 1);
    if (key === 'lang' && tag(value)) lang = tag(value);
    if (key === 'story' && /^[a-z0-9-]{1,40}$/.test(value)) story = value;
    if (key === 'part' && ['map', 'volume', 'transit', 'investment', 'factcheck'].indexOf(value) >= 0) part = value;
    if (key === 'theme' && (value === 'light' || value === 'dark')) theme = value;
    if (key === 'embed' && ['1', 'true', '', '0', 'false'].indexOf(value) >= 0) embed = value === '1' || value === 'true' || value === '';
  });
  var other = story && story !== page;
  // The app's rule: the address's language, else the browser's, else German; then, if the story
  // has no such language, the story's first one. Another story's languages are not known yet.
  var chosen = lang || tag(navigator.language) || 'de';
  if (!other && own.length && own.indexOf(chosen) < 0) chosen = own[0];
  root.lang = chosen;
  if (theme) root.setAttribute('data-theme', theme);
  if (embed) root.setAttribute('data-embed', '');
  if (other) root.setAttribute('data-other-story', story);
  // An embed of one part (src/part.rs): the map alone, or a panel, which waits for the data.
  if (part) root.setAttribute('data-part', part);
  // The first screen's controls are for the program, which will come (public/style.css hides
  // them where scripts do not run: the page is then a picture with its legend).
  root.setAttribute('data-scripted', '');
})();

// Puts the map in place and starts the app once the shell has been painted: the map file
// downloads after the first paint — the shell's paint never competes with it, and an article
// hosting the embed keeps the connection for its own first paint — and the wasm, its JS glue
// and the data once the map file has arrived, so that the map (about 20 KB brotli) does not
// share the connection with the program's 400 KB. Within 250 ms where frames are paused (an
// embed scrolled out of view must still start and report its height) or the map file is slow
// to come. The build hook (scripts/csp-loader.mjs) fills in APP: the glue's and the wasm's
// content-hashed names and their subresource integrity. If either fails to load, the shell
// says so (data-start-failed, index.html) instead of loading for ever.
(function (app) {
  // Puts the first screen's map into its frame: the file drawn for the frame's width
  // (src/render/first_screen.rs; the phone's below 500 px of map, as the stylesheet's container
  // query). After the first paint too, so that the heading and standfirst paint with the page
  // alone and the map follows a moment later. A file that cannot be had leaves the frame in the
  // land's colour until the app draws the map. Calls `then` once the file has arrived (before
  // it goes in, so that the program's requests leave at once) or has failed; returns whether it
  // asked for a file.
  var placed = false;
  var place = function (then) {
    var frame = document.querySelector('#shell .explorer .map-frame[data-map-desktop]');
    var root = document.documentElement;
    var part = root.getAttribute('data-part');
    if (placed || !frame || root.hasAttribute('data-other-story') || (part && part !== 'map')) return false;
    placed = true;
    var file = frame.getAttribute(frame.clientWidth < 500 ? 'data-map-phone' : 'data-map-desktop');
    fetch(file).then(function (r) { return r.ok ? r.text() : Promise.reject(new Error(file + ': HTTP ' + r.status)); })
      .then(function (svg) {
        then();
        if (frame.isConnected) frame.insertAdjacentHTML('afterbegin', svg);
      })
      .catch(function (error) {
        console.warn('corridor-explorer: the first screen\'s map is missing:', error);
        then();
      });
    return true;
  };
  var started = false;
  var start = function () {
    if (started) return;
    started = true;
    // The page's story file and basemap (src/load.rs fetches the same names); another story's
    // file only, since which basemap it names is in the file.
    var root = document.documentElement;
    var other = root.getAttribute('data-other-story');
    var page = root.getAttribute('data-story') || 'corridors';
    var files = other ? ['data/' + other + '.geojson'] : ['data/' + page + '.geojson', root.getAttribute('data-basemap') || 'data/basemap.json'];
    files.forEach(function (href) {
      var link = document.createElement('link');
      link.rel = 'preload';
      link.as = 'fetch';
      link.crossOrigin = 'anonymous';
      link.href = href;
      document.head.appendChild(link);
    });
    var glue = document.createElement('link');
    glue.rel = 'modulepreload';
    glue.href = app.glue;
    glue.integrity = app.glueIntegrity;
    document.head.appendChild(glue);
    var wasm = fetch(app.wasm, { integrity: app.wasmIntegrity });
    import(app.glue).then(function (glue) {
      return glue.default({ module_or_path: wasm });
    }).catch(function (error) {
      document.documentElement.setAttribute('data-start-failed', '');
      console.error('corridor-explorer did not start:', error);
    });
  };
  // Once the shell's first paint has been presented (Paint Timing); where frames are paused (an
  // embed out of view) or the browser has no paint entries, 250 ms after the end of parsing.
  if (window.PerformanceObserver && (PerformanceObserver.supportedEntryTypes || []).indexOf('paint') >= 0) {
    new PerformanceObserver(function (list, observer) {
      observer.disconnect();
      if (!place(start)) setTimeout(start, 0);
    }).observe({ type: 'paint', buffered: true });
  }
  var parsed = function () { setTimeout(function () { place(start); start(); }, 250); };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', parsed);
  else parsed();
})(/* APP */ { glue: './corridor-explorer.js', wasm: './corridor-explorer_bg.wasm', glueIntegrity: '', wasmIntegrity: '' });
