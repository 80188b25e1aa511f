/*
 * dns.h - DNS wire format constants and the interfaces between the parts of
 * dns-responder: main.c (socket loop), dns.c (query parsing, reply
 * building) and zone.c (the static zone).
 *
 * SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
 */
#ifndef DNS_RESPONDER_DNS_H
#define DNS_RESPONDER_DNS_H

#include <stddef.h>
#include <stdint.h>

#define DNS_PORT 10053

#define DNS_HDR_LEN 12
#define DNS_UDP_MAX 512  /* classic DNS-over-UDP message limit (RFC 1035) */
#define DNS_NAME_MAX 255 /* wire length of a name, including the root label */
#define DNS_LABEL_MAX 63

/* Header flag bits (second 16-bit word of the header). */
#define DNS_FLAG_QR 0x8000
#define DNS_FLAG_AA 0x0400
#define DNS_FLAG_TC 0x0200
#define DNS_FLAG_RD 0x0100
#define DNS_OPCODE_SHIFT 11
#define DNS_OPCODE_MASK 0xf

#define DNS_OPCODE_QUERY 0

#define DNS_RCODE_NOERROR 0
#define DNS_RCODE_FORMERR 1
#define DNS_RCODE_NXDOMAIN 3
#define DNS_RCODE_NOTIMP 4
#define DNS_RCODE_REFUSED 5

#define DNS_TYPE_A 1
#define DNS_CLASS_IN 1

#define DNS_TTL 300

enum zone_result {
	ZONE_NOT_AUTH, /* not at or below the zone apex: we don't answer */
	ZONE_NXDOMAIN, /* below the apex but no such name */
	ZONE_FOUND,    /* a name in the zone; its IPv4 address is returned */
};

/*
 * Look up a name given in uncompressed wire format (length-prefixed labels,
 * ending in the root label), case-insensitively. The caller has validated
 * the name. On ZONE_FOUND, addr receives the address in network byte order.
 */
enum zone_result zone_lookup(const uint8_t *name, uint8_t addr[4]);

/* The zone apex and the number of names, for the startup message. */
const char *zone_apex(void);
size_t zone_size(void);

/*
 * Handle one request message: write the reply into reply (at least
 * DNS_UDP_MAX bytes) and return its length, or 0 if the request gets no
 * reply at all (too short to carry an ID, or itself a response).
 */
size_t dns_handle(const uint8_t *req, size_t len, uint8_t *reply);

#endif
