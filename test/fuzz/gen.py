#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""gen.py - a random, valid, single-file C UDP server from a seed.

The servers are written the way small real servers are: a poll or a
blocking recvfrom loop, the request handled inline or in helpers, a switch,
an if-chain or a table of function pointers on the request's first byte,
IPv4 or IPv6, globals and tables read and written (counters, a key/value
table), bounded and data-dependent loops, string functions (strlen, atoi,
strncmp, strchr, memcmp, memcpy, ctype), replies to the source and silent
drops, and now and then logging (printf) or file I/O, which must stay in
userspace. On SIGTERM the server leaves its loop and writes every global it
keeps as hex to the state file (argv[1]); its file I/O goes to argv[2]. The
program is well defined C: the runner compares the split build with the
original build byte for byte.

Besides the program, the generator writes the request sequence for it
(valid requests of every command, state written early and read later, and
the malformed and boundary-length ones: empty, one byte, the receive
buffer's size and one past it, longer than the 1024-trip loop cap, atoi
past its 64 bytes, garbage).

  gen.py SEED -o server.c [--requests requests.json] [--drop-cmd N ...]

--drop-cmd leaves the server's N-th command out (the minimizer's way of
shrinking a program while keeping the rest of it the same).
"""

import argparse
import json
import random
import sys

LETTERS = "abcdefghijklmnopqrstuvwxyz"


class Cmd:
    """One command: the C that handles it and example requests.

    body: statements that read req (char *), n (int, >= 1, the received
    length) and write out (char *) and rlen (int: reply length, -1 = drop).
    """

    def __init__(self, kind, body, examples, needs_nul=False, helpers=()):
        self.kind = kind
        self.body = body
        self.examples = examples  # fn(letter) -> list of bytes (after letter)
        self.needs_nul = needs_nul
        self.helpers = list(helpers)
        self.letter = None


class Server:
    # What the program shrinker may simplify, and to what.
    SIMPLER = {"v6": False, "loop": "blocking", "serve_helper": False,
               "dispatch": "switch", "inline": False, "peer_storage": False,
               "reuseaddr": False, "startup": [], "msg": False}

    def __init__(self, seed, drop_cmds=(), simpler=()):
        self.seed = seed
        self.rng = random.Random(seed)
        self.grng = random.Random(seed * 31 + 7)
        self.xrng = random.Random(seed * 131 + 3)
        r = self.rng
        self.v6 = r.random() < 0.3
        self.port = 20000 + seed % 20000
        self.buf = r.choice([64, 128, 256, 512, 1024, 1500, 2048, 2048])
        self.loop = r.choice(["poll", "blocking", "blocking"])
        self.serve_helper = r.random() < 0.4  # recvfrom..sendto in serve_one
        self.dispatch = r.choice(["switch", "switch", "ifchain", "table"])
        self.inline = self.dispatch == "switch" and r.random() < 0.5
        self.default = r.choice(["err", "err", "drop"])
        self.empty = r.choice(["default", "reply", "drop"])
        self.peer_storage = r.random() < 0.3
        self.globals = {}  # name -> (declaration, dump expression, size expr)
        self.gorder = []
        self.counters = 0
        self.cmds = []
        self.startup = []
        self._make_cmds()
        self.reuseaddr = r.random() < 0.5
        self.msg = self.xrng.random() < 0.2  # recvmsg/sendmsg
        self.msg_reuse = self.xrng.random() < 0.4  # the reply in the same msghdr
        # Letters first, so that a dropped command leaves the others' alone.
        for c, l in zip(self.cmds, LETTERS):
            c.letter = l
        self.all_cmds = self.cmds
        self.cmds = [c for i, c in enumerate(self.cmds) if i not in drop_cmds]
        for k in simpler:
            setattr(self, k, self.SIMPLER[k])
        if self.dispatch != "switch":
            self.inline = False

    # ------------------------------------------------------------- globals
    def glob(self, name, decl):
        """Declare a global once: now and then static (internal linkage)
        or with an initial value (.data instead of .bss). These choices come
        from their own stream, so that they leave the rest of a seed's
        server as it was."""
        if name not in self.globals:
            g = self.grng
            if not decl.startswith("struct") and g.random() < 0.3:
                decl = "static " + decl
            if not decl.startswith("struct") and g.random() < 0.35:
                init = "%d" % g.randrange(1, 200)
                if "[" in decl:
                    init = "{%s}" % ", ".join("%d" % g.randrange(100)
                                              for _ in range(g.randint(1, 4)))
                decl = decl[:-1] + " = " + init + ";"
            self.globals[name] = decl
            self.gorder.append(name)
        return name

    def counter(self):
        """An existing counter (shared by commands) or a new one."""
        r = self.rng
        if self.counters and r.random() < 0.5:
            return "g_cnt%d" % r.randrange(self.counters)
        name = "g_cnt%d" % self.counters
        self.counters += 1
        ty = r.choice(["unsigned int", "unsigned long long", "unsigned int"])
        return self.glob(name, "%s %s;" % (ty, name))

    def vals(self):
        n = self.rng.choice([4, 8, 16, 64])
        if "g_vals" not in self.globals:
            self.nvals = n
            self.glob("g_vals", "unsigned int g_vals[%d];" % n)
            if self.rng.random() < 0.4:
                self.startup.append(
                    "for (i = 0; i < %d; i++)\n\t\tg_vals[i] = (unsigned int)i * 7u;" % n)
        return "g_vals", self.nvals

    # ------------------------------------------------------------ commands
    def _make_cmds(self):
        r = self.rng
        kinds = [
            ("echo", 3), ("count", 4), ("get", 3), ("set", 3), ("sum", 3),
            ("strncmp", 2), ("strlen", 2), ("kv", 3), ("hash", 2),
            ("ctype", 2), ("drop", 2), ("memcmp", 2), ("hist", 2),
            ("sub", 2), ("atoi", 2), ("strchr", 1), ("const", 2),
            ("log", 0.5), ("file", 0.5), ("twice", 1), ("div", 0.4),
            ("tok", 0.6), ("dense", 1.5), ("nested", 1), ("memchr", 1),
        ]
        names = [k for k, _ in kinds]
        weights = [w for _, w in kinds]
        ncmd = r.randint(2, 7)
        for _ in range(ncmd):
            kind = r.choices(names, weights)[0]
            self.cmds.extend(getattr(self, "cmd_" + kind)())
            if len(self.cmds) >= 9:
                break
        r.shuffle(self.cmds)
        # Later additions draw from their own stream (and come last), so
        # that every seed's earlier server stays as it was.
        x = self.xrng
        if x.random() < 0.25:
            self.cmds.extend(self.cmd_stats2())
        if x.random() < 0.2:
            self.cmds.extend(self.cmd_hash64())

    def cmd_echo(self):
        if self.rng.random() < 0.5:
            body = "memcpy(out, req, (size_t)n);\nrlen = n;"
        else:
            body = ("int i;\n\nfor (i = 0; i < n; i++)\n"
                    "\tout[i] = req[n - 1 - i];\nrlen = n;")
        return [Cmd("echo", body, lambda l: [b"", b"hello", b"x" * 40])]

    def cmd_count(self):
        g = self.counter()
        inc = self.rng.choice(["%s++;" % g, "%s += (unsigned int)n;" % g,
                               "%s += 3;" % g])
        return [Cmd("count", "%s\nrlen = put_u32(out, (unsigned int)%s);" %
                    (inc, g), lambda l: [b"", b"1", b"zz"])]

    def cmd_get(self):
        g, nv = self.vals()
        body = ("if (n < 2)\n\trlen = REPLY_LIT(\"E\\n\");\nelse\n"
                "\trlen = put_u32(out, %s[(unsigned char)req[1] %% %du]);" %
                (g, nv))
        return [Cmd("get", body, lambda l: [b"0", b"1", b"7", b"\xff"])]

    def cmd_set(self):
        g, nv = self.vals()
        if self.rng.random() < 0.5:
            parse = "v = (unsigned int)atoi(req + 2);"
            nul = True
        else:
            parse = ("for (i = 2; i < n && req[i] >= '0' && req[i] <= '9'; i++)\n"
                     "\tv = v * 10u + (unsigned int)(req[i] - '0');")
            nul = False
        body = ("unsigned int v = 0;\nint i;\n\n(void)i;\n"
                "if (n < 3) {\n\trlen = REPLY_LIT(\"E\\n\");\n} else {\n"
                "\t%s\n\t%s[(unsigned char)req[1] %% %du] = v;\n"
                "\trlen = REPLY_LIT(\"OK\\n\");\n}" %
                (parse.replace("\n", "\n\t"), g, nv))
        return [Cmd("set", body, lambda l: [b"042", b"117", b"7123456",
                                            b"0-5", b"1 99999999999"],
                    needs_nul=nul)]

    def cmd_sum(self):
        pre = ""
        if self.rng.random() < 0.5:
            pre = "%s++;\n" % self.counter()
        stop = self.rng.choice(["'!'", "'\\n'", "0"])
        body = ("unsigned int s = 0;\nint i;\n\n%s"
                "for (i = 1; i < n && req[i] != %s; i++)\n"
                "\ts += (unsigned char)req[i];\nrlen = put_u32(out, s);" %
                (pre, stop))
        return [Cmd("sum", body, lambda l: [b"abc", b"ab!cd", b"ab\ncd", b""],
                    needs_nul=False)]

    def cmd_strncmp(self):
        flag = self.glob("g_flag", "unsigned char g_flag;")
        body = ("if (strncmp(req + 1, \"open\", 4) == 0) {\n\t%s = 1;\n"
                "\trlen = REPLY_LIT(\"OPENED\\n\");\n"
                "} else if (strncmp(req + 1, \"close\", 5) == 0) {\n\t%s = 0;\n"
                "\trlen = REPLY_LIT(\"CLOSED\\n\");\n} else if (%s) {\n"
                "\trlen = REPLY_LIT(\"IS_OPEN\\n\");\n} else {\n"
                "\trlen = REPLY_LIT(\"IS_CLOSED\\n\");\n}" % (flag, flag, flag))
        return [Cmd("strncmp", body, lambda l: [b"open", b"close", b"opex",
                                                b"", b"openclose"],
                    needs_nul=True)]

    def cmd_strlen(self):
        body = "rlen = put_u32(out, (unsigned int)strlen(req + 1));"
        if self.rng.random() < 0.5:
            m = self.glob("g_maxlen", "unsigned int g_maxlen;")
            body = ("unsigned int l = (unsigned int)strlen(req + 1);\n\n"
                    "if (l > %s)\n\t%s = l;\nrlen = put_u32(out, %s);" % (m, m, m))
        return [Cmd("strlen", body, lambda l: [b"", b"abc", b"ab\0cd",
                                               b"y" * 100],
                    needs_nul=True)]

    def cmd_kv(self):
        r = self.rng
        if "g_tab" not in self.globals:
            self.kl = r.choice([4, 8, 16])
            self.ns = r.choice([4, 8, 32])
            self.glob("g_tab", "struct slot {\n\tunsigned char used;\n"
                      "\tunsigned char klen;\n\tchar key[%d];\n"
                      "\tunsigned int val;\n} g_tab[%d];" % (self.kl, self.ns))
        kl, ns = self.kl, self.ns
        put = (
            "int kl = 0, i, free_i = -1, hit = -1;\nunsigned int v = 0;\n\n"
            "while (1 + kl < n && req[1 + kl] != ' ' && kl < %d)\n\tkl++;\n"
            "if (kl == 0 || 1 + kl >= n || req[1 + kl] != ' ') {\n"
            "\trlen = REPLY_LIT(\"BAD\\n\");\n} else {\n"
            "\tfor (i = 2 + kl; i < n && req[i] >= '0' && req[i] <= '9'; i++)\n"
            "\t\tv = v * 10u + (unsigned int)(req[i] - '0');\n"
            "\tfor (i = 0; i < %d; i++) {\n"
            "\t\tif (g_tab[i].used && g_tab[i].klen == kl &&\n"
            "\t\t    memcmp(g_tab[i].key, req + 1, (size_t)kl) == 0) {\n"
            "\t\t\thit = i;\n\t\t\tbreak;\n\t\t}\n"
            "\t\tif (!g_tab[i].used && free_i < 0)\n\t\t\tfree_i = i;\n\t}\n"
            "\tif (hit < 0)\n\t\thit = free_i;\n"
            "\tif (hit < 0) {\n\t\trlen = REPLY_LIT(\"FULL\\n\");\n\t} else {\n"
            "\t\tg_tab[hit].used = 1;\n\t\tg_tab[hit].klen = (unsigned char)kl;\n"
            "\t\tmemcpy(g_tab[hit].key, req + 1, (size_t)kl);\n"
            "\t\tg_tab[hit].val = v;\n\t\trlen = REPLY_LIT(\"STORED\\n\");\n"
            "\t}\n}" % (kl, ns))
        get = (
            "int kl = n - 1, i, hit = -1;\n\n"
            "if (kl < 1 || kl > %d) {\n\trlen = REPLY_LIT(\"BAD\\n\");\n} else {\n"
            "\tfor (i = 0; i < %d; i++) {\n"
            "\t\tif (g_tab[i].used && g_tab[i].klen == kl &&\n"
            "\t\t    memcmp(g_tab[i].key, req + 1, (size_t)kl) == 0) {\n"
            "\t\t\thit = i;\n\t\t\tbreak;\n\t\t}\n\t}\n"
            "\tif (hit < 0)\n\t\trlen = REPLY_LIT(\"NF\\n\");\n\telse\n"
            "\t\trlen = put_u32(out, g_tab[hit].val);\n}" % (kl, ns))
        keys = [b"k1", b"key", b"ab", b"k" * kl, b"x" * (kl + 1), b"zz"]
        return [
            Cmd("kvput", put, lambda l: [k + b" " + str(17 * i + 3).encode()
                                         for i, k in enumerate(keys)] +
                [b"k1", b" 5", b"k1 "]),
            Cmd("kvget", get, lambda l: keys + [b""]),
        ]

    def cmd_hash(self):
        body = ("unsigned int h = 2166136261u;\nint i;\n\n"
                "for (i = 1; i < n; i++) {\n\th ^= (unsigned char)req[i];\n"
                "\th *= 16777619u;\n}\nmemcpy(out, &h, sizeof(h));\n"
                "rlen = (int)sizeof(h);")
        return [Cmd("hash", body, lambda l: [b"", b"abc", b"\x00\x01\x02"])]

    def cmd_ctype(self):
        if self.rng.random() < 0.5:
            body = ("int i;\n\nfor (i = 0; i < n; i++)\n"
                    "\tout[i] = (char)toupper((unsigned char)req[i]);\nrlen = n;")
        else:
            fn = self.rng.choice(["isdigit", "isalpha", "isspace", "isxdigit"])
            body = ("unsigned int c = 0;\nint i;\n\nfor (i = 1; i < n; i++)\n"
                    "\tif (%s((unsigned char)req[i]))\n\t\tc++;\n"
                    "rlen = put_u32(out, c);" % fn)
        return [Cmd("ctype", body, lambda l: [b"aBc 12", b"\xe9z", b" \t9f"])]

    def cmd_drop(self):
        g = self.counter()
        cond = self.rng.choice(["(%s & 1u)" % g, "req[1] == 'x'",
                                "n < 3"])
        body = ("if (n < 2 || %s)\n\trlen = -1;\nelse\n"
                "\trlen = REPLY_LIT(\"ok\\n\");" % cond)
        return [Cmd("drop", body, lambda l: [b"x", b"yy", b"xyz", b"abc"])]

    def cmd_memcmp(self):
        body = ("if (n >= 5 && memcmp(req + 1, \"ping\", 4) == 0)\n"
                "\trlen = REPLY_LIT(\"pong\\n\");\nelse\n\trlen = %s;" %
                self.rng.choice(["-1", "REPLY_LIT(\"no\\n\")"]))
        return [Cmd("memcmp", body, lambda l: [b"ping", b"pin", b"pingpong",
                                               b"pong"])]

    def cmd_hist(self):
        self.glob("g_hist", "unsigned int g_hist[16];")
        body = ("int i;\n\nfor (i = 1; i < n; i++)\n"
                "\tg_hist[(unsigned char)req[i] % 16u]++;\n"
                "rlen = put_u32(out, g_hist[(unsigned char)req[n - 1] % 16u]);")
        return [Cmd("hist", body, lambda l: [b"aaa", b"abcdef", b""])]

    def cmd_sub(self):
        acc = self.glob("g_acc", "unsigned int g_acc;")
        body = ("if (n >= 2) {\n\tswitch (req[1]) {\n"
                "\tcase '+':\n\t\t%s += (unsigned int)n;\n\t\tbreak;\n"
                "\tcase '-':\n\t\t%s -= 1u;\n\t\tbreak;\n"
                "\tcase '0':\n\t\t%s = 0;\n\t\tbreak;\n"
                "\tdefault:\n\t\tbreak;\n\t}\n}\n"
                "rlen = put_u32(out, %s);" % (acc, acc, acc, acc))
        return [Cmd("sub", body, lambda l: [b"+", b"+++", b"-", b"0", b"?",
                                            b""])]

    def cmd_atoi(self):
        tot = self.glob("g_total", "unsigned int g_total;")
        pre = ""
        if self.rng.random() < 0.6:
            pre = "%s++;\n" % self.counter()
        body = ("%s%s += (unsigned int)atoi(req + 1);\n"
                "rlen = put_u32(out, %s);" % (pre, tot, tot))
        return [Cmd("atoi", body, lambda l: [b"12", b"-3", b" 44", b"x",
                                             b" " * 70 + b"7",
                                             b"0" * 70 + b"9"],
                    needs_nul=True)]

    def cmd_strchr(self):
        body = ("const char *p = strchr(req + 1, '=');\n\n"
                "if (p)\n\trlen = put_u32(out, (unsigned int)(p - req));\n"
                "else\n\trlen = REPLY_LIT(\"NOEQ\\n\");")
        return [Cmd("strchr", body, lambda l: [b"a=b", b"abc", b"==", b""],
                    needs_nul=True)]

    def cmd_const(self):
        return [Cmd("const", "rlen = REPLY_LIT(\"fuzzsrv %d\\n\");" % self.seed,
                    lambda l: [b"", b"?"])]

    def cmd_log(self):
        pre = ""
        if self.rng.random() < 0.5:
            pre = "%s++;\n" % self.counter()
        body = ("%sprintf(\"request of %%d bytes\\n\", n);\nfflush(stdout);\n"
                "rlen = REPLY_LIT(\"LOGGED\\n\");" % pre)
        return [Cmd("log", body, lambda l: [b"", b"hi"])]

    def cmd_file(self):
        self.glob("g_written", "unsigned int g_written;")
        body = ("FILE *f = fopen(g_logpath, \"a\");\n\n"
                "if (f) {\n\tfwrite(req, 1, (size_t)n, f);\n\tfputc('\\n', f);\n"
                "\tfclose(f);\n\tg_written++;\n\trlen = REPLY_LIT(\"W\\n\");\n"
                "} else {\n\trlen = REPLY_LIT(\"WERR\\n\");\n}")
        return [Cmd("file", body, lambda l: [b"line", b""])]

    def cmd_stats2(self):
        # A record of several words updated together (the record protocol).
        self.glob("g_stats", "struct stats {\n\tunsigned int reqs;\n"
                  "\tunsigned int bytes;\n\tunsigned short last;\n} g_stats;")
        body = ("g_stats.reqs++;\ng_stats.bytes += (unsigned int)n;\n"
                "g_stats.last = (unsigned short)(n > 1 ? (unsigned char)req[1] : 0);\n"
                "rlen = put_u32(out, g_stats.reqs);\n"
                "rlen += put_u32(out + rlen, g_stats.bytes);")
        return [Cmd("stats2", body, lambda l: [b"", b"x", b"abc"])]

    def cmd_hash64(self):
        body = ("unsigned long long h = 14695981039346656037ull;\nint i;\n\n"
                "for (i = 1; i < n && i < 64; i++) {\n\th ^= (unsigned char)req[i];\n"
                "\th *= 1099511628211ull;\n}\n"
                "rlen = put_u32(out, (unsigned int)(h >> 32) %% 1000003u);".replace("%%", "%"))
        return [Cmd("hash64", body, lambda l: [b"", b"abc", b"q" * 90])]

    def cmd_twice(self):
        # A reply twice the request: past the MTU for long requests (the
        # offload must fall back), after a counter write now and then.
        pre = ""
        if self.rng.random() < 0.3:
            pre = "%s++;\n" % self.counter()
        body = ("%smemcpy(out, req, (size_t)n);\nmemcpy(out + n, req, (size_t)n);\n"
                "rlen = 2 * n;" % pre)
        return [Cmd("twice", body, lambda l: [b"ab", b"z" * 700, b"y" * 760])]

    def cmd_div(self):
        # Signed division and remainder by a request byte.
        body = ("int a = 1000 - (int)(unsigned char)req[n - 1] * 9;\n"
                "int b = n > 2 ? req[1] - '4' : 0;\n\n"
                "if (b == 0)\n\trlen = REPLY_LIT(\"DIV0\\n\");\nelse\n"
                "\trlen = put_u32(out, (unsigned int)(a / b) ^ (unsigned int)(a %% b) << 8);")
        return [Cmd("div", body.replace("%%", "%"), lambda l: [b"0z", b"7\xff", b"4a",
                                               b"1xy", b"9", b"/q"])]

    def cmd_tok(self):
        body = ("char *end;\nunsigned long v = strtoul(req + 1, &end, %d);\n\n"
                "out[0] = (char)('0' + (unsigned int)(end - req) %% 10u);\n"
                "rlen = 1 + put_u32(out + 1, (unsigned int)v);" %
                self.rng.choice([10, 16, 0]))
        return [Cmd("tok", body.replace("%%", "%"), lambda l: [b"12", b"0x1f", b"  77z",
                                               b"-5", b"99999999999999999999",
                                               b"", b"ff"],
                    needs_nul=True)]

    def cmd_dense(self):
        # A dense switch on the second byte (a jump table on most targets).
        cases = "".join("\tcase '%s':\n\t\tv = %du;\n\t\tbreak;\n" %
                        (chr(ord('a') + i), self.rng.randrange(1 << 20))
                        for i in range(12))
        body = ("unsigned int v = 7;\n\nif (n >= 2) {\n\tswitch (req[1]) {\n%s"
                "\tdefault:\n\t\tv = (unsigned char)req[1];\n\t}\n}\n"
                "rlen = put_u32(out, v);" % indent(cases, 1))
        return [Cmd("dense", body, lambda l: [b"a", b"f", b"l", b"m", b"\x80", b""])]

    def cmd_nested(self):
        # A loop over the request inside a loop over a constant table.
        body = ("static const char words[4][6] = {\"get\", \"put\", \"del\", \"stats\"};\n"
                "int w, i, hits = 0;\n\n"
                "for (w = 0; w < 4; w++) {\n"
                "\tfor (i = 0; i + 1 < n && i < 6 && words[w][i] && req[1 + i] == words[w][i]; i++)\n"
                "\t\t;\n\tif (i > 0 && (i == 6 || !words[w][i]))\n\t\thits = hits * 10 + w + 1;\n}\n"
                "rlen = put_u32(out, (unsigned int)hits);")
        return [Cmd("nested", body, lambda l: [b"get", b"stats", b"ge", b"delx",
                                               b"putput"])]

    def cmd_memchr(self):
        body = ("const char *p = memchr(req + 1, ':', (size_t)(n - 1));\n\n"
                "if (!p)\n\trlen = REPLY_LIT(\"NOCOLON\\n\");\nelse\n"
                "\trlen = put_u32(out, (unsigned int)(p - req) * 3u);")
        return [Cmd("memchr", body, lambda l: [b"a:b", b"::", b"abc", b""])]

    # ---------------------------------------------------------------- C text
    def needs_nul(self):
        return any(c.needs_nul for c in self.cmds)

    def default_stmt(self):
        return "rlen = -1;" if self.default == "drop" else \
            "rlen = REPLY_LIT(\"ERR\\n\");"

    def empty_stmt(self):
        if self.empty == "reply":
            return "rlen = REPLY_LIT(\"EMPTY\\n\");"
        if self.empty == "drop":
            return "rlen = -1;"
        return self.default_stmt()

    def handler_fns(self):
        out = []
        for c in self.cmds:
            out.append("static int cmd_%s_%s(const char *req, int n, char *out)\n"
                       "{\n\tint rlen = -1;\n\n\t{\n%s\n\t}\n\treturn rlen;\n}\n" %
                       (c.letter, c.kind, indent(c.body, 2)))
        return "\n".join(out)

    def dispatch_code(self):
        """Statements: rlen from req/n/out."""
        lines = ["if (n <= 0) {", indent(self.empty_stmt(), 1)]
        if self.dispatch == "table":
            lines += ["} else if (req[0] >= 'a' && req[0] < 'a' + %d) {" %
                      len(self.all_cmds),
                      "\trlen = handlers[req[0] - 'a'](req, n, out);",
                      "} else {", indent(self.default_stmt(), 1), "}"]
        elif self.dispatch == "ifchain":
            for c in self.cmds:
                lines += ["} else if (req[0] == '%s') {" % c.letter,
                          "\trlen = cmd_%s_%s(req, n, out);" % (c.letter, c.kind)]
            lines += ["} else {", indent(self.default_stmt(), 1), "}"]
        else:
            lines += ["} else {", "\tswitch (req[0]) {"]
            for c in self.cmds:
                lines.append("\tcase '%s': {" % c.letter)
                if self.inline:
                    lines.append(indent(c.body, 2))
                else:
                    lines.append("\t\trlen = cmd_%s_%s(req, n, out);" %
                                 (c.letter, c.kind))
                lines += ["\t\tbreak;", "\t}"]
            lines += ["\tdefault:", indent(self.default_stmt(), 2), "\t}", "}"]
        return "\n".join(lines)

    def c_source(self):
        nul = self.needs_nul()
        fam = "AF_INET6" if self.v6 else "AF_INET"
        sa = "sockaddr_in6" if self.v6 else "sockaddr_in"
        peer_t = "struct sockaddr_storage" if self.peer_storage else "struct " + sa
        out_size = max(2 * self.buf, 64)
        p = []
        p.append("/*\n * fuzz server, seed %d: generated by test/fuzz/gen.py.\n"
                 " * %s, %s loop, %s dispatch%s, buffer %d, commands: %s\n */" %
                 (self.seed, "IPv6" if self.v6 else "IPv4", self.loop,
                  self.dispatch, " (inline)" if self.inline else "", self.buf,
                  " ".join("%s=%s" % (c.letter, c.kind) for c in self.cmds)))
        p.append("#include <arpa/inet.h>\n#include <ctype.h>\n#include <errno.h>\n"
                 "#include <netinet/in.h>\n#include <poll.h>\n#include <signal.h>\n"
                 "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n"
                 "#include <sys/socket.h>\n#include <unistd.h>\n")
        p.append("#define PORT %d\n#define BUF %d\n#define OUT %d\n" %
                 (self.port, self.buf, out_size))
        p.append("#define REPLY_LIT(s) (memcpy(out, (s), sizeof(s) - 1), "
                 "(int)sizeof(s) - 1)\n")
        for g in self.gorder:
            p.append(self.globals[g])
        p.append("")
        p.append("static volatile sig_atomic_t g_stop;\n"
                 "static const char *g_statepath = \"fuzz.state\";\n"
                 "static const char *g_logpath = \"fuzz.log\";\n")
        p.append("static void on_term(int sig)\n{\n\t(void)sig;\n\tg_stop = 1;\n}\n")
        p.append("static int put_u32(char *out, unsigned int v)\n{\n"
                 "\tchar tmp[10];\n\tint k = 0, i;\n\n\tdo {\n"
                 "\t\ttmp[k++] = (char)('0' + v % 10u);\n\t\tv /= 10u;\n"
                 "\t} while (v);\n\tfor (i = 0; i < k; i++)\n"
                 "\t\tout[i] = tmp[k - 1 - i];\n\tout[k] = '\\n';\n"
                 "\treturn k + 1;\n}\n")
        if not self.inline:
            p.append(self.handler_fns())
        if self.dispatch == "table":
            if len(self.cmds) < len(self.all_cmds):
                p.append("static int cmd_none(const char *req, int n, char *out)\n"
                         "{\n\tint rlen;\n\n\t(void)req;\n\t(void)n;\n%s\n"
                         "\treturn rlen;\n}\n" % indent(self.default_stmt(), 1))
            p.append("static int (*const handlers[%d])(const char *, int, char *) = {\n%s\n};\n" %
                     (len(self.all_cmds), "\n".join(
                         "\tcmd_%s_%s," % (c.letter, c.kind) if c in self.cmds
                         else "\tcmd_none," for c in self.all_cmds)))
        # The state dump.
        p.append("static void dump_bytes(FILE *f, const char *name, const void *p,\n"
                 "\t\t       size_t len)\n{\n\tconst unsigned char *b = p;\n"
                 "\tsize_t i;\n\n\tfprintf(f, \"%s\", name);\n"
                 "\tfor (i = 0; i < len; i++)\n\t\tfprintf(f, \" %02x\", b[i]);\n"
                 "\tfputc('\\n', f);\n}\n")
        dumps = "\n".join("\tdump_bytes(f, \"%s\", &%s, sizeof(%s));" % (g, g, g)
                          for g in self.gorder)
        p.append("static void dump_state(void)\n{\n"
                 "\tFILE *f = fopen(g_statepath, \"w\");\n\n\tif (!f) {\n"
                 "\t\tperror(g_statepath);\n\t\treturn;\n\t}\n%s\n\tfclose(f);\n}\n" %
                 dumps)
        # One request: receive, handle, reply.
        recv_len = "sizeof(req) - 1" if nul else "sizeof(req)"
        if self.msg:
            serve = ["%s peer;" % peer_t, "struct iovec iov;", "struct msghdr mh;",
                     "int n, rlen = -1;", "",
                     "memset(&mh, 0, sizeof(mh));",
                     "iov.iov_base = req;", "iov.iov_len = %s;" % recv_len,
                     "mh.msg_name = &peer;", "mh.msg_namelen = sizeof(peer);",
                     "mh.msg_iov = &iov;", "mh.msg_iovlen = 1;",
                     "n = (int)recvmsg(fd, &mh, 0);"]
        else:
            serve = ["%s peer;" % peer_t, "socklen_t plen = sizeof(peer);",
                     "int n, rlen = -1;", "",
                     "n = (int)recvfrom(fd, req, %s, 0, (struct sockaddr *)&peer, &plen);" %
                     recv_len]
        serve += ["if (n < 0)", "\t%s" % ("return;" if self.serve_helper else "continue;")]
        if nul:
            serve.append("req[n] = '\\0';")
        serve.append(self.dispatch_code())
        if self.msg and self.msg_reuse:
            serve += ["if (rlen >= 0) {", "\tiov.iov_base = out;",
                      "\tiov.iov_len = (size_t)rlen;", "\t(void)sendmsg(fd, &mh, 0);", "}"]
        elif self.msg:
            serve += ["if (rlen >= 0) {", "\tstruct iovec riov;", "\tstruct msghdr rmh;", "",
                      "\tmemset(&rmh, 0, sizeof(rmh));", "\triov.iov_base = out;",
                      "\triov.iov_len = (size_t)rlen;", "\trmh.msg_name = &peer;",
                      "\trmh.msg_namelen = mh.msg_namelen;", "\trmh.msg_iov = &riov;",
                      "\trmh.msg_iovlen = 1;", "\t(void)sendmsg(fd, &rmh, 0);", "}"]
        else:
            serve += ["if (rlen >= 0)",
                      "\t(void)sendto(fd, out, (size_t)rlen, 0, (struct sockaddr *)&peer, plen);"]
        if self.serve_helper:
            p.append("static void serve_one(int fd)\n{\n\tchar req[BUF];\n"
                     "\tchar out[OUT];\n%s\n}\n" % indent("\n".join(serve), 1))
        # main
        m = ["struct sigaction sa;", "struct %s addr;" % sa, "int fd, one = 1, i;"]
        if self.loop == "poll":
            m.append("struct pollfd pfd;")
        if not self.serve_helper:
            m += ["char req[BUF];", "char out[OUT];"]
        m += ["", "(void)i;", "(void)one;",
              "if (argc > 1)\n\tg_statepath = argv[1];",
              "if (argc > 2)\n\tg_logpath = argv[2];",
              "memset(&sa, 0, sizeof(sa));",
              "sa.sa_handler = on_term; /* no SA_RESTART: the wait returns EINTR */",
              "sigemptyset(&sa.sa_mask);", "sigaction(SIGTERM, &sa, NULL);",
              "sigaction(SIGINT, &sa, NULL);"]
        m += self.startup
        m += ["fd = socket(%s, SOCK_DGRAM, 0);" % fam,
              "if (fd < 0) {\n\tperror(\"socket\");\n\treturn 1;\n}"]
        if self.reuseaddr:
            m.append("setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));")
        m.append("memset(&addr, 0, sizeof(addr));")
        if self.v6:
            m += ["setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof(one));",
                  "addr.sin6_family = AF_INET6;", "addr.sin6_addr = in6addr_any;",
                  "addr.sin6_port = htons(PORT);"]
        else:
            m += ["addr.sin_family = AF_INET;",
                  "addr.sin_addr.s_addr = htonl(INADDR_ANY);",
                  "addr.sin_port = htons(PORT);"]
        m += ["if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0) {",
              "\tperror(\"bind\");\n\treturn 1;\n}",
              "fprintf(stderr, \"fuzz-%d: listening on udp port %%d\\n\", PORT);" %
              self.seed]
        if self.loop == "poll":
            m += ["pfd.fd = fd;", "pfd.events = POLLIN;", "while (!g_stop) {",
                  "\tif (poll(&pfd, 1, -1) <= 0)\n\t\tcontinue;",
                  "\tif (!(pfd.revents & POLLIN))\n\t\tcontinue;"]
        else:
            m.append("while (!g_stop) {")
        if self.serve_helper:
            m.append("\tserve_one(fd);")
        else:
            m.append(indent("\n".join(serve), 1))
        m += ["}", "dump_state();", "close(fd);", "return 0;"]
        p.append("int main(int argc, char **argv)\n{\n%s\n}" %
                 indent("\n".join(m), 1))
        return "\n".join(p) + "\n"

    # ------------------------------------------------------------- requests
    def requests(self):
        """The request sequence: valid requests of every command (state
        written early is read later), then the boundary cases mixed in."""
        r = random.Random(self.seed * 7919 + 1)
        if not self.cmds:
            return [b"", b"a"]
        maxlen = 1452 if self.v6 else 1472
        valid = []
        for c in self.cmds:
            for ex in c.examples(c.letter):
                valid.append(c.letter.encode() + ex)
        seq = [r.choice(valid) for _ in range(r.randint(14, 22))]
        odd = [b"", r.choice(self.cmds).letter.encode(),
               bytes([r.randrange(256)]),
               bytes([r.randrange(256) for _ in range(r.randint(2, 30))]),
               b"Z" + b"?" * r.randint(0, 10)]
        for size in (self.buf - 1, self.buf, self.buf + 1):
            if 0 < size <= maxlen:
                c = r.choice(self.cmds).letter.encode()
                odd.append(c + bytes(b"0123456789!abc"[i % 14]
                                     for i in range(size - 1)))
        loopers = [c for c in self.cmds
                   if c.kind in ("sum", "hash", "hist", "ctype", "echo", "strlen")]
        if self.buf > 1030 and loopers:
            for _ in range(2):
                c = r.choice(loopers)
                odd.append(c.letter.encode() + b"q" * r.randint(1025, min(self.buf, maxlen) - 2))
        for c in self.cmds:
            if c.kind == "atoi":
                odd.append(c.letter.encode() + b" " * 70 + b"5")
                odd.append(c.letter.encode() + b"0" * 66 + b"12")
        if self.buf >= 2048 and r.random() < 0.3:
            odd.append(r.choice(self.cmds).letter.encode() + b"F" * 1800)
        for o in odd:
            seq.insert(r.randrange(len(seq) + 1), o)
        # Read the state back at the end.
        for c in self.cmds:
            if c.kind in ("get", "kvget", "count", "sub", "strlen", "strncmp"):
                seq.append(c.letter.encode() + c.examples(c.letter)[0])
        return seq


def indent(text, n):
    pre = "\t" * n
    return "\n".join(pre + line if line else line for line in text.split("\n"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("seed", type=int)
    ap.add_argument("-o", "--output", required=True, help="the C file")
    ap.add_argument("--requests", help="write the request sequence (JSON)")
    ap.add_argument("--drop-cmd", type=int, action="append", default=[],
                    help="leave out the server's N-th command")
    ap.add_argument("--simpler", action="append", default=[],
                    choices=sorted(Server.SIMPLER),
                    help="use the simplest form of this feature")
    a = ap.parse_args()
    s = Server(a.seed, set(a.drop_cmd), a.simpler)
    with open(a.output, "w") as f:
        f.write(s.c_source())
    if a.requests:
        with open(a.requests, "w") as f:
            json.dump(meta(s, s.requests()), f, indent=1)
    return 0


def meta(s, reqs):
    return {"seed": s.seed, "port": s.port, "family": 6 if s.v6 else 4,
            "buf": s.buf, "commands": ["%s=%s" % (c.letter, c.kind) for c in s.cmds],
            "requests": [q.hex() for q in reqs]}


if __name__ == "__main__":
    sys.exit(main())
