# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""netns.py - the fuzzer's network: one namespace pair for a whole campaign.

koffload-fuzz-<pid>-srv and koffload-fuzz-<pid>-cli (the runner's PID, so
test/e2e/netns.sh's stale-namespace reaping and ours recognise them), joined
by veth-srv/veth-cli, 198.18.0.1/24 and 2001:2::1/64 on the server's side,
.2 and ::2 on the client's. Client sockets are made inside the client
namespace with setns(2) and then used from the runner's own namespace, so no
client process is started per request. Servers run under `ip netns exec`,
which execs them: the PID is the server's. Everything this module creates is
removed by close(), which the runner calls from atexit and its signal
handlers; servers also get SIGKILL from the kernel if the runner dies
(PR_SET_PDEATHSIG).
"""

import ctypes
import os
import re
import signal
import socket
import subprocess
import time

CLONE_NEWNET = 0x40000000
PR_SET_PDEATHSIG = 1
SERVER_ADDR = {4: "198.18.0.1", 6: "2001:2::1"}
CLIENT_ADDR = {4: "198.18.0.2", 6: "2001:2::2"}

_libc = ctypes.CDLL(None, use_errno=True)


def _setns(fd):
    if _libc.setns(fd, CLONE_NEWNET) != 0:
        err = ctypes.get_errno()
        raise OSError(err, "setns: " + os.strerror(err))


def _ip(*args, check=True):
    r = subprocess.run(["ip", *args], capture_output=True, text=True)
    if check and r.returncode != 0:
        raise RuntimeError("ip %s: %s" % (" ".join(args), r.stderr.strip()))
    return r


def reap_stale():
    """Namespaces of fuzz runs whose runner no longer exists."""
    out = _ip("netns", "list", check=False).stdout
    for line in out.splitlines():
        m = re.match(r"^(koffload-fuzz-(\d+)-(srv|cli))\b", line)
        if m and not os.path.exists("/proc/" + m.group(2)):
            _ip("netns", "delete", m.group(1), check=False)


def _deathsig():
    _libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


class Network:
    def __init__(self, mode="generic", tx_csum="off", pass_obj=None):
        self.mode = mode
        self.tx_csum = tx_csum
        self.pass_obj = pass_obj
        pid = os.getpid()
        self.srv = "koffload-fuzz-%d-srv" % pid
        self.cli = "koffload-fuzz-%d-cli" % pid
        self.created = []
        self.procs = {}
        self.home = os.open("/proc/self/ns/net", os.O_RDONLY)

    def up(self):
        reap_stale()
        for ns in (self.srv, self.cli):
            _ip("netns", "add", ns)
            self.created.append(ns)
        _ip("link", "add", "name", "veth-srv", "netns", self.srv, "type", "veth",
            "peer", "name", "veth-cli", "netns", self.cli)
        for ns, dev, side in ((self.srv, "veth-srv", SERVER_ADDR),
                              (self.cli, "veth-cli", CLIENT_ADDR)):
            _ip("-n", ns, "link", "set", "lo", "up")
            _ip("-n", ns, "addr", "add", side[4] + "/24", "dev", dev)
            _ip("-n", ns, "addr", "add", side[6] + "/64", "dev", dev, "nodad")
            _ip("-n", ns, "link", "set", dev, "up")
        if self.tx_csum == "off":
            # As the split tests do: the client's kernel writes its UDP
            # checksums (issue 13 item 5 is the partial-checksum case).
            subprocess.run(["ip", "netns", "exec", self.cli, "ethtool", "-K",
                            "veth-cli", "tx", "off"], check=True,
                           capture_output=True)
        if self.mode == "native":
            # Native XDP_TX on veth delivers only into a peer with an XDP
            # program (DESIGN-NOTES §6).
            _ip("-n", self.cli, "link", "set", "dev", "veth-cli", "xdpdrv",
                "obj", self.pass_obj, "sec", "xdp")
        for _ in range(50):
            a = _ip("-n", self.srv, "-o", "link", "show", "veth-srv").stdout
            b = _ip("-n", self.cli, "-o", "link", "show", "veth-cli").stdout
            if "state UP" in a and "state UP" in b:
                break
            time.sleep(0.1)
        else:
            raise RuntimeError("the veth pair did not come up")
        # Neighbours: one ping each way, so no request waits for ARP/ND.
        for fam in (4, 6):
            subprocess.run(["ip", "netns", "exec", self.cli, "ping", "-%d" % fam,
                            "-c", "1", "-W", "2", SERVER_ADDR[fam]],
                           capture_output=True)

    def client_socket(self, family):
        fd = os.open("/var/run/netns/" + self.cli, os.O_RDONLY)
        try:
            _setns(fd)
            try:
                s = socket.socket(socket.AF_INET6 if family == 6 else
                                  socket.AF_INET, socket.SOCK_DGRAM)
            finally:
                _setns(self.home)
        finally:
            os.close(fd)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1 << 20)
        return s

    def start(self, argv, env, log, cwd):
        p = subprocess.Popen(["ip", "netns", "exec", self.srv, *argv], env=env,
                             stdout=log, stderr=subprocess.STDOUT, cwd=cwd,
                             stdin=subprocess.DEVNULL, preexec_fn=_deathsig)
        self.procs[p.pid] = p
        return p

    def stop(self, p, grace=3.0):
        """SIGTERM, wait; SIGKILL after grace. Returns (status, hung)."""
        hung = False
        if p.poll() is None:
            p.send_signal(signal.SIGTERM)
            try:
                p.wait(grace)
            except subprocess.TimeoutExpired:
                hung = True
                p.kill()
                p.wait()
        self.procs.pop(p.pid, None)
        return p.returncode, hung

    def xdp_attached(self):
        return "xdp" in _ip("-n", self.srv, "-d", "link", "show", "veth-srv",
                            check=False).stdout

    def close(self):
        for p in list(self.procs.values()):
            if p.poll() is None:
                p.kill()
                p.wait()
        self.procs.clear()
        for ns in self.created:
            _ip("netns", "delete", ns, check=False)
        self.created = []


def port_bound(pid, port, family):
    """Is a UDP socket of the process's namespace bound to port?"""
    name = "udp6" if family == 6 else "udp"
    try:
        with open("/proc/%d/net/%s" % (pid, name)) as f:
            lines = f.readlines()[1:]
    except OSError:
        return False
    want = ":%04X" % port
    return any(line.split()[1].endswith(want) for line in lines)
