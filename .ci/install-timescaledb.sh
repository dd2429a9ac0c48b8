#!/usr/bin/env bash
# Install the TimescaleDB *apache edition* (APACHE_ONLY build) into the local
# PostgreSQL server (127.0.0.1:5432, trust auth, user postgres).
#
# Debian bookworm does not package timescaledb, so this fetches Debian's
# `timescaledb` *source* package from a newer suite (trixie, then sid) through
# a private, source-only apt configuration derived from this machine's own apt
# sources, and builds it against the bookworm postgresql-server-dev-<major>.
#
# Idempotent: exits quickly when the extension is installed and preloaded; the
# source and build tree are cached under $CACHE_DIR so a re-run never rebuilds
# needlessly.
set -euo pipefail

START_NS=$(date +%s%N)
PGHOST_ADDR=${PGHOST_ADDR:-127.0.0.1}
PGPORT_NUM=${PGPORT_NUM:-5432}
PGUSER_NAME=${PGUSER_NAME:-postgres}
CACHE_DIR=${PULSO_TSDB_CACHE:-/var/cache/pulso-timescaledb}
LOG=${PULSO_TSDB_LOG:-/tmp/pulso-install-timescaledb.log}
SRC_SUITES=${PULSO_TSDB_SUITES:-"trixie sid"}
SRC_NAME=pulso-timescaledb-src

step() { printf '==> %s\n' "$*"; }
elapsed() {
  local ms=$(( ($(date +%s%N) - START_NS) / 1000000 ))
  printf '==> elapsed: %d.%03ds\n' $((ms / 1000)) $((ms % 1000))
}
die() { echo "ERROR: $*" >&2; exit 1; }
on_exit() {
  local rc=$?
  if [ "$rc" -ne 0 ]; then
    echo "ERROR: install-timescaledb failed (exit $rc); last lines of $LOG:" >&2
    tail -n 40 "$LOG" >&2 2>/dev/null || true
    elapsed >&2
  fi
}
trap on_exit EXIT

: >"$LOG"
psqlq() { psql -X -h "$PGHOST_ADDR" -p "$PGPORT_NUM" -U "$PGUSER_NAME" -v ON_ERROR_STOP=1 -Atq "$@"; }

[ "$(id -u)" -eq 0 ] || die "must run as root"
pg_isready -q -h "$PGHOST_ADDR" -p "$PGPORT_NUM" || die "no PostgreSQL answering on $PGHOST_ADDR:$PGPORT_NUM"

# ---------------------------------------------------------------------------
# What are we talking to?
# ---------------------------------------------------------------------------
VNUM=$(psqlq -d postgres -c 'show server_version_num')
PG_MAJOR=$(( VNUM / 10000 ))
PG_CONFIG=/usr/lib/postgresql/$PG_MAJOR/bin/pg_config
PKGLIBDIR=/usr/lib/postgresql/$PG_MAJOR/lib
CONFIG_FILE=$(psqlq -d postgres -c 'show config_file')
CONF_DIR=$(dirname "$CONFIG_FILE")
# Debian layout: /etc/postgresql/<major>/<cluster>/postgresql.conf
CLUSTER=$(basename "$CONF_DIR")

preload_has_tsdb() {
  psqlq -d postgres -c 'show shared_preload_libraries' | tr ',' '\n' | tr -d " \"'" | grep -qx timescaledb
}
so_installed() { compgen -G "$PKGLIBDIR/timescaledb*.so" >/dev/null; }

if so_installed && preload_has_tsdb; then
  echo "==> timescaledb already installed and preloaded in PostgreSQL $PG_MAJOR ($CLUSTER); nothing to do"
  elapsed
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
mkdir -p "$CACHE_DIR"

# ---------------------------------------------------------------------------
# Build + install (skipped when the .so is already there)
# ---------------------------------------------------------------------------
# Find the Debian mirror URI (the main archive, not -security) from this
# machine's own apt sources, deb822 first then one-line format.
debian_mirror() {
  local f uri
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    # print "URI SUITES" per stanza
    awk 'BEGIN{RS="";FS="\n"}
         { u="";s="";t="";
           for(i=1;i<=NF;i++){
             if($i ~ /^URIs:/){u=$i; sub(/^URIs:[ \t]*/,"",u)}
             if($i ~ /^Suites:/){s=$i; sub(/^Suites:[ \t]*/,"",s)}
             if($i ~ /^Types:/){t=$i}
           }
           if(u!="" && t ~ /deb/) print u" | "s }' "$f"
  done
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] || continue
    awk '$1=="deb" || $1=="deb-src" { i=2; if($2 ~ /^\[/){ while($i !~ /\]$/) i++; i++ }; print $i" | "$(i+1) }' "$f"
  done
}
pick_mirror() {
  # keep entries whose suites are plain "<codename>" / "<codename>-updates",
  # whose URI is not a security archive, and whose path ends in /debian
  debian_mirror | awk -F' \\| ' '$1 !~ /security/ && $2 !~ /security/ {
      n=split($1,us," "); for(i=1;i<=n;i++) if(us[i] ~ /^(https?|file|mirror\+[a-z]+):.*\/debian\/?$/) { print us[i]; exit } }'
}

# Private apt configuration: its own sources dir and lists dir, so the system's
# sources, lists and caches are never touched and nothing binary can come from
# the newer suite.
APT_ROOT=$CACHE_DIR/apt
APT_OPTS=(
  -o "Dir::Etc::SourceList=/dev/null"
  -o "Dir::Etc::SourceParts=$APT_ROOT/sources.list.d"
  -o "Dir::State::Lists=$APT_ROOT/lists"
  -o "Dir::Cache::pkgcache="
  -o "Dir::Cache::srcpkgcache="
  -o "APT::Get::List-Cleanup=0"
  -o "Acquire::Languages=none"
  -o "Acquire::IndexTargets::deb::Packages::DefaultEnabled=false"
  -o "Acquire::IndexTargets::deb::Contents-deb::DefaultEnabled=false"
)

fetch_source() { # $1 = suite; prints the unpacked source dir on success
  local suite=$1 mirror dir dsc
  mirror=$(pick_mirror)
  [ -n "$mirror" ] || die "could not find the Debian mirror URI in /etc/apt/sources*"
  mkdir -p "$APT_ROOT/sources.list.d" "$APT_ROOT/lists/partial"
  rm -f "$APT_ROOT"/sources.list.d/*
  cat >"$APT_ROOT/sources.list.d/$SRC_NAME.sources" <<SRC
# Temporary, source-only entry used by .ci/install-timescaledb.sh (Pulso).
Types: deb-src
URIs: $mirror
Suites: $suite
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  echo "--- apt-get update ($suite deb-src from $mirror)" >>"$LOG"
  apt-get "${APT_OPTS[@]}" update >>"$LOG" 2>&1 || return 1
  dir=$CACHE_DIR/src/$suite
  rm -rf "$dir"; mkdir -p "$dir"
  chown _apt "$dir" 2>/dev/null || true
  echo "--- apt-get source timescaledb ($suite)" >>"$LOG"
  ( cd "$dir" && apt-get "${APT_OPTS[@]}" source --download-only timescaledb ) >>"$LOG" 2>&1 || return 1
  dsc=$(ls "$dir"/timescaledb_*.dsc 2>/dev/null | head -n1)
  [ -n "$dsc" ] || return 1
  ( cd "$dir" && dpkg-source --no-check -x "$(basename "$dsc")" ) >>"$LOG" 2>&1 || return 1
  ls -d "$dir"/timescaledb-*/ 2>/dev/null | head -n1 | sed 's:/$::'
}

build_tree() { # $1 = source dir
  local src=$1
  echo "--- bootstrap in $src" >>"$LOG"
  ( cd "$src" && rm -rf build && ./bootstrap \
      -DAPACHE_ONLY=1 \
      -DREGRESS_CHECKS=OFF -DTAP_CHECKS=OFF \
      -DWARNINGS_AS_ERRORS=OFF \
      -DSEND_TELEMETRY_DEFAULT=NO \
      -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DPG_CONFIG="$PG_CONFIG" ) >>"$LOG" 2>&1 || return 1
  echo "--- make in $src" >>"$LOG"
  make -C "$src/build" -j"$(nproc)" >>"$LOG" 2>&1 || return 1
  echo "$PG_MAJOR" >"$src/build/.pulso-pg-major"
}

if ! so_installed; then
  STAMP=$CACHE_DIR/built-pg$PG_MAJOR   # holds the path of a finished build tree
  SRC_DIR=""
  if [ -f "$STAMP" ] && [ -f "$(cat "$STAMP")/build/.pulso-pg-major" ]; then
    SRC_DIR=$(cat "$STAMP")
    step "reusing cached build $(basename "$SRC_DIR") from $CACHE_DIR"
  fi

  if [ -z "$SRC_DIR" ]; then
    # only what is missing, so already-installed packages are not upgraded
    missing=()
    for p in "postgresql-server-dev-$PG_MAJOR" cmake gcc make pkg-config dpkg-dev \
             libssl-dev libkrb5-dev; do
      dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
      step "installing build dependencies from the system's own suite: ${missing[*]}"
      echo "--- apt-get update (system sources)" >>"$LOG"
      apt-get update >>"$LOG" 2>&1
      apt-get install -y --no-install-recommends "${missing[@]}" >>"$LOG" 2>&1
    else
      step "build dependencies already installed"
    fi

    for suite in $SRC_SUITES; do
      step "fetching timescaledb source ($suite, deb-src only)"
      if ! cand=$(fetch_source "$suite"); then
        echo "    could not fetch timescaledb source from $suite; trying next suite"
        continue
      fi
      step "building $(basename "$cand") (APACHE_ONLY) against PostgreSQL $PG_MAJOR"
      if build_tree "$cand"; then
        SRC_DIR=$cand
        echo "$SRC_DIR" >"$STAMP"
        break
      fi
      echo "    $(basename "$cand") from $suite did not build against PostgreSQL $PG_MAJOR; trying next suite"
    done
    # keep apt tidy: the private source list is only needed while fetching
    rm -f "$APT_ROOT"/sources.list.d/*
    rm -rf "$APT_ROOT/lists"
    [ -n "$SRC_DIR" ] || die "no suite in '$SRC_SUITES' gave a timescaledb that builds against PostgreSQL $PG_MAJOR"
  fi

  step "installing $(basename "$SRC_DIR") into $PKGLIBDIR"
  make -C "$SRC_DIR/build" -j"$(nproc)" install >>"$LOG" 2>&1
  so_installed || die "make install did not produce $PKGLIBDIR/timescaledb*.so"
else
  step "timescaledb library already present in $PKGLIBDIR"
fi

# ---------------------------------------------------------------------------
# Configure shared_preload_libraries and restart
# ---------------------------------------------------------------------------
if ! preload_has_tsdb; then
  step "enabling shared_preload_libraries = timescaledb ($PG_MAJOR/$CLUSTER)"
  current=$(psqlq -d postgres -c 'show shared_preload_libraries' | tr -d " \"'")
  new=${current:+$current,}timescaledb
  if grep -Eq "^[[:space:]]*include_dir[[:space:]]*=[[:space:]]*'conf\.d'" "$CONFIG_FILE"; then
    mkdir -p "$CONF_DIR/conf.d"
    # zz- so it sorts after other conf.d files (which could set the same GUC)
    cat >"$CONF_DIR/conf.d/zz-pulso-timescaledb.conf" <<CONF
# Written by .ci/install-timescaledb.sh (Pulso)
shared_preload_libraries = '$new'
timescaledb.telemetry_level = off
CONF
    chown postgres:postgres "$CONF_DIR/conf.d/zz-pulso-timescaledb.conf" 2>/dev/null || true
  else
    psqlq -d postgres -c "ALTER SYSTEM SET shared_preload_libraries = '$new'" >>"$LOG" 2>&1
    psqlq -d postgres -c "ALTER SYSTEM SET timescaledb.telemetry_level = 'off'" >>"$LOG" 2>&1
  fi

  step "restarting PostgreSQL $PG_MAJOR/$CLUSTER"
  pg_ctlcluster --skip-systemctl-redirect "$PG_MAJOR" "$CLUSTER" restart >>"$LOG" 2>&1
  for _ in $(seq 1 60); do
    pg_isready -q -h "$PGHOST_ADDR" -p "$PGPORT_NUM" && break
    sleep 0.5
  done
  pg_isready -q -h "$PGHOST_ADDR" -p "$PGPORT_NUM" || die "PostgreSQL did not come back after restart"
  # an ALTER SYSTEM value (postgresql.auto.conf) would override conf.d
  if ! preload_has_tsdb; then
    die "shared_preload_libraries still lacks timescaledb after restart (overridden elsewhere?)"
  fi
fi

# ---------------------------------------------------------------------------
# Verify
# ---------------------------------------------------------------------------
step "verifying CREATE EXTENSION timescaledb"
SCRATCH=pulso_tsdb_check_$$
psqlq -d postgres -c "DROP DATABASE IF EXISTS $SCRATCH" >>"$LOG" 2>&1
psqlq -d postgres -c "CREATE DATABASE $SCRATCH" >>"$LOG" 2>&1
cleanup_scratch() { psqlq -d postgres -c "DROP DATABASE IF EXISTS $SCRATCH" >>"$LOG" 2>&1 || true; }
if ! psqlq -d "$SCRATCH" -c 'CREATE EXTENSION timescaledb' >>"$LOG" 2>&1; then
  cleanup_scratch; die "CREATE EXTENSION timescaledb failed"
fi
license=$(psqlq -d "$SCRATCH" -c 'show timescaledb.license')
version=$(psqlq -d "$SCRATCH" -c "select extversion from pg_extension where extname = 'timescaledb'")
cleanup_scratch
[ "$license" = "apache" ] || die "timescaledb.license is '$license', expected 'apache'"
echo "==> timescaledb $version OK (license=$license) in PostgreSQL $PG_MAJOR/$CLUSTER"
elapsed
