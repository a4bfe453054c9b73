# Sourced by ./run: puts the pinned tools first on PATH and points the browser tools at Debian's
# Chromium, so that nothing ever reaches for a download.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
export CHROMIUM_PATH=/usr/bin/chromium
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
