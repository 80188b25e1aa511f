# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""The protocol-specific part of the differential test (diff_offload.py),
one module per example: its requests, their mutations, which of them may
change the server's state, and the start state. See base.Example."""

from . import (dns_responder, endpoints, kv_cache, rate_limiter,
               stats_counter, text_kv, udp_echo)

EXAMPLES = {
    kv_cache.KVCache.name: kv_cache.KVCache,
    udp_echo.UDPEcho.name: udp_echo.UDPEcho,
    dns_responder.DNSResponder.name: dns_responder.DNSResponder,
    rate_limiter.RateLimiter.name: rate_limiter.RateLimiter,
    stats_counter.StatsCounter.name: stats_counter.StatsCounter,
    endpoints.Endpoints.name: endpoints.Endpoints,
    text_kv.TextKV.name: text_kv.TextKV,
}
