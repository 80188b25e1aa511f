/* A UDP server that runs until it is killed (no signal handler, no way
 * out of its loop), as real servers do. Two requests:
 *   "GET <c>"  -> "VAL <c><count of c's logs, mod 10>": kernel-able
 *   "LOG <c>"  -> appends the line to its log file (a write: userspace),
 *                 counts it, answers "OK"
 * usage: get-or-log PORT [LOGFILE] (default /dev/null) */
#include <fcntl.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static unsigned counts[64];

int main(int argc, char **argv)
{
	struct sockaddr_in addr;
	char buf[256];
	int fd, logfd;

	if (argc < 2)
		return 2;
	logfd = open(argc > 2 ? argv[2] : "/dev/null",
		     O_WRONLY | O_APPEND | O_CREAT, 0644);
	fd = socket(AF_INET, SOCK_DGRAM, 0);
	if (fd < 0 || logfd < 0)
		return 1;
	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_port = htons((unsigned short)atoi(argv[1]));
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
		return 1;
	for (;;) {
		struct sockaddr_in src;
		socklen_t len = sizeof(src);
		ssize_t n = recvfrom(fd, buf, sizeof(buf), 0,
				     (struct sockaddr *)&src, &len);
		unsigned key;

		if (n < 5)
			continue;
		key = (unsigned char)buf[4] % 64;
		if (memcmp(buf, "GET ", 4) == 0) {
			buf[0] = 'V';
			buf[1] = 'A';
			buf[2] = 'L';
			buf[5] = (char)('0' + counts[key] % 10);
			sendto(fd, buf, 6, 0, (struct sockaddr *)&src, len);
		} else if (memcmp(buf, "LOG ", 4) == 0) {
			if (write(logfd, buf + 4, (size_t)n - 4) < 0)
				continue;
			counts[key]++;
			sendto(fd, "OK", 2, 0, (struct sockaddr *)&src, len);
		}
	}
}
