/*
 * dns.c - parse a standard DNS query and build the authoritative reply.
 *
 * Accepted: a QUERY (opcode 0) with exactly one question, no answer or
 * authority records (additional records such as an EDNS OPT are ignored).
 *
 *   name in the zone, QTYPE A, class IN   -> NOERROR, AA, one A record
 *   name in the zone, other QTYPE, IN     -> NOERROR, AA, no records
 *   name below the apex that doesn't exist -> NXDOMAIN, AA
 *   any other name, or class other than IN -> REFUSED
 *   other opcodes                         -> NOTIMP (header only)
 *   malformed question or counts          -> FORMERR (header only)
 *   shorter than a header, or a response  -> no reply
 *
 * The answer's owner name is a compression pointer to the question name.
 *
 * SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
 */
#include "dns.h"

#include <string.h>

static uint16_t get16(const uint8_t *p)
{
	return (uint16_t)(p[0] << 8 | p[1]);
}

static void put16(uint8_t *p, uint16_t v)
{
	p[0] = (uint8_t)(v >> 8);
	p[1] = (uint8_t)v;
}

static void put32(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)(v >> 24);
	p[1] = (uint8_t)(v >> 16);
	p[2] = (uint8_t)(v >> 8);
	p[3] = (uint8_t)v;
}

/*
 * Wire length of the uncompressed name at p (at most avail bytes), including
 * the root label, or 0 if it is malformed: runs past the message, is longer
 * than DNS_NAME_MAX, or uses compression or extended label types, which a
 * question name has no reason to.
 */
static size_t name_length(const uint8_t *p, size_t avail)
{
	size_t pos = 0;

	for (;;) {
		uint8_t len;

		if (pos >= avail)
			return 0;
		len = p[pos];
		if (len > DNS_LABEL_MAX) /* 0xc0 pointer, 0x40 extended */
			return 0;
		pos += 1 + (size_t)len;
		if (pos > DNS_NAME_MAX)
			return 0;
		if (len == 0)
			return pos;
	}
}

/* A reply that is only a header: no question is echoed. */
static size_t header_only(const uint8_t *req, uint8_t *reply, uint16_t flags)
{
	memcpy(reply, req, 2); /* ID */
	put16(reply + 2, flags);
	memset(reply + 4, 0, 8); /* all counts zero */
	return DNS_HDR_LEN;
}

size_t dns_handle(const uint8_t *req, size_t len, uint8_t *reply)
{
	uint16_t flags, opcode, qtype, qclass;
	uint16_t rflags;
	size_t name_len, qlen, pos;
	uint8_t addr[4];
	enum zone_result res;

	if (len < DNS_HDR_LEN)
		return 0;
	flags = get16(req + 2);
	if (flags & DNS_FLAG_QR)
		return 0;

	opcode = (flags >> DNS_OPCODE_SHIFT) & DNS_OPCODE_MASK;
	rflags = DNS_FLAG_QR | (uint16_t)(opcode << DNS_OPCODE_SHIFT) |
		 (flags & DNS_FLAG_RD);
	if (opcode != DNS_OPCODE_QUERY)
		return header_only(req, reply, rflags | DNS_RCODE_NOTIMP);
	if (get16(req + 4) != 1 || get16(req + 6) != 0 || get16(req + 8) != 0)
		return header_only(req, reply, rflags | DNS_RCODE_FORMERR);

	name_len = name_length(req + DNS_HDR_LEN, len - DNS_HDR_LEN);
	if (name_len == 0 || len - DNS_HDR_LEN - name_len < 4)
		return header_only(req, reply, rflags | DNS_RCODE_FORMERR);
	qlen = name_len + 4;
	qtype = get16(req + DNS_HDR_LEN + name_len);
	qclass = get16(req + DNS_HDR_LEN + name_len + 2);

	/* Header and the question, copied as received (case preserved). */
	memcpy(reply, req, 2);
	put16(reply + 4, 1); /* QDCOUNT */
	put16(reply + 6, 0); /* ANCOUNT */
	put16(reply + 8, 0); /* NSCOUNT */
	put16(reply + 10, 0); /* ARCOUNT */
	memcpy(reply + DNS_HDR_LEN, req + DNS_HDR_LEN, qlen);
	pos = DNS_HDR_LEN + qlen;

	res = qclass == DNS_CLASS_IN ? zone_lookup(req + DNS_HDR_LEN, addr)
				     : ZONE_NOT_AUTH;
	switch (res) {
	case ZONE_NOT_AUTH:
		put16(reply + 2, rflags | DNS_RCODE_REFUSED);
		return pos;
	case ZONE_NXDOMAIN:
		put16(reply + 2, rflags | DNS_FLAG_AA | DNS_RCODE_NXDOMAIN);
		return pos;
	case ZONE_FOUND:
		break;
	}

	put16(reply + 2, rflags | DNS_FLAG_AA | DNS_RCODE_NOERROR);
	if (qtype != DNS_TYPE_A)
		return pos; /* the name exists, but has no such record */

	put16(reply + 6, 1); /* ANCOUNT */
	put16(reply + pos, 0xc000 | DNS_HDR_LEN); /* -> the question name */
	put16(reply + pos + 2, DNS_TYPE_A);
	put16(reply + pos + 4, DNS_CLASS_IN);
	put32(reply + pos + 6, DNS_TTL);
	put16(reply + pos + 10, 4); /* RDLENGTH */
	memcpy(reply + pos + 12, addr, 4);
	return pos + 16;
}
