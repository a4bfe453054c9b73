// Runs before the first paint (a classic script in <head>): sets on <html> the language, theme
// and embed layout the app will start with, so that the page shell in index.html — title,
// standfirst and loading line, painted long before the wasm arrives — is already in the right
// language and layout and the app takes over without a flash or a shift.
// Mirrors UrlState::parse (src/url.rs) and Lang::from_tag (src/i18n.rs); the end-to-end test
// "the page shell …" checks that both agree.
(function () {
  var lang = null, theme = null, embed = false;
  var tag = function (t) {
    var primary = String(t || '').split(/[-_]/)[0].toLowerCase();
    return primary === 'de' || primary === 'en' ? primary : null;
  };
  location.search.replace(/^\?/, '').split('&').forEach(function (pair) {
    if (!pair) return;
    var at = pair.indexOf('=');
    var key = at < 0 ? pair : pair.slice(0, at), value = at < 0 ? '' : pair.slice(at + 1);
    if (key === 'lang' && tag(value)) lang = tag(value);
    if (key === 'theme' && (value === 'light' || value === 'dark')) theme = value;
    if (key === 'embed' && ['1', 'true', '', '0', 'false'].indexOf(value) >= 0) embed = value === '1' || value === 'true' || value === '';
  });
  var root = document.documentElement;
  root.lang = lang || tag(navigator.language) || 'de';
  if (theme) root.setAttribute('data-theme', theme);
  if (embed) root.setAttribute('data-embed', '');
})();
