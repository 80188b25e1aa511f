# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""The cost figures a plan's first candidate was costed with.

    cost-figures.py TCP.json UDP.json
        prints "<tcp|udp> <kernel|user> <figures by key>"
    cost-figures.py --defaults PLAN.json COSTS-DEFAULT.json
        checks that the sk_skb candidate's sk_skb and TCP figures are the
        shipped file's, and that kernel_ns/user_ns are at least them
"""
import json
import sys

if sys.argv[1] == "--defaults":
    c = json.load(open(sys.argv[2]))["candidates"][0]
    d = json.load(open(sys.argv[3]))
    f = c["cost_figures"]
    assert c["hook"] == "sk_skb", c["hook"]
    for key in ("sk_skb_hook_ns", "sk_skb_context_ns", "parse_ns"):
        assert f["kernel"][key] == d[key], (key, f["kernel"][key], d[key])
    assert f["user"]["tcp_socket_delivery_ns"] == d["tcp_socket_delivery_ns"]
    assert "socket_delivery_ns" not in f["user"], f["user"]
    assert c["kernel_ns"] >= d["sk_skb_hook_ns"] + d["sk_skb_context_ns"]
    assert c["user_ns"] >= d["tcp_socket_delivery_ns"]
    print("sk_skb figures are costs-default.json's")
    sys.exit(0)
for name, path in (("tcp", sys.argv[1]), ("udp", sys.argv[2])):
    f = json.load(open(path))["candidates"][0]["cost_figures"]
    for side in ("kernel", "user"):
        print(name, side, dict(sorted(f[side].items())))
