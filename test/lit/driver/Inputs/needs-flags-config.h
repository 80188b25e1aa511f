/* needs-flags.c.in's configuration, given with -include. */
#define CONFIG_PORT 9002
#define CONFIG_REPLY "configured"
