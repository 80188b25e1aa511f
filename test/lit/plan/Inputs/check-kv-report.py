"""Checks kv-store.c's JSON reports (kv-store-profile.test): argv[1] made
with the profile, argv[2] without."""
import json
import sys

profile = json.load(open(sys.argv[1]))
static = json.load(open(sys.argv[2]))
assert profile["weights"] == "profile", profile["weights"]
assert static["weights"] == "static", static["weights"]
(c,) = profile["candidates"]
(s,) = static["candidates"]
assert 0.895 <= c["omega"] <= 0.905, c["omega"]
assert abs(c["omega"] - s["omega"]) > 0.02, (c["omega"], s["omega"])
assert 0 < c["rho"] < c["omega"] and c["offload"] is True, c
assert c["replies"] == ["kv-store.c:49"], c["replies"]
blockers = {(b["reason"], b["detail"], b["location"]) for b in c["blockers"]}
assert ("BlockingIO", "fopen", "kv-store.c:53") in blockers, blockers
assert ("BlockingIO", "fopen", "kv-store.c:75") in blockers, blockers
exits = sorted((x["location"], x["leads_to"], x["blocker_location"])
               for x in c["fallback_exits"])
assert exits == [("kv-store.c:46",
                  "PointerInSharedState memory through the pointer in 'store_dir', read by the C library",
                  "kv-store.c:52"),
                 ("kv-store.c:68",
                  "UnrestorableWrite a call that writes into 'table'",
                  "kv-store.c:71")], exits
assert abs(sum(x["probability"] for x in c["fallback_exits"]) - (1 - c["omega"])) < 0.01
shared = {g["name"]: g["sync"] for g in c["shared"]}
assert shared == {"hits": "atomic-rmw", "table": "record-protocol"}, shared
