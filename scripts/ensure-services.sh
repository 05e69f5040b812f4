#!/usr/bin/env bash
# Makes sure the services the scale and store tests use are running: PostgreSQL on 127.0.0.1:5432 and
# nats-server with JetStream on 127.0.0.1:4222. Idempotent; starts what is installed but stopped; as root
# with apt, installs what is missing (Debian packages postgresql and nats-server). Never fails the
# caller: tests that still find a service missing skip with a message. Prints one line.
set -u

PG_PORT=5432
NATS_PORT="${ESCALADE_NATS_PORT:-4222}"   # overridable to try the script without touching the shared server
did=()

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_port() {
  for _ in $(seq 1 40); do
    port_open "$1" && return 0
    sleep 0.25
  done
  return 1
}

as_root() { [ "$(id -u)" = "0" ]; }

apt_install() {
  as_root && command -v apt-get >/dev/null 2>&1 || return 1
  if [ -z "${apt_updated:-}" ]; then
    timeout 300 apt-get update -qq >/dev/null 2>&1 || true
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive timeout 600 apt-get install -y -qq "$@" >/dev/null 2>&1
}

start_postgres() {
  local version
  version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)
  [ -n "$version" ] && command -v pg_ctlcluster >/dev/null 2>&1 || return 1
  pg_ctlcluster --skip-systemctl-redirect "$version" main start >/dev/null 2>&1 || true
  wait_port "$PG_PORT"
}

ensure_postgres() {
  if port_open "$PG_PORT"; then did+=("postgresql: running"); return; fi
  if start_postgres; then did+=("postgresql: started"); return; fi
  if [ -z "$(ls /etc/postgresql 2>/dev/null)" ] && apt_install postgresql; then
    # A cluster we just installed: let local test connections in as postgres without a password.
    local version hba
    version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)
    hba="/etc/postgresql/$version/main/pg_hba.conf"
    if [ -f "$hba" ] && ! grep -q '^host all all 127.0.0.1/32 trust' "$hba"; then
      sed -i '1i host all all 127.0.0.1/32 trust' "$hba"
    fi
    if start_postgres; then did+=("postgresql: installed and started (trust on 127.0.0.1)"); return; fi
  fi
  did+=("postgresql: NOT available")
}

start_nats() {
  local binary store log
  binary=$(command -v nats-server || echo /usr/sbin/nats-server)
  [ -x "$binary" ] || return 1
  if [ -n "${ESCALADE_NATS_STORE:-}" ]; then store="$ESCALADE_NATS_STORE"; log="$store.log"
  elif as_root; then store=/var/lib/nats-server; log=/var/log/nats-server.log
  else store="${XDG_CACHE_HOME:-$HOME/.cache}/escalade/nats"; log="$store.log"; fi
  mkdir -p "$store" 2>/dev/null
  if command -v start-stop-daemon >/dev/null 2>&1; then
    start-stop-daemon --start --oknodo --background --pidfile "$store.pid" --make-pidfile --exec "$binary" -- -a 127.0.0.1 -p "$NATS_PORT" -js -sd "$store" -l "$log" >/dev/null 2>&1
  else
    nohup "$binary" -a 127.0.0.1 -p "$NATS_PORT" -js -sd "$store" -l "$log" >/dev/null 2>&1 &
  fi
  wait_port "$NATS_PORT"
}

ensure_nats() {
  if port_open "$NATS_PORT"; then did+=("nats-server: running"); return; fi
  if start_nats; then did+=("nats-server: started"); return; fi
  if ! command -v nats-server >/dev/null 2>&1 && [ ! -x /usr/sbin/nats-server ] && apt_install nats-server && start_nats; then
    did+=("nats-server: installed and started"); return
  fi
  did+=("nats-server: NOT available")
}

ensure_postgres
ensure_nats
summary=$(IFS=';'; echo "${did[*]}")
echo "ensure-services: ${summary//;/, }"
exit 0
