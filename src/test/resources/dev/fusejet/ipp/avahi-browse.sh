#!/bin/sh
# Browses for a freshly started `fusejet serve` with the system's Avahi, inside the private
# network, mount and PID namespaces DnsSdTest makes (unshare -n -m -p -f --kill-child), so no
# packet leaves the machine and nothing outlives the test: when this shell (PID 1 there) ends,
# the kernel ends every process started here.
#
#   avahi-browse.sh WORKDIR JAVA CLASSPATH
#
# Prints one line per service Avahi resolves, prefixed with the type browsed for:
#   _print._sub._ipp._tcp =;lo;IPv4;NAME;...;PORT;"txt=..." ...
set -eu
W=$1 JAVA=$2 CP=$3

# Loopback up and multicast-capable: both responders (jmDNS in fusejet, avahi-daemon) meet there.
ip link set lo up
ip link set lo multicast on
ip route add 224.0.0.0/4 dev lo

# A system bus and an avahi-daemon of our own: the host's are in another network namespace, and
# avahi-daemon keeps its pid file and socket in /run/avahi-daemon, covered here by a private tmpfs.
mkdir -p /run/avahi-daemon
mount -t tmpfs tmpfs /run/avahi-daemon
cat > "$W/bus.conf" <<CONF
<busconfig>
  <type>system</type>
  <listen>unix:path=$W/bus</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="*"/><allow own="*"/><allow send_destination="*"/><allow receive_sender="*"/>
  </policy>
</busconfig>
CONF
cat > "$W/avahi.conf" <<CONF
[server]
use-ipv4=yes
use-ipv6=no
allow-interfaces=lo
enable-dbus=yes
[publish]
publish-hinfo=no
publish-workstation=no
CONF
# Both return once they serve (dbus-daemon --fork after it listens, avahi-daemon -D when the
# daemon reports its start-up done), so the browsers below find them.
dbus-daemon --config-file="$W/bus.conf" --fork </dev/null >"$W/dbus.log" 2>&1
DBUS_SYSTEM_BUS_ADDRESS=unix:path=$W/bus
export DBUS_SYSTEM_BUS_ADDRESS
avahi-daemon -f "$W/avahi.conf" --no-drop-root --no-chroot --no-rlimits -D \
  </dev/null >"$W/avahi.log" 2>&1

# The printer, as a user starts it, on the listen address only (so jmDNS answers on loopback).
"$JAVA" -cp "$CP" dev.fusejet.cli.Main serve --listen 127.0.0.1 --state "$W/state" \
  </dev/null >"$W/serve.log" 2>&1 &

# Browse and resolve until DnsSdTest has what it needs and ends us (line-buffered into the pipe).
for type in _print._sub._ipp._tcp _ipp._tcp _ipps._tcp; do
  stdbuf -oL avahi-browse -r -p "$type" 2>&1 | sed -u "s/^/$type /" &
done
wait
