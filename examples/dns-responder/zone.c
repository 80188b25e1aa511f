/*
 * zone.c - the static zone dns-responder is authoritative for.
 *
 * Names are written in presentation form (no trailing dot) and compared
 * label by label against the wire-format query name, ignoring ASCII case.
 *
 * SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
 */
#include "dns.h"

#include <string.h>

#define ZONE_NAME_MAX 64

struct zone_record {
	char name[ZONE_NAME_MAX];
	uint8_t addr[4];
};

static const char apex[] = "koffload.test";

/* Every record is an A record. Addresses are from 198.18.0.0/15. */
const struct zone_record zone_records[] = {
	{"koffload.test", {198, 18, 10, 1}},
	{"www.koffload.test", {198, 18, 10, 2}},
	{"api.koffload.test", {198, 18, 10, 3}},
	{"mail.koffload.test", {198, 18, 10, 4}},
	{"ns1.koffload.test", {198, 18, 10, 53}},
};

#define ZONE_SIZE (sizeof(zone_records) / sizeof(zone_records[0]))

static uint8_t lower(uint8_t c)
{
	return (c >= 'A' && c <= 'Z') ? (uint8_t)(c - 'A' + 'a') : c;
}

/* Does the wire-format name equal the presentation-form name? */
static int name_equal(const uint8_t *wire, const char *text)
{
	size_t t = 0;

	for (;;) {
		uint8_t len = *wire++;
		size_t i;

		if (len == 0)
			return text[t] == '\0';
		if (t > 0) {
			if (text[t] != '.')
				return 0;
			t++;
		}
		for (i = 0; i < len; i++) {
			/* a '.' inside a wire label never matches a text one */
			if (text[t] == '\0' || text[t] == '.' ||
			    lower(wire[i]) != (uint8_t)text[t])
				return 0;
			t++;
		}
		wire += len;
	}
}

/* Is the wire-format name at or below the apex? */
static int in_zone(const uint8_t *wire)
{
	for (;;) {
		if (name_equal(wire, apex))
			return 1;
		if (*wire == 0)
			return 0;
		wire += *wire + 1;
	}
}

enum zone_result zone_lookup(const uint8_t *name, uint8_t addr[4])
{
	size_t i;

	if (!in_zone(name))
		return ZONE_NOT_AUTH;
	for (i = 0; i < ZONE_SIZE; i++) {
		if (name_equal(name, zone_records[i].name)) {
			memcpy(addr, zone_records[i].addr, 4);
			return ZONE_FOUND;
		}
	}
	return ZONE_NXDOMAIN;
}

const char *zone_apex(void)
{
	return apex;
}

size_t zone_size(void)
{
	return ZONE_SIZE;
}
